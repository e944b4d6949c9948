/// The deploy phases, in the order the runner applies them (SPEC section 1).
public enum Phase: String, CaseIterable, Comparable, Sendable, Codable {
    /// Backwards-compatible additions the running application does not notice.
    case expand
    /// Changes that may disrupt current code: constraints, types, nullability, defaults.
    case alter
    /// Backfills written by the user; never generated.
    case data
    /// Removals, once no running code uses what is removed.
    case contract

    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
