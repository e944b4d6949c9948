import SchemaModel

/// Columns and constraints of a table that exists on both sides.
struct TableDiffer {
    func diff(_ old: Table, _ new: Table) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        if old.unlogged != new.unlogged { changes.append(.setLogged(table: new.name, unlogged: new.unlogged)) }
        changes += hierarchyChanges(old, new)
        let newNames = Set(new.columns.map(\.name))
        changes += columnChanges(old, new, newNames: newNames)
        let constraints = KeyedDiff(current: old.constraints, desired: new.constraints)
        changes += constraints.added.map { .addConstraint(table: new.name, $0, tableIsNew: false) }
        for constraint in constraints.removed where !dropsWithColumns(constraint, droppedFrom: old, keeping: newNames) {
            changes.append(.dropConstraint(table: new.name, constraint))
        }
        for (from, to) in constraints.common where from != to {
            if from.sameDefinition(as: to), from.notValid, !to.notValid {
                changes.append(.validateConstraint(table: new.name, to))
            } else if from.sameDefinition(as: to) {
                // Valid in the database, NOT VALID in the file: nothing to do, the data is already checked.
                continue
            } else {
                changes.append(.replaceConstraint(table: new.name, from: from, to: to))
            }
        }
        return changes
    }

    private func columnChanges(_ old: Table, _ new: Table, newNames: Set<String>) -> [SchemaChange] {
        // Usually both sides list the same columns in the same order: compared pairwise, without a
        // dictionary of the old ones (building it copied every column of every table).
        // (Indexed rather than zipped: a zip copies each pair of columns.)
        let (oldColumns, newColumns) = (old.columns, new.columns)
        if oldColumns.count == newColumns.count, oldColumns.indices.allSatisfy({ oldColumns[$0].name == newColumns[$0].name }) {
            return oldColumns.indices.compactMap { index in
                oldColumns[index] == newColumns[index] ? nil : .alterColumn(table: new.name, from: oldColumns[index], to: newColumns[index])
            }
        }
        var changes: [SchemaChange] = []
        let oldByName = Dictionary(uniqueKeysWithValues: oldColumns.map { ($0.name, $0) })
        for column in newColumns {
            if let previous = oldByName[column.name] {
                if previous != column { changes.append(.alterColumn(table: new.name, from: previous, to: column)) }
            } else {
                changes.append(.addColumn(table: new.name, column))
            }
        }
        changes += oldColumns.filter { !newNames.contains($0.name) }.map { .dropColumn(table: new.name, $0) }
        return changes
    }

    /// A constraint on dropped columns disappears with them; dropping it first would be redundant.
    private func dropsWithColumns(_ constraint: Constraint, droppedFrom table: Table, keeping: Set<String>) -> Bool {
        let columns = constraint.columns
        return !columns.isEmpty && columns.contains { !keeping.contains($0) }
    }
}
