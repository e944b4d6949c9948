import SchemaModel

/// Indexes and keys of partitioned tables, where PostgreSQL has no CONCURRENTLY, and index settings.
extension Planner {
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
                                               lock: StatementLock(.shareUpdateExclusive, on: new.qualifiedName), .alter(.index(new.qualifiedName))))
        }
        if old.storageParameters != new.storageParameters {
            let change = setStorageParameters(new.qualifiedName, from: old.storageParameters, to: new.storageParameters)[0]
            statements.append(PlannedStatement(phase: .alter, sql: change.sql.replacingOccurrences(of: "ALTER TABLE", with: "ALTER INDEX"),
                                               down: change.down?.replacingOccurrences(of: "ALTER TABLE", with: "ALTER INDEX"),
                                               lock: change.lock, .alter(.index(new.qualifiedName))))
        }
        return statements
    }

    /// A primary key, unique constraint or foreign key on an existing partitioned table: PostgreSQL has
    /// no CONCURRENTLY, no ADD CONSTRAINT ... USING INDEX and (before 18) no NOT VALID foreign key
    /// there, so the constraint is added in one statement that builds or checks it under lock.
    /// Checks keep the NOT VALID pattern, which partitioned tables support. Nil for other tables.
    func constraintOnPartitionedTable(_ constraint: Constraint, to table: QualifiedName) -> [PlannedStatement]? {
        guard isPartitioned(table) else { return nil }
        let warnings: [Warning]
        switch constraint.kind {
        case .check: return nil
        case .foreignKey:
            warnings = [WarningCatalogue.foreignKeyOnExistingRows(constraint.name, table),
                        WarningCatalogue.validatedOnAdd("foreign key", constraint.name, on: table, partitioned: true)]
        case .primaryKey, .unique:
            let primaryKey = constraint.kind.isPrimaryKey
            warnings = [WarningCatalogue.uniqueOnExistingColumns(constraint.name, table, primaryKey: primaryKey),
                        WarningCatalogue.keyWithoutIndex(constraint.name, on: table, primaryKey: primaryKey, partitioned: true)]
        case .exclusion: warnings = [WarningCatalogue.exclusionOnExistingRows(constraint.name, table)]
        }
        return [PlannedStatement(phase: .alter, sql: DDL.addConstraint(constraint, to: table, notValid: false),
                                 down: DDL.dropConstraint(constraint.name, from: table), warnings: warnings,
                                 lock: addConstraintLock(constraint, on: table), .create(.constraint(table, constraint.name)),
                                 supersedes: replacedPrimaryKey(by: constraint, on: table))]
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
            phase: .expand, sql: DDL.createIndex(index, concurrently: false, only: true), down: DDL.dropIndex(index.qualifiedName, concurrently: false),
            lock: StatementLock(.share, on: index.table), .create(.index(index.qualifiedName)))]
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
                transactional: false, lock: StatementLock(.accessExclusive, on: child.qualifiedName),
                .alter(.index(parent.qualifiedName)), requires: [.index(child.qualifiedName)])
            if desired.tables[partition.name]?.partitionKey != nil {
                statements.append(PlannedStatement(phase: .expand, sql: DDL.createIndex(child, concurrently: false, only: true), down: "",
                                                   lock: StatementLock(.share, on: partition.name),
                                                   .create(.index(child.qualifiedName)), requires: child.columnObjects))
                statements += partitionIndexes(of: child, taken: &taken)
            } else {
                statements.append(PlannedStatement(phase: .expand, sql: DDL.createIndex(child, concurrently: true), down: "",
                                                   transactional: false, lock: StatementLock(.shareUpdateExclusive, on: partition.name),
                                                   .create(.index(child.qualifiedName)), requires: child.columnObjects))
            }
            statements.append(attach)
        }
        return statements
    }

    /// PostgreSQL cannot build or drop an index CONCURRENTLY on a partitioned table: there the index is
    /// built in one transaction, holding a SHARE lock on the parent and every partition (writes wait).
    func isPartitioned(_ table: QualifiedName) -> Bool {
        desired.tables[table]?.partitionKey != nil || current.tables[table]?.partitionKey != nil
    }
}
