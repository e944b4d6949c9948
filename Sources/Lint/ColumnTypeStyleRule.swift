import SchemaModel
import SQLTree

/// Column types in schema files, in the spirit of squawk's type rules: S001 a key of type integer,
/// smallint or serial (prefer bigint identity), S002 timestamp without time zone (prefer timestamptz),
/// S003 char(n) or varchar(n) (prefer text).
struct ColumnTypeStyleRule: LintRule {
    static let narrowKeyTypes: [String: String] = [
        "int4": "integer", "int2": "smallint", "serial": "serial", "serial4": "serial", "smallserial": "smallserial",
        "serial2": "smallserial", "bigserial": "bigserial", "serial8": "bigserial",
    ]

    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard case .schemaFile = statement.kind else { return [] }
        if let create = statement.body("CreateStmt"), let table = LintNames.relation(create.relation) {
            let elements = create.tableElts
            let tableKeys = Set(elements.compactMap { $0.body("Constraint") }
                .filter { $0.contype == "CONSTR_PRIMARY" }
                .flatMap { $0.keys.compactMap(\.stringValue) })
            return elements.compactMap { $0.body("ColumnDef") }.flatMap { hits($0, table, tableKeys: tableKeys) }
        }
        if let alter = statement.body("AlterTableStmt"), let table = LintNames.relation(alter.relation) {
            return alter.cmds.compactMap { $0.body("AlterTableCmd") }
                .filter { $0.subtype == "AT_AddColumn" }
                .compactMap { $0.def?.body("ColumnDef") }
                .flatMap { hits($0, table, tableKeys: []) }
        }
        return []
    }

    private func hits(_ column: Node, _ table: QualifiedName, tableKeys: Set<String>) -> [LintHit] {
        guard let name = column.colname, let type = LintNames.typeName(column.typeName) else { return [] }
        let isArray = !(column.typeName?.body("TypeName")?.arrayBounds.isEmpty ?? true)
        let inlineKey = column.constraints.contains { $0.body("Constraint")?.contype == "CONSTR_PRIMARY" }
        var hits: [LintHit] = []
        if inlineKey || tableKeys.contains(name), let spelled = Self.narrowKeyTypes[type.name] {
            hits.append(LintHit(.S001, LintCatalogue.serialKey(name, spelled, table), at: column.location?.int))
        }
        guard !isArray else { return hits }
        if type.name == "timestamp" {
            hits.append(LintHit(.S002, LintCatalogue.timestampWithoutTimeZone(name, table), at: column.location?.int))
        }
        if type.name == "bpchar" || (type.name == "varchar" && type.typmodCount > 0) {
            let spelled = type.name == "bpchar" ? "char(n)" : "varchar(n)"
            hits.append(LintHit(.S003, LintCatalogue.limitedCharacterType(name, spelled, table), at: column.location?.int))
        }
        return hits
    }
}
