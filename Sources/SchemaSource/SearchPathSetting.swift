import Foundation
import SQLTree

/// Reads `SET search_path TO a, b` and `SELECT pg_catalog.set_config('search_path', 'a, b', false)`.
enum SearchPathSetting {
    static func read(_ node: Node) -> [String]? {
        if let set = node.body("VariableSetStmt"), set.name?.string == "search_path" {
            if set.kindField == "VAR_SET_DEFAULT" || set.kindField == "VAR_RESET" { return ["public"] }
            return set.args.compactMap { arg in
                let const = arg.body("A_Const")
                return const?.sval?.sval?.string
            }
        }
        if let (name, value) = setConfigCall(node), name == "search_path" {
            return value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "pg_catalog" }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    /// Other `SET ...` / `set_config(...)` lines (pg_dump's `statement_timeout`, `client_encoding`, ...).
    static func isOtherSessionSetting(_ node: Node) -> Bool {
        if node.kind == "VariableSetStmt" { return true }
        return setConfigCall(node) != nil
    }

    private static func setConfigCall(_ node: Node) -> (String, String)? {
        guard let select = node.body("SelectStmt"), select.fromClause.isEmpty,
              let targets = select.targetList.nonEmpty, targets.count == 1,
              let call = targets[0].body("ResTarget")?.val?.body("FuncCall"),
              call.funcname.nameList.last == "set_config",
              let args = call.args.nonEmpty, args.count >= 2,
              let name = args[0].body("A_Const")?.sval?.sval?.string,
              let value = args[1].body("A_Const")?.sval?.sval?.string
        else { return nil }
        return (name, value)
    }
}
