import SchemaModel

/// Partitioned tables, partitions, inheritance, storage parameters and column settings (SPEC section 6).
extension Planner {
    /// `CREATE TABLE` for a partition (`PARTITION OF parent FOR VALUES ...`: PostgreSQL copies the parent's
    /// columns, only constraints are listed), an inheritance child (local columns only, `INHERITS (...)`),
    /// a partitioned table (`PARTITION BY ...`) and storage parameters (`WITH (...)`).
    func tableCreationSQL(_ table: Table, columnLines: [String], constraintLines: [String], model: SchemaModel) -> String {
        let create = "CREATE \(table.unlogged ? "UNLOGGED " : "")TABLE \(table.name.sql)"
        var sql: String
        if let bound = table.partitionOf {
            let body = constraintLines.isEmpty ? "" : " (\n" + constraintLines.joined(separator: ",\n") + "\n)"
            sql = "\(create) PARTITION OF \(bound.parent.sql)\(body) \(bound.sql)"
        } else {
            let inherited = Set(table.inherits.flatMap { model.tables[$0]?.columns.map(\.name) ?? [] })
            let lines = zip(table.columns, columnLines).filter { !inherited.contains($0.0.name) }.map(\.1) + constraintLines
            sql = "\(create) (\n" + lines.joined(separator: ",\n") + "\n)"
            if !table.inherits.isEmpty { sql += " INHERITS (" + table.inherits.map(\.sql).joined(separator: ", ") + ")" }
        }
        if let key = table.partitionKey { sql += " " + key.sql }
        if !table.storageParameters.isEmpty { sql += " WITH (" + StorageParameters.sql(table.storageParameters) + ")" }
        return sql
    }

    /// What a new table needs after its CREATE: columns of partitions and children whose default or
    /// NOT NULL differ from what the parent gives them, and column settings (PostgreSQL 15 has no
    /// STORAGE clause in CREATE TABLE, so settings are always ALTERs).
    func tableFollowUps(_ table: Table, model: SchemaModel) -> [(sql: String, lock: LockMode)] {
        let derived = derivedColumns(of: table, model: model)
        var statements: [(sql: String, lock: LockMode)] = []
        for column in table.columns {
            let from = derived[column.name]
            if let from {
                if from.defaultValue != column.defaultValue {
                    statements.append((DDL.alterColumnOnly(table.name, column.name, column.defaultValue.map { "SET DEFAULT \($0.text)" } ?? "DROP DEFAULT"),
                                       .accessExclusive))
                }
                if column.notNull, !from.notNull { statements.append((DDL.alterColumnOnly(table.name, column.name, "SET NOT NULL"), .accessExclusive)) }
            }
            var base = from?.settings ?? ColumnSettings()
            // Storage and compression are copied from the parent; statistics and options are not.
            base.statistics = nil
            base.options = [:]
            statements += settingsChanges(from: base, to: column.settings, type: column.type).map {
                (DDL.alterColumnOnly(table.name, column.name, $0.sql), $0.lock)
            }
        }
        return statements
    }

    /// The columns PostgreSQL gives a new partition or inheritance child, by name.
    func derivedColumns(of table: Table, model: SchemaModel) -> [String: Column] {
        var result: [String: Column] = [:]
        for parent in table.parentNames {
            for column in model.tables[parent]?.columns ?? [] where result[column.name] == nil { result[column.name] = column }
        }
        return result
    }

    /// A partition whose bound or parent changed is detached and attached again; a table that stops
    /// being a partition is detached. DETACH is planned with a destructive warning: the rows stay in
    /// the table but leave every query of the parent, which the application may not expect.
    func setPartition(_ table: QualifiedName, from old: PartitionBound?, to new: PartitionBound?) -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        if let old {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER TABLE \(old.parent.sql) DETACH PARTITION \(table.sql)",
                down: "ALTER TABLE \(old.parent.sql) ATTACH PARTITION \(table.sql) \(old.sql)",
                warnings: [WarningCatalogue.detachedPartition(table, from: old.parent)],
                lock: StatementLock(.accessExclusive, on: [old.parent, table]), .alter(.relation(table))))
        }
        if let new {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER TABLE \(new.parent.sql) ATTACH PARTITION \(table.sql) \(new.sql)",
                down: "ALTER TABLE \(new.parent.sql) DETACH PARTITION \(table.sql)",
                // The parent is held in SHARE UPDATE EXCLUSIVE only (PostgreSQL 12+); the partition in ACCESS EXCLUSIVE.
                lock: StatementLock(.accessExclusive, on: table), .alter(.relation(table)), requires: [.relation(new.parent)]))
        }
        return statements
    }

    /// `NO INHERIT` for parents removed (a destructive warning, as for DETACH), `INHERIT` for parents added.
    func setInherits(_ table: QualifiedName, from old: [QualifiedName], to new: [QualifiedName]) -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        for parent in old where !new.contains(parent) {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER TABLE \(table.sql) NO INHERIT \(parent.sql)", down: "ALTER TABLE \(table.sql) INHERIT \(parent.sql)",
                warnings: [WarningCatalogue.detachedPartition(table, from: parent)],
                lock: StatementLock(.accessExclusive, on: table), .alter(.relation(table))))
        }
        for parent in new where !old.contains(parent) {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER TABLE \(table.sql) INHERIT \(parent.sql)", down: "ALTER TABLE \(table.sql) NO INHERIT \(parent.sql)",
                lock: StatementLock(.accessExclusive, on: table), .alter(.relation(table)), requires: [.relation(parent)]))
        }
        return statements
    }

    /// PostgreSQL cannot change a partition key: the table is dropped with its partitions and created
    /// again with them, their indexes and triggers. Its rows are lost, hence the destructive warning.
    func rebuildPartitionedTable(from old: Table, to new: Table) -> [PlannedStatement] {
        let before = recreation(of: old.name, in: current)
        let after = recreation(of: new.name, in: desired)
        return [
            PlannedStatement(phase: .alter, sql: "DROP TABLE \(old.name.sql)", down: before.joined(separator: ";\n"),
                             warnings: [WarningCatalogue.rebuiltPartitionedTable(new.name)], .drop(.relation(old.name))),
            PlannedStatement(phase: .alter, sql: after.joined(separator: ";\n"), down: "DROP TABLE \(new.name.sql)", .create(.relation(new.name))),
        ]
    }

    /// A partitioned table with its partitions, indexes, triggers and replica identities, as SQL statements in
    /// creation order.
    private func recreation(of root: QualifiedName, in model: SchemaModel) -> [String] {
        let names = model.descendants(of: [root])
        var done: Set<QualifiedName> = []
        var sql: [String] = []
        while done.count < names.count {
            guard let next = names.sorted().first(where: { !done.contains($0) && (model.tables[$0]?.parentNames.allSatisfy { !names.contains($0) || done.contains($0) } ?? true) }),
                  let table = model.tables[next] else { break }
            sql.append(creationStatement(table, model: model))
            sql += tableFollowUps(table, model: model).map(\.sql)
            done.insert(next)
        }
        for name in names.sorted() {
            for index in model.indexes(on: name) { sql.append(DDL.createIndex(index, concurrently: false)); sql += indexFollowUps(index) }
            for trigger in model.triggers(on: name) { sql.append(trigger.createSQL) }
            sql += replicaIdentityRestore(of: name, in: model)
        }
        return sql
    }
}

extension DDL {
    static func alterColumnOnly(_ table: QualifiedName, _ column: String, _ action: String) -> String {
        "ALTER TABLE ONLY \(table.sql) ALTER COLUMN \(Identifier.quote(column)) \(action)"
    }
}
