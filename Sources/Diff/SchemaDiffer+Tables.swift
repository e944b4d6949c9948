import SchemaModel

extension TableDiffer {
    /// Partition key, partition bound, inheritance parents and storage parameters of a table on both sides.
    func hierarchyChanges(_ old: Table, _ new: Table) -> [SchemaChange] {
        if old.partitionKey != new.partitionKey { return [.rebuildPartitionedTable(from: old, to: new)] }
        var changes: [SchemaChange] = []
        if old.partitionOf != new.partitionOf { changes.append(.setPartition(table: new.name, from: old.partitionOf, to: new.partitionOf)) }
        if old.inherits != new.inherits { changes.append(.setInherits(table: new.name, from: old.inherits, to: new.inherits)) }
        if old.storageParameters != new.storageParameters {
            changes.append(.setStorageParameters(table: new.name, from: old.storageParameters, to: new.storageParameters))
        }
        return changes
    }
}

extension Index {
    /// Everything but the storage parameters and statistics targets, which ALTER INDEX changes in place.
    public func sameDefinition(as other: Index) -> Bool {
        var left = self, right = other
        left.storageParameters = [:]; right.storageParameters = [:]
        left.columnStatistics = [:]; right.columnStatistics = [:]
        return left == right
    }
}

extension SchemaDiffer {
    /// What PostgreSQL does to partitions and inheritance children by itself is not planned again:
    /// a column added, dropped or altered on a parent reaches its children (ALTER TABLE without ONLY
    /// recurses), so the children's same change is dropped, or reduced to what the parent's does not
    /// cover. A rebuilt partitioned table brings its partitions and indexes back itself.
    func reconcileHierarchy(_ changes: [SchemaChange], current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        var rebuilt: Set<QualifiedName> = []
        for change in changes { if case .rebuildPartitionedTable(let from, _) = change { rebuilt.insert(from.name) } }
        let affected = rebuilt.isEmpty ? [] : current.descendants(of: rebuilt).union(desired.descendants(of: rebuilt))
        var columnChanges: [QualifiedName: [String: SchemaChange]] = [:]
        for change in changes {
            switch change {
            case .addColumn(let table, let column), .dropColumn(let table, let column): columnChanges[table, default: [:]][column.name] = change
            case .alterColumn(let table, _, let column): columnChanges[table, default: [:]][column.name] = change
            default: continue
            }
        }
        return changes.compactMap { change -> SchemaChange? in
            if !affected.isEmpty, let table = change.tableName, affected.contains(table) {
                if case .rebuildPartitionedTable = change, rebuilt.contains(table) { return change }
                return nil
            }
            switch change {
            case .addColumn(let table, let column), .dropColumn(let table, let column):
                let parents = Self.sharedParents(of: table, current, desired)
                return parents.contains { columnChanges[$0]?[column.name].map { Self.sameKind($0, change) } ?? false } ? nil : change
            case .alterColumn(let table, let from, let to):
                for parent in Self.sharedParents(of: table, current, desired) {
                    guard case .alterColumn(_, let parentFrom, let parentTo)? = columnChanges[parent]?[to.name] else { continue }
                    let reached = from.applyingRecursiveChange(from: parentFrom, to: parentTo)
                    return reached == to ? nil : .alterColumn(table: table, from: reached, to: to)
                }
                return change
            default:
                return change
            }
        }
    }

    /// Parents a table has on both sides (a change to them reaches it).
    static func sharedParents(of table: QualifiedName, _ current: SchemaModel, _ desired: SchemaModel) -> [QualifiedName] {
        let before = current.tables[table]?.parentNames ?? []
        return (desired.tables[table]?.parentNames ?? []).filter { before.contains($0) && current.tables[$0] != nil }
    }

    static func sameKind(_ left: SchemaChange, _ right: SchemaChange) -> Bool {
        switch (left, right) {
        case (.addColumn, .addColumn), (.dropColumn, .dropColumn): return true
        default: return false
        }
    }
}

extension Column {
    /// This column after a parent's ALTER COLUMN from `parentFrom` to `parentTo` recursed to it: type,
    /// default, NOT NULL and settings the parent changed become the parent's new ones.
    func applyingRecursiveChange(from parentFrom: Column, to parentTo: Column) -> Column {
        var column = self
        if parentFrom.type != parentTo.type { column.type = parentTo.type }
        if parentFrom.defaultValue != parentTo.defaultValue { column.defaultValue = parentTo.defaultValue }
        if parentFrom.notNull != parentTo.notNull { column.notNull = parentTo.notNull }
        if parentFrom.settings.statistics != parentTo.settings.statistics { column.settings.statistics = parentTo.settings.statistics }
        if parentFrom.settings.options != parentTo.settings.options { column.settings.options = parentTo.settings.options }
        if parentFrom.settings.storage != parentTo.settings.storage { column.settings.storage = parentTo.settings.storage }
        if parentFrom.settings.compression != parentTo.settings.compression { column.settings.compression = parentTo.settings.compression }
        return column
    }
}

extension SchemaModel {
    /// The tables and, recursively, their partitions and inheritance children.
    public func descendants(of roots: Set<QualifiedName>) -> Set<QualifiedName> {
        var result = roots
        var changed = true
        while changed {
            changed = false
            for table in tables.values where !result.contains(table.name) && table.parentNames.contains(where: result.contains) {
                result.insert(table.name)
                changed = true
            }
        }
        return result
    }
}

extension SchemaChange {
    /// The table a table-level change (or an index change) is about.
    var tableName: QualifiedName? {
        switch self {
        case .createTable(let table), .dropTable(let table): return table.name
        case .rebuildPartitionedTable(let from, _): return from.name
        case .setLogged(let table, _), .addColumn(let table, _), .dropColumn(let table, _), .alterColumn(let table, _, _),
             .addConstraint(let table, _, _), .dropConstraint(let table, _), .validateConstraint(let table, _),
             .replaceConstraint(let table, _, _), .setPartition(let table, _, _), .setInherits(let table, _, _),
             .setStorageParameters(let table, _, _), .setReplicaIdentity(let table, _, _, _):
            return table
        case .createIndex(let index, _), .dropIndex(let index): return index.table
        case .replaceIndex(let from, _), .alterIndexSettings(let from, _): return from.table
        case .createTrigger(let trigger), .dropTrigger(let trigger): return trigger.identity.table
        case .replaceTrigger(let from, _): return from.identity.table
        default: return nil
        }
    }
}
