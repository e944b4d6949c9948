/// A column's per-column settings that do not change its values: `SET STATISTICS n`, `SET (n_distinct = ...)`,
/// `SET STORAGE`, `SET COMPRESSION`. Each is nil/empty when it is the default, on both sides.
public struct ColumnSettings: Equatable, Sendable {
    /// `attstattarget`; nil for the default (-1 before PostgreSQL 17, NULL since).
    public var statistics: Int?
    /// `attoptions`: `n_distinct`, `n_distinct_inherited`, values as PostgreSQL stores them.
    public var options: [String: String] = [:]
    /// `attstorage` spelled `PLAIN`, `EXTERNAL`, `EXTENDED` or `MAIN`, when it differs from the type's default.
    public var storage: String?
    /// `attcompression` (`pglz`, `lz4`) when set.
    public var compression: String?

    public init(statistics: Int? = nil, options: [String: String] = [:], storage: String? = nil, compression: String? = nil) {
        self.statistics = statistics
        self.options = options
        self.storage = storage
        self.compression = compression
    }

    public var isDefault: Bool { self == ColumnSettings() }

    /// `attstorage` codes.
    public static let storageNames: [String: String] = ["p": "PLAIN", "e": "EXTERNAL", "x": "EXTENDED", "m": "MAIN"]

    /// The default storage of built-in types, for dropping a file's spelled-out default: fixed-length
    /// types are PLAIN, the variable-length ones below EXTENDED. Other types keep what the file says.
    public static func defaultStorage(ofType baseName: String, isArray: Bool) -> String? {
        if isArray { return "EXTENDED" }
        if extendedTypes.contains(baseName) { return "EXTENDED" }
        if plainTypes.contains(baseName) { return "PLAIN" }
        if baseName == "numeric" { return "MAIN" }
        return nil
    }

    static let extendedTypes: Set<String> = [
        "text", "character varying", "character", "bytea", "jsonb", "json", "xml", "tsvector", "tsquery",
    ]
    static let plainTypes: Set<String> = [
        "smallint", "integer", "bigint", "real", "double precision", "boolean", "date", "timestamp without time zone",
        "timestamp with time zone", "time without time zone", "uuid", "oid",
    ]
}

/// Storage parameters (`WITH (...)` options) as PostgreSQL stores them: `name=value` text.
public enum StorageParameters {
    /// `fillfactor=50` entries of a reloptions array.
    public static func parse(_ entries: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else { result[entry] = "true"; continue }
            result[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        return result
    }

    /// `fillfactor='50', autovacuum_enabled='false'` for `WITH (...)` / `SET (...)`, sorted by name.
    public static func sql(_ parameters: [String: String]) -> String {
        parameters.keys.sorted().map { "\($0)='\(parameters[$0]!.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ", ")
    }
}

extension SchemaModel {
    /// Run by both front ends once the model is complete: partition bounds in canonical text, and a
    /// storage setting equal to the type's default dropped (the catalog reports only those that differ).
    public mutating func canonicalizeTableSettings() {
        canonicalizePartitionBounds()
        for (name, table) in tables {
            for (index, column) in table.columns.enumerated() where column.settings.storage != nil {
                if column.settings.storage == ColumnSettings.defaultStorage(ofType: column.type.baseName, isArray: column.type.isArray) {
                    tables[name]?.columns[index].settings.storage = nil
                }
            }
        }
    }
}
