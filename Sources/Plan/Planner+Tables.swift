import SchemaModel

extension Planner {
    /// New tables in dependency order: a foreign key is written inline when the table it references
    /// exists already or is created earlier; otherwise (cycles) it is added once all tables exist, as are
    /// constraints that are to stay NOT VALID.
    func createTables(_ tables: [Table]) -> [PlannedStatement] {
        var created = Set(current.tables.keys)
        let sorted = tables.sorted { $0.name < $1.name }
        // A table comes once the tables its foreign keys reference and its parents exist; in a cycle of
        // foreign keys, once its parents do (the keys are added later); the first remaining one otherwise.
        let order = PrerequisiteOrder(count: sorted.count, rules: [
            waits(sorted, for: { table in table.foreignKeyTargets.filter { $0 != table.name } + table.parentNames }, existing: created),
            waits(sorted, for: \.parentNames, existing: created),
        ]).order()
        var statements: [PlannedStatement] = []
        for position in order {
            let table = sorted[position]
            // Inserted before, not passed as a union: a union copies the set for every table.
            created.insert(table.name)
            let (statement, deferred) = createTable(table, existing: { created.contains($0) })
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

    /// `existing`: whether a table exists when this one is created (an inline foreign key needs it).
    private func createTable(_ table: Table, existing: (QualifiedName) -> Bool, model: SchemaModel? = nil) -> (PlannedStatement, [Constraint]) {
        let columnLines = table.columns.map { "  " + DDL.columnDefinition($0, table: table.name) }
        var lines: [String] = []
        var deferred: [Constraint] = []
        for constraint in table.sortedConstraints {
            if case .foreignKey(let key) = constraint.kind,
               !existing(key.referencedTable) || referencesIndexedKey(constraint) || referencesKeyAddedLater(constraint) {
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
        let attachments = TableAttachments(current, of: dropped)
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
            let survives = { (name: QualifiedName) in name == table.name || (current.tables[name] != nil && !dropped.contains(name)) }
            let creation = ([createTable(table, existing: survives, model: current).0.sql] + tableFollowUps(table, model: current).map(\.sql))
                .joined(separator: ";\n")
            var down = restoringOwnedSequences(of: table.name, around: creation, attachments: attachments)
            for index in attachments.indexes(on: table.name) {
                down += ";\n" + ([DDL.createIndex(index, concurrently: false)] + indexFollowUps(index)).joined(separator: ";\n")
            }
            for trigger in attachments.triggers(on: table.name) { down += ";\n" + trigger.createSQL }
            down = reapplied(down, table: table.name, in: current, attachments: attachments)
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
        createTable(table, existing: { model.tables[$0] != nil }, model: model).0.sql
    }

    /// Partitions and inheritance children before their parents, each dropped explicitly so that its
    /// down statement brings it back after the parent's.
    func orderedForDrop(_ tables: [Table]) -> [Table] {
        let sorted = tables.sorted { $0.name < $1.name }
        // A table waits for the tables of the list that are its children.
        let positions = Self.positions(of: sorted)
        var rule = PrerequisiteOrder.Rule(count: sorted.count)
        for (child, table) in sorted.enumerated() {
            for parent in Set(table.parentNames) { if let position = positions[parent] { rule.waitsFor[position].append(child) } }
        }
        return PrerequisiteOrder(count: sorted.count, rules: [rule]).order().map { sorted[$0] }
    }

    /// A rule of `PrerequisiteOrder` by names: a table waits for the tables of `tables` that `names` gives,
    /// and is never ready while one of them is neither in the list nor `existing`.
    func waits(_ tables: [Table], for names: (Table) -> [QualifiedName], existing: Set<QualifiedName>) -> PrerequisiteOrder.Rule {
        let positions = Self.positions(of: tables)
        var rule = PrerequisiteOrder.Rule(count: tables.count)
        for (position, table) in tables.enumerated() {
            for name in Set(names(table)) where !existing.contains(name) {
                if let prerequisite = positions[name] { rule.waitsFor[position].append(prerequisite) } else { rule.neverReady[position] = true }
            }
        }
        return rule
    }

    /// Each table's position in the list, by name.
    private static func positions(of tables: [Table]) -> [QualifiedName: Int] {
        Dictionary(tables.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
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
