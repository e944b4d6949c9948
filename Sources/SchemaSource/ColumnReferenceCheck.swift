import SchemaModel

/// Foreign keys must reference declared tables and columns: once every file is read, since a foreign
/// key may name a table declared later. (Own columns of constraints and indexes are checked where they
/// are declared, with their position.) PostgreSQL would refuse such a plan; saying so here comes first.
struct ColumnReferenceCheck {
    let model: SchemaModel

    func problems() -> [Diagnostic] {
        var problems: [String] = []
        for table in model.tables.values.sorted(by: { $0.name < $1.name }) {
            for constraint in table.sortedConstraints {
                if case .foreignKey(let key) = constraint.kind {
                    guard let target = model.tables[key.referencedTable] else {
                        problems.append("foreign key \(constraint.name) on \(table.name) references \(key.referencedTable), which is not declared")
                        continue
                    }
                    let targetColumns = Set(target.columns.map(\.name))
                    for column in key.referencedColumns where !targetColumns.contains(column) {
                        problems.append("foreign key \(constraint.name) on \(table.name) references column \"\(column)\" of \(target.name), which it does not have")
                    }
                }
            }
        }
        for sequence in model.sequences.values.sorted(by: { $0.name < $1.name }) {
            guard let owner = sequence.ownedBy else { continue }
            if model.tables[owner.table]?.column(named: owner.column) == nil {
                problems.append("sequence \(sequence.name) is OWNED BY \(owner), which is not declared")
            }
        }
        return problems.map { Diagnostic(file: "schema files", line: 0, column: 0, message: $0, sourceLine: "") }
    }
}
