import SchemaModel
import SQLTree

/// A check over one parsed statement. Rules read parse trees, never SQL text, and know what the SQL
/// linted before the statement created (`history`), so that only objects that already exist count.
protocol LintRule: Sendable {
    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit]
}

extension LintRule {
    /// `ALTER TABLE t ...`'s table and subcommands (`AT_AddColumn`, ...), when the statement is one on
    /// a table the linted SQL did not create.
    func alterCommandsOnExistingTable(_ statement: LintStatement, _ history: LintHistory) -> (QualifiedName, [(String, Node)])? {
        guard let alter = statement.body("AlterTableStmt"), alter.objtype ?? "OBJECT_TABLE" == "OBJECT_TABLE",
              let table = LintNames.relation(alter.relation), history.isExisting(table) else { return nil }
        let commands = alter.cmds.compactMap { command -> (String, Node)? in
            guard let body = command.body("AlterTableCmd"), let subtype = body.subtype else { return nil }
            return (subtype, body)
        }
        return (table, commands)
    }
}

/// Every rule, in the order their findings are listed for one statement.
enum LintRules {
    static let all: [any LintRule] = [
        IndexRule(), ConstraintRule(), ColumnChangeRule(), TableSettingRule(), DropRule(), RenameRule(), TimeoutRule(),
        DataWriteRule(), ColumnTypeStyleRule(),
    ]
}
