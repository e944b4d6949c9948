import Plan

/// What `migrations apply --phase ...` names: one phase, all of them, or one contract migration.
public enum PhaseSelection: Equatable, Sendable {
    case all
    case phase(Phase)
    case singleContract(name: String)

    public var phases: [Phase] {
        switch self {
        case .all: return Phase.allCases
        case .phase(let phase): return [phase]
        case .singleContract: return [.contract]
        }
    }
}
