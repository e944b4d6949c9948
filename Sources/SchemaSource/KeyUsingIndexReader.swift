import SchemaModel
import SQLTree

/// `ALTER TABLE t ADD [CONSTRAINT c] PRIMARY KEY | UNIQUE USING INDEX i`: the declared unique index becomes
/// the constraint's own index (PostgreSQL renames it to the constraint's name), so the model holds the
/// constraint with the index's columns and no index of its own, as introspection reads it back.
struct KeyUsingIndexReader {
    let source: StatementSource

    /// Folds the command into `table` and `model` and returns true when it is such a constraint.
    func apply(_ command: Node, to table: inout Table, in model: inout SchemaModel) throws(Diagnostic) -> Bool {
        guard command["subtype"]?.string == "AT_AddConstraint",
              let body = command["def"]?.body("Constraint"), let indexName = body["indexname"]?.string else { return false }
        let primary = body["contype"]?.string == "CONSTR_PRIMARY"
        let indexKey = QualifiedName(table.name.schema, indexName)
        guard let index = model.indexes[indexKey], index.table == table.name else {
            throw source.diagnostic(at: command["def"], "USING INDEX names \(indexKey.sql), which is not declared on \(table.name.sql) before this statement",
                                    hint: "declare the unique index first: CREATE UNIQUE INDEX \(indexName) ON \(table.name.sql) (...)")
        }
        let columns = index.keys.compactMap { key -> String? in
            guard case .column(let name) = key.target, !key.descending, key.nullsFirst == nil, key.opclass == nil,
                  key.collation == nil else { return nil }
            return name
        }
        guard index.unique, index.method == "btree", columns.count == index.keys.count, index.predicate == nil,
              index.include.isEmpty else {
            throw source.diagnostic(at: command["def"], "USING INDEX needs a unique btree index on plain columns in default order, "
                                        + "without INCLUDE or WHERE; \(indexKey.sql) is not one")
        }
        let name = body["conname"]?.string ?? indexName
        guard table.constraints[name] == nil else {
            throw source.diagnostic(at: command["def"], "constraint \"\(name)\" for table \(table.name) already exists")
        }
        let constraint = Constraint(name: name, kind: primary ? .primaryKey(columns: columns)
                                        : .unique(columns: columns, nullsNotDistinct: index.nullsNotDistinct),
                                    deferrable: body["deferrable"]?.bool ?? false, initiallyDeferred: body["initdeferred"]?.bool ?? false)
        table.constraints[name] = constraint
        model.indexes[indexKey] = nil
        if primary {
            for column in columns { if let position = table.columns.firstIndex(where: { $0.name == column }) { table.columns[position].notNull = true } }
        }
        return true
    }
}
