import Plan
import SchemaModel
import SQLTree

/// Constraints added to, or dropped from, an existing table: B103 a foreign key or check without
/// NOT VALID, B104 a primary key or unique constraint without USING INDEX, MF008 an exclusion
/// constraint (which has no online form), D006 a dropped constraint. A key over a column the linted SQL
/// just added has nothing to index beforehand (the column holds one default, or NULLs), so it is the
/// planner's MF002, as the planner adds such keys in place.
struct ConstraintRule: LintRule {
    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard let (table, commands) = alterCommandsOnExistingTable(statement, history) else { return [] }
        return commands.flatMap { subtype, command -> [LintHit] in
            switch subtype {
            case "AT_AddConstraint":
                guard let constraint = command.def?.body("Constraint") else { return [] }
                return added(constraint, table, history).map { [$0] } ?? []
            case "AT_DropConstraint":
                return command.name?.string.map { [LintHit(WarningCatalogue.droppedConstraint($0, table))] } ?? []
            default:
                return []
            }
        }
    }

    private func added(_ constraint: Node, _ table: QualifiedName, _ history: LintHistory) -> LintHit? {
        let name = constraint.conname
        let notValid = constraint.skip_validation
        let keys = constraint.keys.nameList
        let overNewColumns = keys.contains { history.isNewColumn($0, of: table) }
        switch constraint.contype {
        case "CONSTR_FOREIGN" where !notValid:
            return LintHit(WarningCatalogue.validatedOnAdd("foreign key", name, on: table))
        case "CONSTR_CHECK" where !notValid:
            return LintHit(WarningCatalogue.validatedOnAdd("check constraint", name, on: table))
        case "CONSTR_PRIMARY" where constraint.indexname == nil && overNewColumns,
             "CONSTR_UNIQUE" where constraint.indexname == nil && overNewColumns:
            let primaryKey = constraint.contype == "CONSTR_PRIMARY"
            return LintHit(WarningCatalogue.uniqueOnExistingColumns(name ?? "(unnamed)", table, primaryKey: primaryKey))
        case "CONSTR_PRIMARY" where constraint.indexname == nil:
            return LintHit(WarningCatalogue.keyWithoutIndex(name, on: table, primaryKey: true))
        case "CONSTR_UNIQUE" where constraint.indexname == nil:
            return LintHit(WarningCatalogue.keyWithoutIndex(name, on: table, primaryKey: false))
        case "CONSTR_EXCLUSION":
            return LintHit(WarningCatalogue.exclusionOnExistingRows(name ?? "(unnamed)", table))
        default:
            return nil
        }
    }
}
