import SchemaModel

/// `ALTER TABLE ... REPLICA IDENTITY`. It changes what logical decoding writes, not what queries see,
/// and takes a brief ACCESS EXCLUSIVE lock, so it runs in alter (on a new table, right after the table or
/// the index it names, in expand). Leaving an index runs early in alter, before a NOT NULL or key of that
/// index is dropped (PostgreSQL refuses both while the index is the identity); naming an index runs last
/// in alter, after the keys and NOT NULLs it needs are in place, and the index built in expand.
extension Planner {
    func setReplicaIdentity(_ table: QualifiedName, from old: ReplicaIdentity, to new: ReplicaIdentity,
                            tableIsNew: Bool) -> [PlannedStatement] {
        if tableIsNew {
            return [PlannedStatement(phase: .expand, sql: DDL.replicaIdentity(new, of: table), down: "",
                                     step: new.indexName == nil ? .createTable : .createIndexOnNewTable)]
        }
        let restore = DDL.replicaIdentity(old, of: table)
        guard let index = new.indexName else {
            return [PlannedStatement(phase: .alter, sql: DDL.replicaIdentity(new, of: table), down: restore, step: .setRowSecurity)]
        }
        // A rebuilt index is still under its temporary name in alter; the contract phase's rename keeps the mark.
        let qualified = QualifiedName(table.schema, index)
        let target: ReplicaIdentity = replacesIndex(index, on: table) ? .usingIndex(temporaryIndexName(replacing: qualified)) : new
        var statements = [PlannedStatement(phase: .alter, sql: DDL.replicaIdentity(target, of: table), down: restore,
                                           transactional: !setsNotNull(on: identityColumns(of: index, on: table), of: table),
                                           step: .setColumnSettings)]
        // The old key dropped and added again in this alter phase: the down section can restore the identity
        // only once the old key is back, so from a statement that runs before the drop (up, it states the
        // identity the table already has).
        if let oldIndex = old.indexName, current.tables[table]?.constraints[oldIndex] != nil,
           SchemaModel.rebuildsIndex(named: oldIndex, on: table, current, desired) {
            statements[0].down = ""
            statements.insert(PlannedStatement(phase: .alter, sql: restore, down: restore, step: .setRowSecurity), at: 0)
        }
        return statements
    }

    /// The `REPLICA IDENTITY` statement that restores `table` as `model` has it, when it is not the default
    /// (a dropped table's down section, a rebuilt partitioned table).
    func replicaIdentityRestore(of table: QualifiedName, in model: SchemaModel) -> [String] {
        guard let identity = model.tables[table]?.replicaIdentity, identity != .default else { return [] }
        return [DDL.replicaIdentity(identity, of: table)]
    }

    /// An index (not a constraint's) this plan builds again under a temporary name (`replaceIndex`).
    private func replacesIndex(_ name: String, on table: QualifiedName) -> Bool {
        let qualified = QualifiedName(table.schema, name)
        guard let old = current.indexes[qualified], let new = desired.indexes[qualified] else { return false }
        return old.table == new.table && !old.sameDefinition(as: new)
    }

    private func identityColumns(of index: String, on table: QualifiedName) -> [String] {
        desired.tables[table]?.constraints[index]?.columns ?? desired.indexes[QualifiedName(table.schema, index)]?.plainColumns ?? []
    }

    /// Whether one of these existing columns becomes NOT NULL in this plan: SET NOT NULL runs outside the
    /// alter transaction (Planner+Columns), so the identity statement must too, to come after it.
    private func setsNotNull(on columns: [String], of table: QualifiedName) -> Bool {
        columns.contains { column in
            current.tables[table]?.column(named: column).map { !$0.notNull } == true
                && desired.tables[table]?.column(named: column)?.notNull == true
        }
    }
}

extension DDL {
    static func replicaIdentity(_ identity: ReplicaIdentity, of table: QualifiedName) -> String {
        "ALTER TABLE \(table.sql) REPLICA IDENTITY \(identity.sql)"
    }
}
