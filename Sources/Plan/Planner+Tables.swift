import SchemaModel

extension Planner {
    /// New tables in dependency order: a foreign key is written inline when the table it references
    /// exists already or is created earlier; otherwise (cycles) it is added once all tables exist, as are
    /// constraints that are to stay NOT VALID.
    func createTables(_ tables: [Table]) -> [PlannedStatement] {
        var created = Set(current.tables.keys)
        var remaining = tables.sorted { $0.name < $1.name }
        var statements: [PlannedStatement] = []
        while !remaining.isEmpty {
            let ready = remaining.firstIndex { table in
                table.foreignKeyTargets.allSatisfy { created.contains($0) || $0 == table.name }
                    && table.parentNames.allSatisfy(created.contains)
            } ?? remaining.firstIndex { $0.parentNames.allSatisfy(created.contains) } ?? 0
            let table = remaining.remove(at: ready)
            // Inserted before, not passed as a union: a union copies the set for every table.
            created.insert(table.name)
            let (statement, deferred) = createTable(table, existing: created)
            statements.append(statement)
            statements += tableFollowUps(table, model: desired).map {
                PlannedStatement(phase: .expand, sql: $0.sql, down: "", lock: StatementLock($0.lock, on: table.name), .alter(.relation(table.name)))
            }
            statements += deferred.map { constraint in
                let keyComesLater = referencesKeyAddedLater(constraint)
                return PlannedStatement(phase: keyComesLater ? .alter : .expand,
                                        sql: DDL.addConstraint(constraint, to: table.name, notValid: constraint.notValid),
                                        down: DDL.dropConstraint(constraint.name, from: table.name),
                                        lock: addConstraintLock(constraint, on: table.name), .create(.constraint(table.name, constraint.name)))
            }
        }
        return statements
    }

    private func createTable(_ table: Table, existing: Set<QualifiedName>, model: SchemaModel? = nil) -> (PlannedStatement, [Constraint]) {
        let columnLines = table.columns.map { "  " + DDL.columnDefinition($0, table: table.name) }
        var lines: [String] = []
        var deferred: [Constraint] = []
        for constraint in table.sortedConstraints {
            if case .foreignKey(let key) = constraint.kind,
               !existing.contains(key.referencedTable) || referencesIndexedKey(constraint) || referencesKeyAddedLater(constraint) {
                deferred.append(constraint)
                continue
            }
            // CREATE TABLE validates every constraint (it ignores NOT VALID): a constraint that is to stay
            // NOT VALID is added after the table.
            if constraint.notValid {
                deferred.append(constraint)
                continue
            }
            lines.append("  CONSTRAINT \(Identifier.quote(constraint.name)) \(DDL.constraintBody(constraint))")
        }
        let sql = tableCreationSQL(table, columnLines: columnLines, constraintLines: lines, model: model ?? desired)
        // Foreign keys written inline need their referenced tables; the graph knows the others as constraints.
        let referenced = table.sortedConstraints.filter { !deferred.contains($0) }.flatMap { constraint -> [ObjectID] in
            guard case .foreignKey(let key) = constraint.kind, key.referencedTable != table.name else { return [] }
            return [.relation(key.referencedTable)]
        }
        return (PlannedStatement(phase: .expand, sql: sql, down: "DROP TABLE \(table.name.sql)", .create(.relation(table.name)),
                                 requires: Set(referenced)), deferred)
    }

    /// A foreign key may reference columns that only a unique index (no constraint) makes unique, as
    /// Rails schemas do; it can be added only once that index exists.
    func referencesIndexedKey(_ constraint: Constraint) -> Bool {
        guard case .foreignKey(let key) = constraint.kind else { return false }
        return desired.tables[key.referencedTable]?.keyConstraints(on: Set(key.referencedColumns)).isEmpty ?? false
    }

