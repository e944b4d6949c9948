import SchemaModel
import SQLTree

/// `ALTER TABLE t ADD COLUMN | DROP COLUMN | ALTER COLUMN ... TYPE` after the table's `CREATE TABLE`, as
/// hand-written schemas and migration-era dumps write them: folded into the table in file order with the
/// `CREATE TABLE` statements (see ModelBuilder+Tables), before partitions and inheritance children get
/// their parents' columns, so that they get them as PostgreSQL gives them (a column added to a parent
/// reaches its children; one dropped leaves the children that do not declare it themselves).
struct ColumnAlterReader {
    let source: StatementSource
    let normalizer: ExpressionNormalizer
    let collations: Set<QualifiedName>

    static let subtypes: Set<String> = ["AT_AddColumn", "AT_DropColumn", "AT_AlterColumnType"]

    /// Whether a statement has commands this reader folds in.
    static func applies(to statement: StatementSource) -> Bool {
        guard statement.kind == "AlterTableStmt", statement.node.body?.objtype == "OBJECT_TABLE" else { return false }
        return (statement.node.body?.cmds ?? []).contains { subtypes.contains(($0.body("AlterTableCmd") ?? $0).subtype ?? "") }
    }

    func apply(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        let relation = body.relation ?? .null
        let name = normalizer.resolver.qualifyRelation(rangeVar: relation)
        guard var table = model.tables[name] else {
            throw source.diagnostic(at: relation, "ALTER TABLE names \(name), which is not declared (above this statement)")
        }
        for command in body.cmds {
            let fields = command.body("AlterTableCmd") ?? command
            switch fields.subtype ?? "" {
            case "AT_AddColumn": try addColumn(fields, at: command, to: &table, in: &model)
            case "AT_DropColumn": try dropColumn(fields, at: command, from: &table, in: &model)
            case "AT_AlterColumnType": try alterType(fields, at: command, of: &table)
            default: continue
            }
        }
        table.markPrimaryKeyColumnsNotNull()
        model.tables[name] = table
    }

    private func addColumn(_ fields: Node, at command: Node, to table: inout Table, in model: inout SchemaModel) throws(Diagnostic) {
        let definition = fields.def?.body("ColumnDef") ?? fields.def ?? .null
        if table.column(named: definition.colname ?? "") != nil {
            if fields.missing_ok { return }
            throw source.diagnostic(at: command, "column \"\(definition.colname ?? "")\" of \(table.name) already exists")
        }
        var builder = TableBuilder(source: source, normalizer: normalizer)
        builder.collations = collations
        var (column, constraints) = try builder.buildColumn(definition, element: command, table: table.name)
        if let pending = builder.generation[column.name] {
            column.generated = GeneratedColumn(expression: normalizer.with(columns: table.columns + [column]).expression(pending.node, text: pending.text),
                                               stored: pending.stored)
        }
        table.columns.append(column)
        for sequence in builder.serialSequences {
            guard model.sequences[sequence.name] == nil else {
                throw source.diagnostic(at: command, "sequence \(sequence.name) of a serial column is declared twice")
            }
            model.sequences[sequence.name] = sequence
        }
        let constraintBuilder = ConstraintBuilder(source: source, normalizer: normalizer.with(columns: table.columns))
        for node in constraints {
            let constraint = try constraintBuilder.build(node, table: table.name, column: column.name, takenNames: Set(table.constraints.keys))
            guard table.constraints[constraint.name] == nil else {
                throw source.diagnostic(at: node, "constraint \"\(constraint.name)\" for table \(table.name) already exists")
            }
            table.constraints[constraint.name] = constraint
        }
    }

    /// The column goes with the constraints on it and the `serial` sequence it owns, as in PostgreSQL.
    private func dropColumn(_ fields: Node, at command: Node, from table: inout Table, in model: inout SchemaModel) throws(Diagnostic) {
        let name = fields.name?.string ?? ""
        guard table.column(named: name) != nil else {
            if fields.missing_ok { return }
            throw source.diagnostic(at: command, "column \"\(name)\" of \(table.name) does not exist")
        }
        if model.tables.values.contains(where: { $0.inherits.contains(table.name) }) {
            throw source.diagnostic(at: command, "DROP COLUMN on a table with inheritance children is not supported in schema files",
                                    hint: "declare the tables as they should be")
        }
        table.columns.removeAll { $0.name == name }
        for constraint in table.sortedConstraints where constraint.columns.contains(name) { table.constraints[constraint.name] = nil }
        let tableName = table.name
        for sequence in model.sequences.values where sequence.ownedBy == ColumnReference(table: tableName, column: name) {
            model.sequences[sequence.name] = nil
        }
    }

    /// `TYPE t [COLLATE c] [USING ...]`: USING converts data, which schema files have none of.
    private func alterType(_ fields: Node, at command: Node, of table: inout Table) throws(Diagnostic) {
        let name = fields.name?.string ?? ""
        guard let index = table.columns.firstIndex(where: { $0.name == name }) else {
            throw source.diagnostic(at: command, "column \"\(name)\" of \(table.name) does not exist")
        }
        let definition = fields.def?.body("ColumnDef") ?? fields.def ?? .null
        guard let typeName = definition.typeName else { throw source.diagnostic(at: command, "ALTER COLUMN ... TYPE needs a type") }
        table.columns[index].type = TypeNameRenderer.render(typeName, resolver: normalizer.resolver)
        table.columns[index].collation = CollationName.resolve(definition.collClause, resolver: normalizer.resolver, declared: collations)
    }
}
