/// `ALTER TABLE ... REPLICA IDENTITY`: what logical decoding writes to the WAL to identify a row that is
/// updated or deleted (pg_class.relreplident: `d` default, `f` full, `n` nothing, `i` index; the index
/// is the one with pg_index.indisreplident). See "REPLICA IDENTITY" in the ALTER TABLE documentation.
public enum ReplicaIdentity: Equatable, Sendable {
    /// The primary key's columns, if there is a primary key (`d`): what every table starts with.
    case `default`
    /// The whole old row (`f`).
    case full
    /// Nothing (`n`); also what PostgreSQL does when the `USING INDEX` index is dropped (relreplident
    /// stays `i`, no index is marked), so introspection reads that state as this.
    case nothing
    /// A unique, non-partial, immediate index on NOT NULL columns of the table (`i`), named in the
    /// table's schema; a primary key or unique constraint's index has the constraint's name.
    case usingIndex(String)

    /// The clause after `REPLICA IDENTITY`.
    public var sql: String {
        switch self {
        case .default: return "DEFAULT"
        case .full: return "FULL"
        case .nothing: return "NOTHING"
        case .usingIndex(let name): return "USING INDEX \(Identifier.quote(name))"
        }
    }

    /// The index name when this is `USING INDEX`.
    public var indexName: String? {
        if case .usingIndex(let name) = self { return name }
        return nil
    }

    /// From pg_class.relreplident and the name of the index marked indisreplident (if any).
    public init(catalogCode: String, index: String?) {
        switch catalogCode {
        case "f": self = .full
        case "n": self = .nothing
        case "i": self = index.map { .usingIndex($0) } ?? .nothing
        default: self = .default
        }
    }
}
