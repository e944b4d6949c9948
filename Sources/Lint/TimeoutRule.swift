import Foundation
import SQLTree

/// B105: a migration that turns off the timeouts the runner sets for it (`SET lock_timeout = 0`,
/// `SET statement_timeout TO DEFAULT`, `RESET lock_timeout`, `RESET ALL`).
struct TimeoutRule: LintRule {
    static let settings = ["lock_timeout", "statement_timeout"]

    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard let set = statement.body("VariableSetStmt"), let kind = set.kindField else { return [] }
        let turnedOff: [String]
        switch kind {
        case "VAR_RESET_ALL": turnedOff = Self.settings
        case "VAR_RESET", "VAR_SET_DEFAULT":
            turnedOff = Self.settings.filter { $0 == set.name?.string }
        case "VAR_SET_VALUE":
            turnedOff = Self.settings.filter { $0 == set.name?.string && Self.isZero(set.args.first) }
        default: turnedOff = []
        }
        return turnedOff.map { LintHit(.B105, LintCatalogue.timeoutTurnedOff($0)) }
    }

    /// `0`, `'0'`, `'0s'`, `0.0`: a duration whose number is zero, whatever its unit.
    static func isZero(_ value: Node?) -> Bool {
        guard let constant = value?.body("A_Const") else { return false }
        // libpg_query leaves zero out of its JSON: `{"ival": {}}` is the integer 0.
        if let integer = constant.ival { return (integer.ival?.int ?? 0) == 0 }
        let text = constant.sval?.sval?.string ?? constant.fval?.fval?.string ?? ""
        let number = text.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber || $0 == "." }
        return Double(number) == 0
    }
}
