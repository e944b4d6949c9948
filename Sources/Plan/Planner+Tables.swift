import SchemaModel

extension Planner {
    /// New tables in dependency order: a foreign key is written inline when the table it references
    /// exists already or is created earlier; otherwise (cycles) it is added once all tables exist.
    func createTables(_ tables: [Table]) -> [PlannedStatement] {
        var created = Set(current.tables.keys)
        var remaining = tables.sorted { $0.name < $1.name }
        var statements: [PlannedStatement] = []
        while !remaining.isEmpty {
            let ready = remaining.firstIndex { table in
                table.foreignKeyTargets.allSatisfy { created.contains($0) || $0 == table.name }
            } ?? 0
            let table = remaining.remove(at: ready)
            let (statement, deferred) = createTable(table, existing: created.union([table.name]))
            statements.append(statement)
            statements += deferred.map { constraint in
                PlannedStatement(phase: .expand, sql: DDL.addConstraint(constraint, to: table.name, notValid: false),
                                 down: DDL.dropConstraint(constraint.name, from: table.name), step: .addForeignKeyForNewTable)
            }
            created.insert(table.name)
        }
        return statements
    }

    private func createTable(_ table: Table, existing: Set<QualifiedName>) -> (PlannedStatement, [Constraint]) {
        var lines = table.columns.map { "  " + DDL.columnDefinition($0, table: table.name) }
        var deferred: [Constraint] = []
        for constraint in table.sortedConstraints {
            if case .foreignKey(let key) = constraint.kind, !existing.contains(key.referencedTable) {
                deferred.append(constraint)
                continue
            }
            lines.append("  CONSTRAINT \(Identifier.quote(constraint.name)) \(DDL.constraintBody(constraint))")
        }
        let sql = "CREATE \(table.unlogged ? "UNLOGGED " : "")TABLE \(table.name.sql) (\n" + lines.joined(separator: ",\n") + "\n)"
        return (PlannedStatement(phase: .expand, sql: sql, down: "DROP TABLE \(table.name.sql)", step: .createTable), deferred)
    }

    /// Switching logging rewrites the table under an ACCESS EXCLUSIVE lock.
    func setLogged(_ table: QualifiedName, unlogged: Bool) -> PlannedStatement {
        PlannedStatement(phase: .alter, sql: "ALTER TABLE \(table.sql) SET \(unlogged ? "UNLOGGED" : "LOGGED")",
                         down: "ALTER TABLE \(table.sql) SET \(unlogged ? "LOGGED" : "UNLOGGED")",
                         warnings: [WarningCatalogue.changedLogging(table, unlogged: unlogged)], step: .changeType)
    }

    /// Dropped tables, after the foreign keys between them, so no drop fails on a reference.
    func dropTables(_ tables: [Table]) -> [PlannedStatement] {
        let dropped = Set(tables.map(\.name))
        var statements: [PlannedStatement] = []
        for table in tables.sorted(by: { $0.name < $1.name }) {
            for constraint in table.sortedConstraints {
                guard case .foreignKey(let key) = constraint.kind, dropped.contains(key.referencedTable),
                      key.referencedTable != table.name else { continue }
                statements.append(PlannedStatement(
                    phase: .contract, sql: DDL.dropConstraint(constraint.name, from: table.name),
                    down: DDL.addConstraint(constraint, to: table.name, notValid: false), step: .dropConstraint))
            }
            // Foreign keys to other dropped tables come back through their own statements' downs.
            let survivors = Set(current.tables.keys).subtracting(dropped).union([table.name])
            var down = restoringOwnedSequences(of: table.name, around: createTable(table, existing: survivors).0.sql)
            for index in current.indexes(on: table.name) { down += ";\n" + DDL.createIndex(index, concurrently: false) }
            for trigger in current.triggers(on: table.name) { down += ";\n" + trigger.sql }
            down = reapplied(down, table: table.name, in: current)
            statements.append(PlannedStatement(
                phase: .contract, sql: "DROP TABLE \(table.name.sql)", down: down,
                warnings: [WarningCatalogue.droppedTable(table.name)], step: .dropTable))
        }
        return statements
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
