import Plan
import SchemaModel

/// Settings of an existing table: B004 SET LOGGED / UNLOGGED (a rewrite), BI002 row-level security
/// switched on, D013 a partition detached or an inheritance child cut off.
struct TableSettingRule: LintRule {
    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard let (table, commands) = alterCommandsOnExistingTable(statement, history) else { return [] }
        return commands.compactMap { subtype, command -> LintHit? in
            switch subtype {
            case "AT_SetLogged": return LintHit(WarningCatalogue.changedLogging(table, unlogged: false))
            case "AT_SetUnLogged": return LintHit(WarningCatalogue.changedLogging(table, unlogged: true))
            case "AT_EnableRowSecurity": return LintHit(WarningCatalogue.rowSecurityRestricted(table))
            case "AT_DetachPartition":
                return LintNames.relation(command.def?.body("PartitionCmd")?.name)
                    .map { LintHit(WarningCatalogue.detachedPartition($0, from: table)) }
            case "AT_DropInherit":
                return LintNames.relation(command.def).map { LintHit(WarningCatalogue.detachedPartition(table, from: $0)) }
            default: return nil
            }
        }
    }
}
