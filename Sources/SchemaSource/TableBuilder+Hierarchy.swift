import SchemaModel
import SQLTree

extension Table {
    /// The type of a column written in a partition's column clause, before the parent's is filled in.
    static let typeFromParent = TypeReference(sql: "", baseName: "")
}

extension TableBuilder {
    /// `PARTITION BY`, `PARTITION OF ... FOR VALUES`, `INHERITS (...)` and `WITH (...)`.
    func readHierarchyAndOptions(_ body: Node, into table: inout Table, normalizer tableNormalizer: ExpressionNormalizer) throws(Diagnostic) {
        if let spec = body.partspec {
            table.partitionKey = try PartitionReader(source: source, normalizer: tableNormalizer).key(spec)
            if let missing = table.partitionKey?.columnNames.compactMap({ $0 }).first(where: { table.column(named: $0) == nil }),
               body.partbound == nil {
                throw source.diagnostic(at: spec, "partition key column \"\(missing)\" is not a column of \(table.name)")
            }
        }
        let parents = body.inhRelations.map { normalizer.resolver.qualifyRelation(rangeVar: $0.body("RangeVar") ?? $0) }
        if let spec = body.partbound {
            guard let parent = parents.first else { throw source.diagnostic(at: spec, "PARTITION OF needs a parent table") }
            table.partitionOf = try PartitionReader(source: source, normalizer: normalizer).bound(spec, parent: parent)
        } else {
            table.inherits = parents
        }
        table.storageParameters = try OptionList.read(body.options?.array ?? [], source: source, what: "storage parameters")
        if table.partitionKey != nil, !table.storageParameters.isEmpty {
            throw source.diagnostic(at: body.relation, "a partitioned table has no storage parameters (PostgreSQL refuses WITH here)",
                                    hint: "set them on its partitions")
        }
        if table.columns.contains(where: { $0.type == Table.typeFromParent }), table.partitionOf == nil {
            throw source.diagnostic(at: body.relation, "a column of \(table.name) has no type")
        }
    }

    /// `c text STORAGE MAIN COMPRESSION lz4`.
    func columnClauseSettings(_ def: Node) -> ColumnSettings {
        var settings = ColumnSettings()
        if let storage = def.storage_name { settings.storage = storage.uppercased() }
        if let compression = def.compression, compression.lowercased() != "default" { settings.compression = compression.lowercased() }
        return settings
    }
}
