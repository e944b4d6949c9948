import SchemaModel
import SQLTree

/// `ALTER TABLE t ADD [CONSTRAINT c] PRIMARY KEY | UNIQUE USING INDEX i`: the declared unique index becomes
/// the constraint's own index (PostgreSQL renames it to the constraint's name), so the model holds the
/// constraint with the index's columns and no index of its own, as introspection reads it back.
struct KeyUsingIndexReader {
    let source: StatementSource

    /// Folds the command into `table` and `model` and returns true when it is such a constraint.
    func apply(_ command: Node, to table: inout Table, in model: inout SchemaModel) throws(Diagnostic) -> Bool {
        guard command.subtype == "AT_AddConstraint",
              let body = command.def?.body("Constraint"), let indexName = body.indexname else { return false }
        let primary = body.contype == "CONSTR_PRIMARY"
        let indexKey = QualifiedName(table.name.schema, indexName)
        guard let index = model.indexes[indexKey], index.table == table.name else {
            throw source.diagnostic(at: command.def, "USING INDEX names \(indexKey.sql), which is not declared on \(table.name.sql) before this statement",
                                    hint: "declare the unique index first: CREATE UNIQUE INDEX \(indexName) ON \(table.name.sql) (...)")
        }
        let defaultOrder = index.keys.allSatisfy { !$0.descending && $0.nullsFirst == nil && $0.opclass == nil && $0.collation == nil }
        guard let columns = index.plainColumns, defaultOrder, index.unique, index.method == "btree", index.predicate == nil,
              index.include.isEmpty else {
            throw source.diagnostic(at: command.def, "USING INDEX needs a unique btree index on plain columns in default order, "
                                        + "without INCLUDE or WHERE; \(indexKey.sql) is not one")
        }
        let name = body.conname ?? indexName
        guard table.constraints[name] == nil else {
            throw source.diagnostic(at: command.def, "constraint \"\(name)\" for table \(table.name) already exists")
        }
        let constraint = Constraint(name: name, kind: primary ? .primaryKey(columns: columns)
                                        : .unique(columns: columns, nullsNotDistinct: index.nullsNotDistinct),
                                    deferrable: body.deferrable, initiallyDeferred: body.initdeferred)
        table.constraints[name] = constraint
        model.indexes[indexKey] = nil
        return true
    }
}
