import SchemaModel
import SQLTree

/// `ALTER TABLE ... ENABLE | DISABLE | FORCE | NO FORCE ROW LEVEL SECURITY` in schema files (pg_dump writes
/// ENABLE after the table). Called by `AlterTableReader` for each subcommand.
enum RowSecurityReader {
    /// Whether the subcommand was a row-level security one (and is now applied).
    static func apply(_ command: Node, table: QualifiedName, to model: inout SchemaModel) -> Bool {
        var security = model.rowSecurity[table] ?? RowSecurity()
        switch command.subtype ?? "" {
        case "AT_EnableRowSecurity": security.enabled = true
        case "AT_DisableRowSecurity": security.enabled = false
        case "AT_ForceRowSecurity": security.forced = true
        case "AT_NoForceRowSecurity": security.forced = false
        default: return false
        }
        model.rowSecurity[table] = security.isDefault ? nil : security
        return true
    }
}