    /// A foreign key of a new table that references an existing table's key which this plan adds: the
    /// key's unique index is built concurrently at the end of expand and attached in alter, so the
    /// foreign key follows it there (the new table is empty, so it is valid at once).
    func referencesKeyAddedLater(_ constraint: Constraint) -> Bool {
        guard case .foreignKey(let key) = constraint.kind, let target = current.tables[key.referencedTable] else { return false }
        let columns = Set(key.referencedColumns)
        return target.keyConstraints(on: columns).isEmpty && current.uniqueIndexes(on: key.referencedTable, columns: columns).isEmpty
    }

    /// Switching logging rewrites the table under an ACCESS EXCLUSIVE lock.
    func setLogged(_ table: QualifiedName, unlogged: Bool) -> PlannedStatement {
        PlannedStatement(phase: .alter, sql: "ALTER TABLE \(table.sql) SET \(unlogged ? "UNLOGGED" : "LOGGED")",
                         down: "ALTER TABLE \(table.sql) SET \(unlogged ? "LOGGED" : "UNLOGGED")",
                         warnings: [WarningCatalogue.changedLogging(table, unlogged: unlogged)],
                         lock: StatementLock(.accessExclusive, on: table), .alter(.relation(table)))
    }

    /// Dropped tables, after the foreign keys between them, so no drop fails on a reference.
    func dropTables(_ tables: [Table]) -> [PlannedStatement] {
        let dropped = Set(tables.map(\.name))
        var statements: [PlannedStatement] = []
        for table in orderedForDrop(tables) {
            for constraint in table.sortedConstraints {
                guard case .foreignKey(let key) = constraint.kind, dropped.contains(key.referencedTable),
                      key.referencedTable != table.name else { continue }
                statements.append(PlannedStatement(
                    phase: .contract, sql: DDL.dropConstraint(constraint.name, from: table.name),
                    down: DDL.addConstraint(constraint, to: table.name, notValid: false), .drop(.constraint(table.name, constraint.name))))
            }
            // Foreign keys to other dropped tables come back through their own statements' downs.
            let survivors = Set(current.tables.keys).subtracting(dropped).union([table.name])
            let creation = ([createTable(table, existing: survivors, model: current).0.sql] + tableFollowUps(table, model: current).map(\.sql))
                .joined(separator: ";\n")
            var down = restoringOwnedSequences(of: table.name, around: creation)
            for index in current.indexes(on: table.name) {
                down += ";\n" + ([DDL.createIndex(index, concurrently: false)] + indexFollowUps(index)).joined(separator: ";\n")
            }
            for trigger in current.triggers(on: table.name) { down += ";\n" + trigger.createSQL }
            down = reapplied(down, table: table.name, in: current)
            statements.append(PlannedStatement(
                phase: .contract, sql: "DROP TABLE \(table.name.sql)", down: down,
                warnings: [WarningCatalogue.droppedTable(table.name)], .drop(.relation(table.name))))
        }
        return statements
    }
}

extension Planner {
    /// A single table's CREATE statement for `model` (used by a partitioned table's rebuild).
    func creationStatement(_ table: Table, model: SchemaModel) -> String {
        createTable(table, existing: Set(model.tables.keys), model: model).0.sql
    }

    /// Partitions and inheritance children before their parents, each dropped explicitly so that its
    /// down statement brings it back after the parent's.
    func orderedForDrop(_ tables: [Table]) -> [Table] {
        var remaining = tables.sorted { $0.name < $1.name }
        var ordered: [Table] = []
        while !remaining.isEmpty {
            let index = remaining.firstIndex { table in !remaining.contains { $0.parentNames.contains(table.name) } } ?? 0
            ordered.append(remaining.remove(at: index))
        }
        return ordered
    }
}

extension Table {
    var foreignKeyTargets: [QualifiedName] {
        constraints.values.compactMap { constraint in
            if case .foreignKey(let key) = constraint.kind { return key.referencedTable }
            return nil
        }
    }
}
