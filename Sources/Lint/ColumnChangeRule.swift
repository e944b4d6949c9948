import Plan
import SchemaModel
import SQLTree

/// Columns of an existing table: MF003 a required column added (NOT NULL, no default), B002 one added
/// whose value is computed per row (volatile default, identity, serial, stored generated), B001 a type
/// change, MF001 SET NOT NULL, D003 a dropped column.
struct ColumnChangeRule: LintRule {
    static let serialTypes: Set<String> = ["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]

    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard let (table, commands) = alterCommandsOnExistingTable(statement, history) else { return [] }
        return commands.flatMap { subtype, command -> [LintHit] in
            let column = command.name?.string ?? ""
            switch subtype {
            case "AT_AddColumn":
                return command.def?.body("ColumnDef").map { added($0, table) } ?? []
            case "AT_AlterColumnType":
                let type = command.def?.body("ColumnDef")?.typeName.flatMap(LintNames.typeName)?.name ?? "a new type"
                // Without the database the old type is unknown, so a change PostgreSQL makes in the catalog
                // only (varchar(n) to text) is reported too; the planner, which knows both, does not.
                return WarningCatalogue.changedColumnType(column, table, from: "its current type", to: type, cost: .rewrite)
                    .map { [LintHit($0)] } ?? []
            case "AT_SetNotNull":
                return [LintHit(WarningCatalogue.notNullOnExistingColumn(column, table))]
            case "AT_DropColumn":
                return [LintHit(WarningCatalogue.droppedColumn(column, table))]
            default:
                return []
            }
        }
    }

    private func added(_ column: Node, _ table: QualifiedName) -> [LintHit] {
        let name = column.colname ?? ""
        let constraints = column.constraints.compactMap { $0.body("Constraint") }
        let types = Set(constraints.compactMap { $0.contype })
        let defaultValue = constraints.first { $0.contype == "CONSTR_DEFAULT" }?.raw_expr
        let serial = LintNames.typeName(column.typeName).map { Self.serialTypes.contains($0.name) } ?? false
        let computedPerRow = types.contains("CONSTR_IDENTITY") || types.contains("CONSTR_GENERATED") || serial
            || defaultValue.map(ExpressionNormalizer.isVolatile) == true
        if computedPerRow { return [LintHit(WarningCatalogue.rewritingColumnAdded(name, table))] }
        let required = types.contains("CONSTR_NOTNULL") || types.contains("CONSTR_PRIMARY")
        if required, defaultValue == nil { return [LintHit(WarningCatalogue.notNullColumnWithoutDefault(name, table))] }
        return []
    }
}
