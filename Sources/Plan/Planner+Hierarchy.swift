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
    func tableFollowUps(_ table: Table, model: SchemaModel) -> [String] {
        let derived = derivedColumns(of: table, model: model)
        var statements: [String] = []
        for column in table.columns {
            let from = derived[column.name]
            if let from {
                if from.defaultValue != column.defaultValue {
                    statements.append(DDL.alterColumnOnly(table.name, column.name, column.defaultValue.map { "SET DEFAULT \($0.text)" } ?? "DROP DEFAULT"))
                }
                if column.notNull, !from.notNull { statements.append(DDL.alterColumnOnly(table.name, column.name, "SET NOT NULL")) }
            }
            var base = from?.settings ?? ColumnSettings()
            // Storage and compression are copied from the parent; statistics and options are not.
            base.statistics = nil
            base.options = [:]
            statements += settingsChanges(from: base, to: column.settings, type: column.type).map { DDL.alterColumnOnly(table.name, column.name, $0.sql) }
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

    /// `SET STATISTICS`, `SET (...)`/`RESET (...)`, `SET STORAGE`, `SET COMPRESSION` with their undo.
    func settingsChanges(from old: ColumnSettings, to new: ColumnSettings, type: TypeReference) -> [(sql: String, down: String)] {
        var changes: [(sql: String, down: String)] = []
        if old.statistics != new.statistics {
            changes.append(("SET STATISTICS \(new.statistics ?? -1)", "SET STATISTICS \(old.statistics ?? -1)"))
        }
        let set = new.options.filter { old.options[$0.key] != $0.value }
        let reset = old.options.keys.filter { new.options[$0] == nil }.sorted()
        if !set.isEmpty {
            let restore = set.keys.filter { old.options[$0] != nil }.reduce(into: [String: String]()) { $0[$1] = old.options[$1] }
            let cleared = set.keys.filter { old.options[$0] == nil }.sorted()
            var down: [String] = []
            if !restore.isEmpty { down.append("SET (\(StorageParameters.sql(restore)))") }
            if !cleared.isEmpty { down.append("RESET (\(cleared.joined(separator: ", ")))") }
            changes.append(("SET (\(StorageParameters.sql(set)))", down.joined(separator: ", ")))
        }
        if !reset.isEmpty {
            let restore = reset.reduce(into: [String: String]()) { $0[$1] = old.options[$1] }
            changes.append(("RESET (\(reset.joined(separator: ", ")))", "SET (\(StorageParameters.sql(restore)))"))
        }
        if old.storage != new.storage {
            // nil is the type's default; DEFAULT is not a storage keyword before PostgreSQL 16, so the
            // default is named where it is known.
            let standard = ColumnSettings.defaultStorage(ofType: type.baseName, isArray: type.isArray) ?? "DEFAULT"
            changes.append(("SET STORAGE \(new.storage ?? standard)", "SET STORAGE \(old.storage ?? standard)"))
        }
        if old.compression != new.compression {
            changes.append(("SET COMPRESSION \(new.compression ?? "default")", "SET COMPRESSION \(old.compression ?? "default")"))
        }
        return changes
    }

    /// Column settings of a column on both sides, in the alter phase.
    func alterColumnSettings(_ table: QualifiedName, from old: Column, to new: Column) -> [PlannedStatement] {
        settingsChanges(from: old.settings, to: new.settings, type: new.type).map { change in
            PlannedStatement(phase: .alter, sql: DDL.alterColumn(table, new.name, change.sql),
                             down: change.down.isEmpty ? "" : DDL.alterColumn(table, new.name, change.down), step: .setColumnSettings)
        }
    }

    func setStorageParameters(_ table: QualifiedName, from old: [String: String], to new: [String: String]) -> [PlannedStatement] {
        let set = new.filter { old[$0.key] != $0.value }
        let reset = old.keys.filter { new[$0] == nil }.sorted()
        var actions: [String] = [], undo: [String] = []
        if !set.isEmpty { actions.append("SET (\(StorageParameters.sql(set)))") }
        if !reset.isEmpty { actions.append("RESET (\(reset.joined(separator: ", ")))") }
        let restore = old.filter { set[$0.key] != nil || new[$0.key] == nil }
        let cleared = set.keys.filter { old[$0] == nil }.sorted()
        if !restore.isEmpty { undo.append("SET (\(StorageParameters.sql(restore)))") }
        if !cleared.isEmpty { undo.append("RESET (\(cleared.joined(separator: ", ")))") }
        return [PlannedStatement(phase: .alter, sql: "ALTER TABLE \(table.sql) " + actions.joined(separator: ", "),
                                 down: "ALTER TABLE \(table.sql) " + undo.joined(separator: ", "), step: .setColumnSettings)]
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
                warnings: [WarningCatalogue.detachedPartition(table, from: old.parent)], step: .detachPartition))
        }
        if let new {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER TABLE \(new.parent.sql) ATTACH PARTITION \(table.sql) \(new.sql)",
                down: "ALTER TABLE \(new.parent.sql) DETACH PARTITION \(table.sql)", step: .attachPartition))
        }
        return statements
    }

    /// `NO INHERIT` for parents removed (a destructive warning, as for DETACH), `INHERIT` for parents added.
    func setInherits(_ table: QualifiedName, from old: [QualifiedName], to new: [QualifiedName]) -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        for parent in old where !new.contains(parent) {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER TABLE \(table.sql) NO INHERIT \(parent.sql)", down: "ALTER TABLE \(table.sql) INHERIT \(parent.sql)",
                warnings: [WarningCatalogue.detachedPartition(table, from: parent)], step: .detachPartition))
        }
        for parent in new where !old.contains(parent) {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER TABLE \(table.sql) INHERIT \(parent.sql)", down: "ALTER TABLE \(table.sql) NO INHERIT \(parent.sql)",
                step: .attachPartition))
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
                             warnings: [WarningCatalogue.rebuiltPartitionedTable(new.name)], step: .rebuildTable),
            PlannedStatement(phase: .alter, sql: after.joined(separator: ";\n"), down: "DROP TABLE \(new.name.sql)", step: .rebuildTable),
        ]
    }

    /// A partitioned table with its partitions, indexes and triggers, as SQL statements in creation order.
    private func recreation(of root: QualifiedName, in model: SchemaModel) -> [String] {
        let names = model.descendants(of: [root])
        var done: Set<QualifiedName> = []
        var sql: [String] = []
        while done.count < names.count {
            guard let next = names.sorted().first(where: { !done.contains($0) && (model.tables[$0]?.parentNames.allSatisfy { !names.contains($0) || done.contains($0) } ?? true) }),
                  let table = model.tables[next] else { break }
            sql.append(creationStatement(table, model: model))
            sql += tableFollowUps(table, model: model)
            done.insert(next)
        }
        for name in names.sorted() {
            for index in model.indexes(on: name) { sql.append(DDL.createIndex(index, concurrently: false)); sql += indexFollowUps(index) }
            for trigger in model.triggers(on: name) { sql.append(trigger.sql) }
        }
        return sql
    }

    /// Index settings (`ALTER INDEX ... ALTER COLUMN n SET STATISTICS m`) after its creation; storage
    /// parameters are in the index's definition text.
    func indexFollowUps(_ index: Index) -> [String] {
        index.columnStatistics.keys.sorted().map { "ALTER INDEX \(index.qualifiedName.sql) ALTER COLUMN \($0) SET STATISTICS \(index.columnStatistics[$0]!)" }
    }

    func alterIndexSettings(from old: Index, to new: Index) -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        for position in Set(old.columnStatistics.keys).union(new.columnStatistics.keys).sorted()
        where old.columnStatistics[position] != new.columnStatistics[position] {
            let sql = { (value: Int?) in "ALTER INDEX \(new.qualifiedName.sql) ALTER COLUMN \(position) SET STATISTICS \(value ?? -1)" }
            statements.append(PlannedStatement(phase: .alter, sql: sql(new.columnStatistics[position]), down: sql(old.columnStatistics[position]),
                                               step: .setColumnSettings))
        }
        if old.storageParameters != new.storageParameters {
            let change = setStorageParameters(new.qualifiedName, from: old.storageParameters, to: new.storageParameters)[0]
            statements.append(PlannedStatement(phase: .alter, sql: change.sql.replacingOccurrences(of: "ALTER TABLE", with: "ALTER INDEX"),
                                               down: change.down?.replacingOccurrences(of: "ALTER TABLE", with: "ALTER INDEX"), step: .setColumnSettings))
        }
        return statements
    }

    /// A primary key, unique constraint or foreign key on an existing partitioned table: PostgreSQL has
    /// no CONCURRENTLY, no ADD CONSTRAINT ... USING INDEX and (before 18) no NOT VALID foreign key
    /// there, so the constraint is added in one statement that builds or checks it under lock.
    /// Checks keep the NOT VALID pattern, which partitioned tables support. Nil for other tables.
    func constraintOnPartitionedTable(_ constraint: Constraint, to table: QualifiedName) -> [PlannedStatement]? {
        guard isPartitioned(table) else { return nil }
        let warning: Warning
        switch constraint.kind {
        case .check: return nil
        case .foreignKey: warning = WarningCatalogue.foreignKeyOnExistingRows(constraint.name, table)
        case .primaryKey: warning = WarningCatalogue.uniqueOnExistingColumns(constraint.name, table, primaryKey: true)
        case .unique: warning = WarningCatalogue.uniqueOnExistingColumns(constraint.name, table, primaryKey: false)
        }
        return [PlannedStatement(phase: .alter, sql: DDL.addConstraint(constraint, to: table, notValid: false),
                                 down: DDL.dropConstraint(constraint.name, from: table), warnings: [warning], step: .addConstraintNotValid)]
    }

    /// A new index on an existing partitioned table, built without blocking writes: PostgreSQL refuses
    /// CONCURRENTLY on a partitioned table, so the parent's index is created `ON ONLY` (no partition is
    /// touched, a brief SHARE lock on the parent), each partition's index is built CONCURRENTLY and
    /// attached to it (`ALTER INDEX ... ATTACH PARTITION`, a brief lock on the index), and the parent's
    /// index becomes valid when the last partition's is attached. Partitions that are themselves
    /// partitioned get an ON ONLY index of their own, attached once theirs are. The partitions' indexes
    /// get the names PostgreSQL would give them. Partitions attached later in the migration get their
    /// index from ATTACH PARTITION.
    func indexOnExistingPartitionedTable(_ index: Index) -> [PlannedStatement] {
        var statements = [PlannedStatement(
            phase: .expand, sql: DDL.createIndex(index, only: true), down: DDL.dropIndex(index.qualifiedName, concurrently: false),
            step: .buildIndexConcurrently)]
        var taken = Set(current.indexes.keys.map(\.name)).union(desired.indexes.keys.map(\.name))
            .union(current.tables.keys.map(\.name)).union(desired.tables.keys.map(\.name))
        statements += partitionIndexes(of: index, taken: &taken)
        return statements
    }

    /// The partitions of `table` when the expand phase runs: those already attached, and new ones
    /// (created PARTITION OF in expand).
    private func partitionsAtExpand(of table: QualifiedName) -> [Table] {
        let attached = current.tables.values.filter { $0.partitionOf?.parent == table && desired.tables[$0.name] != nil }
        let created = desired.tables.values.filter { $0.partitionOf?.parent == table && current.tables[$0.name] == nil }
        return (attached + created).sorted { $0.name < $1.name }
    }

    private func partitionIndexes(of parent: Index, taken: inout Set<String>) -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        for partition in partitionsAtExpand(of: parent.table) {
            var child = parent
            child.table = partition.name
            child.name = ConstraintNaming.name(table: partition.name.name, columns: parent.keyNames, label: "idx", taken: taken)
            taken.insert(child.name)
            let attach = PlannedStatement(
                phase: .expand, sql: "ALTER INDEX \(parent.qualifiedName.sql) ATTACH PARTITION \(child.qualifiedName.sql)", down: "",
                transactional: false, step: .buildIndexConcurrently)
            if desired.tables[partition.name]?.partitionKey != nil {
                statements.append(PlannedStatement(phase: .expand, sql: DDL.createIndex(child, only: true), down: "", step: .buildIndexConcurrently))
                statements += partitionIndexes(of: child, taken: &taken)
            } else {
                statements.append(PlannedStatement(phase: .expand, sql: DDL.createIndex(child, concurrently: true), down: "",
                                                   transactional: false, step: .buildIndexConcurrently))
            }
            statements.append(attach)
        }
        return statements
    }

    /// A changed index on a partitioned table, where nothing is CONCURRENTLY: the new definition is built
    /// under a temporary name in expand (one transaction, SHARE lock on the parent and partitions), the
    /// old one dropped and the new one renamed in contract.
    func replacePartitionedIndex(_ old: Index, with new: Index) -> [PlannedStatement] {
        let temporary = ConstraintNamingForPlan.replacementIndex(new.name)
        let temporaryName = QualifiedName(new.table.schema, temporary)
        return [
            PlannedStatement(phase: .expand, sql: DDL.createIndex(new, name: temporary, concurrently: false),
                             down: DDL.dropIndex(temporaryName, concurrently: false), step: .buildIndexConcurrently),
            PlannedStatement(phase: .contract, sql: DDL.dropIndex(old.qualifiedName, concurrently: false),
                             down: DDL.createIndex(old, concurrently: false), step: .dropIndexConcurrently),
            PlannedStatement(phase: .contract, sql: "ALTER INDEX \(temporaryName.sql) RENAME TO \(Identifier.quote(new.name))",
                             down: "ALTER INDEX \(new.qualifiedName.sql) RENAME TO \(Identifier.quote(temporary))", step: .renameReplacementIndex),
        ]
    }

    /// PostgreSQL cannot build or drop an index CONCURRENTLY on a partitioned table: there the index is
    /// built in one transaction, holding a SHARE lock on the parent and every partition (writes wait).
    func isPartitioned(_ table: QualifiedName) -> Bool {
        desired.tables[table]?.partitionKey != nil || current.tables[table]?.partitionKey != nil
    }
}

extension DDL {
    /// `CREATE INDEX ... ON ONLY parent`: the partitioned table's own index, without its partitions'.
    static func createIndex(_ index: Index, only: Bool) -> String {
        createIndex(index, concurrently: false).replacingOccurrences(of: " ON \(index.table.sql) USING ", with: " ON ONLY \(index.table.sql) USING ")
    }

    static func alterColumnOnly(_ table: QualifiedName, _ column: String, _ action: String) -> String {
        "ALTER TABLE ONLY \(table.sql) ALTER COLUMN \(Identifier.quote(column)) \(action)"
    }
}
