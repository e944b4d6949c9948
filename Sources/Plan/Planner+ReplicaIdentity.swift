import SchemaModel

/// `ALTER TABLE ... REPLICA IDENTITY`. It changes what logical decoding writes, not what queries see,
/// and takes a brief ACCESS EXCLUSIVE lock, so it runs in alter (on a new table in expand, after the
/// table and the index it names). Leaving an index needs that index while it runs, so it comes before a
/// drop of its key (PostgreSQL refuses dropping the identity's key or NOT NULL); naming an index comes
/// after the key or index is in place, and after a SET NOT NULL of its columns.
extension Planner {
    func setReplicaIdentity(_ table: QualifiedName, from old: ReplicaIdentity, to new: ReplicaIdentity,
                            tableIsNew: Bool) -> [PlannedStatement] {
        if tableIsNew {
            return [PlannedStatement(phase: .expand, sql: DDL.replicaIdentity(new, of: table), down: "", .replace(.replicaIdentity(table)),
                                     requires: identityObject(new, on: table, in: desired))]
        }
        let restore = DDL.replicaIdentity(old, of: table)
        guard let index = new.indexName else {
            var statement = PlannedStatement(phase: .alter, sql: DDL.replicaIdentity(new, of: table), down: restore, .replace(.replicaIdentity(table)))
            statement.usesCurrent = identityObject(old, on: table, in: current)
            return [statement]
        }
        // A rebuilt index is still under its temporary name in alter; the contract phase's rename keeps the mark.
        let qualified = QualifiedName(table.schema, index)
        let target: ReplicaIdentity = replacesIndex(index, on: table) ? .usingIndex(temporaryIndexName(replacing: qualified)) : new
        let columns = identityColumns(of: index, on: table)
        let named: Set<ObjectID> = target == new ? identityObject(new, on: table, in: desired) : [.index(QualifiedName(table.schema, target.indexName!))]
        var statements = [PlannedStatement(phase: .alter, sql: DDL.replicaIdentity(target, of: table), down: restore,
                                           transactional: !setsNotNull(on: columns, of: table), .replace(.replicaIdentity(table)),
                                           requires: named.union(columns.map { .column(table, $0) }))]
        // The old key dropped and added again in this alter phase: the down section can restore the identity
        // only once the old key is back, so from a statement that runs before the drop (up, it states the
        // identity the table already has).
        if let oldIndex = old.indexName, current.tables[table]?.constraints[oldIndex] != nil,
           SchemaModel.rebuildsIndex(named: oldIndex, on: table, current, desired) {
            statements[0].down = ""
            var restatement = PlannedStatement(phase: .alter, sql: restore, down: restore, .replace(.replicaIdentity(table)))
            restatement.usesCurrent = identityObject(old, on: table, in: current)
            statements.insert(restatement, at: 0)
        }
        return statements
    }

    /// The `REPLICA IDENTITY` statement that restores `table` as `model` has it, when it is not the default
    /// (a dropped table's down section, a rebuilt partitioned table).
    func replicaIdentityRestore(of table: QualifiedName, in model: SchemaModel) -> [String] {
        guard let identity = model.tables[table]?.replicaIdentity, identity != .default else { return [] }
        return [DDL.replicaIdentity(identity, of: table)]
    }

    /// The table's identity when it is an index over `column`: PostgreSQL refuses DROP NOT NULL on such a
    /// column, so that statement comes after the identity moves away.
    func replicaIdentity(of table: QualifiedName, covering column: String) -> Set<ObjectID> {
        guard let index = current.tables[table]?.replicaIdentity.indexName else { return [] }
        let columns = current.tables[table]?.constraints[index]?.columns ?? current.indexes[QualifiedName(table.schema, index)]?.plainColumns ?? []
        return columns.contains(column) ? [.replicaIdentity(table)] : []
    }

    /// The key constraint or index an identity names, as the statement graph knows it.
    private func identityObject(_ identity: ReplicaIdentity, on table: QualifiedName, in model: SchemaModel) -> Set<ObjectID> {
        guard let name = identity.indexName else { return [] }
        if model.tables[table]?.constraints[name] != nil { return [.constraint(table, name)] }
        return [.index(QualifiedName(table.schema, name))]
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
