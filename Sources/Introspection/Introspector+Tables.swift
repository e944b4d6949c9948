import Foundation
import PgQuery
import Postgres
import SchemaModel
import SchemaSource
import SQLTree

extension Introspector {
    /// Partition keys and bounds (printed by the server, parsed by the files' reader), inheritance
    /// parents, storage parameters and replica identity; then what partitions take from their parent is
    /// left to it.
    func readTables(into model: inout SchemaModel, reader: DefinitionReader) throws {
        for record in try run(.tables) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            guard model.tables[name] != nil else { continue }
            let parents = zip(record.textArray("parent_schemas"), record.textArray("parent_names")).map { QualifiedName($0, $1) }
            if let key = record["partition_key"] {
                let columns = model.tables[name]?.columns ?? []
                model.tables[name]?.partitionKey = try reader.partitionKey(key, table: name, columns: columns)
            }
            if let bound = record["bound"], let parent = parents.first {
                model.tables[name]?.partitionOf = try reader.partitionBound(bound, table: name, parent: parent)
            } else {
                model.tables[name]?.inherits = parents
            }
            model.tables[name]?.storageParameters = StorageParameters.parse(record.textArray("options"))
            model.tables[name]?.replicaIdentity = ReplicaIdentity(catalogCode: record.string("replica_identity"), index: record["replica_index"])
        }
        // PostgreSQL 17+ gives a partition its parent's identity (15 does not): the parent's, on both sides.
        for (name, table) in model.tables {
            guard let parentName = table.partitionOf?.parent, let parent = model.tables[parentName] else { continue }
            for (index, column) in table.columns.enumerated() where column.identity != nil && parent.column(named: column.name)?.identity != nil {
                model.tables[name]?.columns[index].identity = nil
                model.tables[name]?.columns[index].identitySequence = nil
            }
        }
    }

    static func columnSettings(_ record: Record) -> ColumnSettings {
        ColumnSettings(statistics: record["statistics"].flatMap { Int($0) }, options: StorageParameters.parse(record.textArray("options")),
                       storage: record["storage"].flatMap { ColumnSettings.storageNames[$0] }, compression: record["compression"])
    }

    /// `1=3000` entries: statistics targets of index columns.
    static func indexStatistics(_ record: Record) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for entry in record.textArray("statistics") {
            let parts = entry.split(separator: "=").compactMap { Int($0) }
            if parts.count == 2 { result[parts[0]] = parts[1] }
        }
        return result
    }
}

extension DefinitionReader {
    func partitionKey(_ definition: String, table: QualifiedName, columns: [Column]) throws -> PartitionKey {
        let source = try statement("CREATE TABLE \(table.sql) () PARTITION BY \(definition)", what: "partition key of \(table)")
        guard let spec = source.node.body("CreateStmt")?.partspec else {
            throw IntrospectionError.unreadableDefinition(object: "partition key of \(table)", definition: definition, reason: "no PARTITION BY")
        }
        return try PartitionReader(source: source, normalizer: normalizer.with(columns: columns)).key(spec)
    }

    func partitionBound(_ definition: String, table: QualifiedName, parent: QualifiedName) throws -> PartitionBound {
        let source = try statement("CREATE TABLE \(table.sql) PARTITION OF \(parent.sql) \(definition)", what: "partition bound of \(table)")
        guard let spec = source.node.body("CreateStmt")?.partbound else {
            throw IntrospectionError.unreadableDefinition(object: "partition bound of \(table)", definition: definition, reason: "no bound")
        }
        return try PartitionReader(source: source, normalizer: normalizer).bound(spec, parent: parent)
    }
}
