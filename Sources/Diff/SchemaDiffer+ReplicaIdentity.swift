import SchemaModel

extension SchemaDiffer {
    /// Listed after the indexes, so that on a new table the statement follows the index it names. An
    /// identity that names an index rebuilt under the same name is listed although it did not change:
    /// the rebuilt index is not marked, and PostgreSQL then behaves as with `NOTHING`.
    func diffReplicaIdentities(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        desired.tables.values.sorted { $0.name < $1.name }.compactMap { table -> SchemaChange? in
            guard let before = current.tables[table.name] else {
                if table.replicaIdentity == .default { return nil }
                return .setReplicaIdentity(table: table.name, from: .default, to: table.replicaIdentity, tableIsNew: true)
            }
            let rebuilt = table.replicaIdentity.indexName
                .map { SchemaModel.rebuildsIndex(named: $0, on: table.name, current, desired) } ?? false
            guard before.replicaIdentity != table.replicaIdentity || rebuilt else { return nil }
            return .setReplicaIdentity(table: table.name, from: before.replicaIdentity, to: table.replicaIdentity, tableIsNew: false)
        }
    }
}

extension SchemaModel {
    /// Whether the index `name` of `table` (an index, or a primary key or unique constraint's) exists on
    /// both sides with different definitions, so that a plan builds it again.
    public static func rebuildsIndex(named name: String, on table: QualifiedName, _ current: SchemaModel, _ desired: SchemaModel) -> Bool {
        let qualified = QualifiedName(table.schema, name)
        let oldIndex = current.indexes[qualified], newIndex = desired.indexes[qualified]
        let oldKey = current.tables[table]?.constraints[name], newKey = desired.tables[table]?.constraints[name]
        if let oldIndex, let newIndex { return !oldIndex.sameDefinition(as: newIndex) }
        if let oldKey, let newKey { return !oldKey.sameDefinition(as: newKey) }
        return (oldIndex != nil || oldKey != nil) && (newIndex != nil || newKey != nil)
    }
}
