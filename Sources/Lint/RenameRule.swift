import Diff
import Plan
import SchemaModel

/// Renames the running application still depends on: BI008 schema, BI003 table, BI004 column,
/// BI010 constraint, with the planner's text (which says how to deploy around them).
struct RenameRule: LintRule {
    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard let rename = statement.body("RenameStmt"), let new = rename.newname else { return [] }
        let table = LintNames.relation(rename.relation)
        let old = rename.subname
        let found: Rename?
        switch rename.renameType {
        case "OBJECT_SCHEMA": found = old.map { .schema(from: $0, to: new) }
        case "OBJECT_TABLE": found = table.flatMap { history.isExisting($0) ? .table(from: $0, to: new) : nil }
        case "OBJECT_COLUMN":
            found = table.flatMap { table in old.flatMap { history.isExisting(table) ? .column(table: table, from: $0, to: new) : nil } }
        case "OBJECT_TABCONSTRAINT":
            found = table.flatMap { table in old.flatMap { history.isExisting(table) ? .constraint(table: table, from: $0, to: new) : nil } }
        default: found = nil
        }
        return found.map { [LintHit(WarningCatalogue.renamed($0))] } ?? []
    }
}
