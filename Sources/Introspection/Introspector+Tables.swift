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

    /// A column row's `flags`: NOT NULL (`t`/`f`), identity (`a`, `d` or `-`) and generation (`s` stored,
    /// `v` virtual, or `-`), one character each.
    struct ColumnFlags {
        let notNull: Bool
        let identity: Identity?
        /// The generation code (`s` or `v`); empty for a column that is not generated.
        let generated: String

        init(_ text: String, table: QualifiedName, column: String) throws(IntrospectionError) {
            let codes = Array(text.utf8)
            guard codes.count == 3 else {
                throw .unreadableDefinition(object: "column \(table).\(column)", definition: text, reason: "flags are three characters")
            }
            notNull = codes[0] == UInt8(ascii: "t")
            identity = Identity(catalogCode: String(UnicodeScalar(codes[1])))
            generated = codes[2] == UInt8(ascii: "-") ? "" : String(UnicodeScalar(codes[2]))
        }
    }

    /// A column row's `settings`: NULL when the column has none, else `{statistics target, options,
    /// storage, compression, collation schema, collation}`.
    static func columnSettings(_ record: Record, table: QualifiedName, column: String) throws(IntrospectionError)
        -> (settings: ColumnSettings, collation: QualifiedName?) {
        guard let literal = record["settings"] else { return (ColumnSettings(), nil) }
        let fields = PostgresArray.elements(literal)
        guard fields.count == 6 else {
            throw .unreadableDefinition(object: "column \(table).\(column)", definition: literal, reason: "settings are six values")
        }
        let settings = ColumnSettings(statistics: fields[0].flatMap { Int($0) },
                                      options: StorageParameters.parse(PostgresArray.parse(fields[1] ?? "{}")),
                                      storage: fields[2].flatMap { ColumnSettings.storageNames[$0] }, compression: fields[3])
        return (settings, fields[5].map { QualifiedName(fields[4] ?? "", $0) })
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
