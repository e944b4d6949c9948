import SchemaModel

extension Planner {
    /// On a new (empty) table a plain build is instant and runs with the table's creation; on an
    /// existing table the index is built CONCURRENTLY, outside any transaction, so writes continue.
    func createIndex(_ index: Index, tableIsNew: Bool) -> [PlannedStatement] {
        if !tableIsNew, isPartitioned(index.table) { return indexOnExistingPartitionedTable(index) }
        if tableIsNew || isPartitioned(index.table) {
            return [PlannedStatement(phase: .expand, sql: DDL.createIndex(index, concurrently: false),
                                    down: DDL.dropIndex(index.qualifiedName, concurrently: false),
                                    lock: StatementLock(.share, on: index.table), .create(.index(index.qualifiedName)))]
        }
        return [PlannedStatement(phase: .expand, sql: DDL.createIndex(index, concurrently: true),
                                down: DDL.dropIndex(index.qualifiedName, concurrently: true), transactional: false,
                                lock: StatementLock(.shareUpdateExclusive, on: index.table), .create(.index(index.qualifiedName)))]
    }

    /// CONCURRENTLY outside a transaction, except on a partitioned table (see `isPartitioned`).
    func dropIndex(_ index: Index) -> PlannedStatement {
        let concurrent = !isPartitioned(index.table)
        return PlannedStatement(phase: .contract, sql: DDL.dropIndex(index.qualifiedName, concurrently: concurrent),
                                down: DDL.createIndex(index, concurrently: concurrent), transactional: !concurrent,
                                warnings: [WarningCatalogue.droppedIndex(index.name, index.table)]
                                    + (concurrent ? [] : [WarningCatalogue.droppedIndexWithoutConcurrently(index.qualifiedName, partitioned: true)]),
                                lock: Self.dropIndexLock(index.qualifiedName, on: index.table, concurrently: concurrent), .drop(.index(index.qualifiedName)))
    }

    /// `DROP INDEX` takes ACCESS EXCLUSIVE on the table and the index; `CONCURRENTLY`, SHARE UPDATE EXCLUSIVE.
    static func dropIndexLock(_ index: QualifiedName, on table: QualifiedName, concurrently: Bool) -> StatementLock {
        StatementLock(concurrently ? .shareUpdateExclusive : .accessExclusive, on: [table, index])
    }

    /// A changed index is never dropped first: the new definition is built under a temporary name in
    /// expand, and swapped in for the old one in contract. On a partitioned table nothing can be
    /// CONCURRENTLY: the build is one transaction holding a SHARE lock on the parent and its partitions.
    func replaceIndex(_ old: Index, with new: Index) -> [PlannedStatement] {
        let concurrent = !isPartitioned(new.table)
        let temporary = temporaryIndexName(replacing: new.qualifiedName)
        let temporaryName = QualifiedName(new.table.schema, temporary)
        // On a partitioned table the replacement is built as a new index is there: the parent's ON ONLY,
        // each partition's concurrently and attached, so writes go on while it builds.
        var replacement = new
        replacement.name = temporary
        let build = concurrent
            ? [PlannedStatement(phase: .expand, sql: DDL.createIndex(new, name: temporary, concurrently: true),
                                down: DDL.dropIndex(temporaryName, concurrently: true), transactional: false,
                                lock: StatementLock(.shareUpdateExclusive, on: new.table),
                                .create(.index(temporaryName)), requires: new.columnObjects)]
            : indexOnExistingPartitionedTable(replacement)
        return build + [
            PlannedStatement(phase: .contract, sql: DDL.dropIndex(old.qualifiedName, concurrently: concurrent),
                             down: DDL.createIndex(old, concurrently: concurrent), transactional: !concurrent,
                             warnings: concurrent ? [] : [WarningCatalogue.droppedIndexWithoutConcurrently(old.qualifiedName, partitioned: true)],
                             lock: Self.dropIndexLock(old.qualifiedName, on: old.table, concurrently: concurrent), .drop(.index(old.qualifiedName))),
            PlannedStatement(phase: .contract, sql: "ALTER INDEX \(temporaryName.sql) RENAME TO \(Identifier.quote(new.name))",
                             down: "ALTER INDEX \(new.qualifiedName.sql) RENAME TO \(Identifier.quote(temporary))",
                             transactional: !concurrent, lock: StatementLock(.shareUpdateExclusive, on: temporaryName),
                             .create(.index(new.qualifiedName)), requires: [.index(temporaryName)]),
        ]
    }

    /// Statistics targets of a new or rebuilt index's columns, after its last expand statement (outside the
    /// transaction when that is not transactional, so that they run after it; on a partitioned table after
    /// the partitions' indexes are attached, so that they reach them too). A replaced index is still under
    /// its temporary name in expand (`builtAs`), which the rename keeps the settings of.
    func withIndexSettings(_ index: Index, builtAs name: String? = nil, _ statements: [PlannedStatement]) -> [PlannedStatement] {
        guard let build = statements.last(where: { $0.phase == .expand }) else { return statements }
        var settings = index
        settings.name = name ?? index.name
        return statements + indexFollowUps(settings).map {
            PlannedStatement(phase: .expand, sql: $0, down: "", transactional: build.transactional,
                             lock: StatementLock(.shareUpdateExclusive, on: settings.qualifiedName), .alter(.index(settings.qualifiedName)))
        }
    }
}

extension Index {
    /// The table and the plain columns an index is built on, for a build the model does not know by name.
    var columnObjects: Set<ObjectID> {
        Set([ObjectID.relation(table)] + (keys.compactMap { key -> ObjectID? in
            if case .column(let name) = key.target { return .column(table, name) } else { return nil }
        } + include.map { .column(table, $0) }))
    }
}
