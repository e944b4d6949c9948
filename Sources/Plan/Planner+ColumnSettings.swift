import SchemaModel

/// Column settings (statistics targets, attribute options, storage, compression) and table storage parameters.
extension Planner {
    /// `SET STATISTICS`, `SET (...)`/`RESET (...)`, `SET STORAGE`, `SET COMPRESSION` with their undo and the
    /// lock each takes on the table: SHARE UPDATE EXCLUSIVE for statistics targets and attribute options,
    /// ACCESS EXCLUSIVE for storage and compression (`ALTER TABLE`'s documentation, subcommand by subcommand).
    func settingsChanges(from old: ColumnSettings, to new: ColumnSettings, type: TypeReference) -> [(sql: String, down: String, lock: LockMode)] {
        var changes: [(sql: String, down: String, lock: LockMode)] = []
        if old.statistics != new.statistics {
            changes.append(("SET STATISTICS \(new.statistics ?? -1)", "SET STATISTICS \(old.statistics ?? -1)", .shareUpdateExclusive))
        }
        let set = new.options.filter { old.options[$0.key] != $0.value }
        let reset = old.options.keys.filter { new.options[$0] == nil }.sorted()
        if !set.isEmpty {
            let restore = set.keys.filter { old.options[$0] != nil }.reduce(into: [String: String]()) { $0[$1] = old.options[$1] }
            let cleared = set.keys.filter { old.options[$0] == nil }.sorted()
            var down: [String] = []
            if !restore.isEmpty { down.append("SET (\(StorageParameters.sql(restore)))") }
            if !cleared.isEmpty { down.append("RESET (\(cleared.joined(separator: ", ")))") }
            changes.append(("SET (\(StorageParameters.sql(set)))", down.joined(separator: ", "), .shareUpdateExclusive))
        }
        if !reset.isEmpty {
            let restore = reset.reduce(into: [String: String]()) { $0[$1] = old.options[$1] }
            changes.append(("RESET (\(reset.joined(separator: ", ")))", "SET (\(StorageParameters.sql(restore)))", .shareUpdateExclusive))
        }
        if old.storage != new.storage {
            // nil is the type's default; DEFAULT is not a storage keyword before PostgreSQL 16, so the
            // default is named where it is known.
            let standard = ColumnSettings.defaultStorage(ofType: type.baseName, isArray: type.isArray) ?? "DEFAULT"
            changes.append(("SET STORAGE \(new.storage ?? standard)", "SET STORAGE \(old.storage ?? standard)", .accessExclusive))
        }
        if old.compression != new.compression {
            changes.append(("SET COMPRESSION \(new.compression ?? "default")", "SET COMPRESSION \(old.compression ?? "default")", .accessExclusive))
        }
        return changes
    }

    /// Column settings of a column on both sides, in the alter phase.
    func alterColumnSettings(_ table: QualifiedName, from old: Column, to new: Column) -> [PlannedStatement] {
        settingsChanges(from: old.settings, to: new.settings, type: new.type).map { change in
            PlannedStatement(phase: .alter, sql: DDL.alterColumn(table, new.name, change.sql),
                             down: change.down.isEmpty ? "" : DDL.alterColumn(table, new.name, change.down),
                             lock: StatementLock(change.lock, on: table), .alter(.column(table, new.name)))
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
                                 down: "ALTER TABLE \(table.sql) " + undo.joined(separator: ", "),
                                 lock: StatementLock(StorageParameters.lockMode(changing: Array(set.keys) + reset), on: table), .alter(.relation(table)))]
    }
}
