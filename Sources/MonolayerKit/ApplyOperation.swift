import Migrations
import Plan

/// `migrations apply` and `migrate`: the runner, phase by phase.
public struct ApplyOperation {
    public let project: Project
    public let console: Console
    public var selection: PhaseSelection
    /// `--allow-out-of-order`: apply pending migrations older than an applied one of their phase.
    public var allowOutOfOrder: Bool

    public init(project: Project, console: Console, selection: PhaseSelection, allowOutOfOrder: Bool = false) {
        self.project = project
        self.console = console
        self.selection = selection
        self.allowOutOfOrder = allowOutOfOrder
    }

    public func run() throws -> Int32 {
        let session = try MigrationSession.open(project, console: console, allowOutOfOrder: allowOutOfOrder)
        let (folder, runner, status) = (session.folder, session.runner, session.status)
        // Before the confirmation: there is no point asking about a run that will be refused.
        try Operations.mapErrors { try folder.checkValid() }
        let destructive = status.pending.filter { file in
            selection.phases.contains(file.phase) && file.warnings.contains { $0.contains(" destructive:") }
        }
        if !destructive.isEmpty,
           !(try console.confirm("\(destructive.count) pending migration(s) contain destructive changes: \(destructive.map(\.id).joined(separator: ", ")). Apply?")) {
            console.print("Nothing applied.")
            return 3
        }
        let applied = try Operations.mapErrors { try runner.apply(folder, selection: selection) }
        console.print(applied.isEmpty
            ? "Nothing to apply: no pending migrations in \(describe(selection))."
            : "Applied \(applied.count) migration\(applied.count == 1 ? "" : "s").")
        return 0
    }

    private func describe(_ selection: PhaseSelection) -> String {
        switch selection {
        case .all: return "any phase"
        case .phase(let phase): return "the \(phase.rawValue) phase"
        case .singleContract(let name): return "contract (\(name))"
        }
    }
}
