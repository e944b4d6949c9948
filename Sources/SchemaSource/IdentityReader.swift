import SchemaModel
import SQLTree

/// `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY [ (sequence options) ]`, in `CREATE TABLE` and in
/// pg_dump's `ALTER TABLE ... ALTER COLUMN ... ADD GENERATED ...`.
struct IdentityReader {
    let source: StatementSource
    let resolver: NameResolver

    /// Sets identity, its sequence and NOT NULL on the column, from a `CONSTR_IDENTITY` constraint node.
    func apply(_ constraint: Node, to column: inout Column, table: QualifiedName) throws(Diagnostic) {
        let body = constraint.body("Constraint") ?? constraint
        column.identity = body.generated_when == "a" ? .always : .byDefault
        column.notNull = true
        var options = body.options?.array ?? []
        var sequenceName = QualifiedName(table.schema, ConstraintNaming.name(table: table.name, columns: [column.name], label: "seq"))
        if let index = options.firstIndex(where: { ($0.body("DefElem") ?? $0).defname == "sequence_name" }) {
            let element = options[index].body("DefElem") ?? options[index]
            let names = (element.arg?.body("List")?["items"] ?? element.arg ?? .null).nameList
            sequenceName = resolver.qualifyRelation(names)
            if names.count == 1 { sequenceName.schema = table.schema }  // an identity sequence lives with its table
            options.remove(at: index)
        }
        let base = SequenceDefinition.identityDefault(named: sequenceName, columnType: column.type.sql)
        let sequence = try SequenceBuilder(source: source, resolver: resolver).apply(options, to: base, creating: true)
        column.identitySequence = sequence
    }
}
