import SchemaModel

/// Foreign keys must reference declared tables and columns: once every file is read, since a foreign
/// key may name a table declared later. (Own columns of constraints and indexes are checked where they
/// are declared, with their position.) PostgreSQL would refuse such a plan; saying so here comes first.
struct ColumnReferenceCheck {
    let model: SchemaModel

    /// In the order of the tables' names and their constraints' names, then of the sequences' names. Only
    /// what is wrong is sorted, not every table and sequence: this runs when the model is whole, where a
    /// sorted copy of every table adds to the files' largest memory.
    func problems() -> [Diagnostic] {
        var found: [(table: QualifiedName, constraint: String, message: String)] = []
        for table in model.tables.values {
            for constraint in table.constraints.values {
                guard case .foreignKey(let key) = constraint.kind else { continue }
                guard let target = model.tables[key.referencedTable] else {
                    found.append((table.name, constraint.name,
                                  "foreign key \(constraint.name) on \(table.name) references \(key.referencedTable), which is not declared"))
                    continue
                }
                for column in key.referencedColumns where target.column(named: column) == nil {
                    found.append((table.name, constraint.name,
                                  "foreign key \(constraint.name) on \(table.name) references column \"\(column)\" of \(target.name), which it does not have"))
                }
            }
        }
        var sequences: [(name: QualifiedName, message: String)] = []
        for sequence in model.sequences.values {
            guard let owner = sequence.ownedBy, model.tables[owner.table]?.column(named: owner.column) == nil else { continue }
            sequences.append((sequence.name, "sequence \(sequence.name) is OWNED BY \(owner), which is not declared"))
        }
        // A foreign key's missing columns stay in the order it lists them (the sort is not stable).
        let keys = found.enumerated().sorted { ($0.element.table, $0.element.constraint, $0.offset) < ($1.element.table, $1.element.constraint, $1.offset) }
        let messages = keys.map(\.element.message) + sequences.sorted { $0.name < $1.name }.map(\.message)
        return messages.map { Diagnostic(file: "schema files", line: 0, column: 0, message: $0, sourceLine: "") }
    }
}
