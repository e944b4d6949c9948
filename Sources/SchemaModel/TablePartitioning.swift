/// Partitioning and inheritance of a table (SPEC section 6).
///
/// How partitions are modelled: a partition is a table like any other and holds ALL its columns, as the
/// catalog and pg_dump show them (pg_dump writes every column, then `ALTER TABLE ONLY parent ATTACH
/// PARTITION`). A file's `CREATE TABLE p PARTITION OF parent` without columns gets the parent's columns
/// copied when the files are loaded, as PostgreSQL copies them: type, NOT NULL, default and generation
/// expression, never identity (PostgreSQL 15 does not copy it, 17+ shares the parent's, so the model
/// leaves identity to the parent on both sides). What PostgreSQL derives on a partition from its parent
/// (cloned constraints, attached indexes, cloned triggers) is not the partition's own and is not in the
/// model; the parent's definition says it. Inheritance children (`INHERITS`) are modelled the same way:
/// all columns merged, only local constraints.
public enum PartitionStrategy: String, Equatable, Sendable {
    case range = "RANGE", list = "LIST", hash = "HASH"
}

/// `PARTITION BY RANGE (a, lower(b) COLLATE "C" text_pattern_ops)`.
public struct PartitionKey: Equatable, Sendable {
    public var strategy: PartitionStrategy
    /// Columns or expressions with collation and operator class, compared structurally.
    public var keys: [IndexKey]
    /// The key list as written (`(a, lower(b))`), for DDL; not compared.
    public var text: String

    public init(strategy: PartitionStrategy, keys: [IndexKey], text: String) {
        self.strategy = strategy
        self.keys = keys
        self.text = text
    }

    public static func == (lhs: PartitionKey, rhs: PartitionKey) -> Bool {
        lhs.strategy == rhs.strategy && lhs.keys == rhs.keys
    }

    public var sql: String { "PARTITION BY \(strategy.rawValue) \(text)" }

    /// The key's plain columns, in order (nil for an expression key).
    public var columnNames: [String?] {
        keys.map { key in
            if case .column(let name) = key.target { return name } else { return nil }
        }
    }
}

/// One value of a partition bound: `MINVALUE`, `MAXVALUE`, `NULL` or a literal in canonical text
/// (see `SchemaModel.canonicalizePartitionBounds`).
public enum PartitionBoundValue: Equatable, Hashable, Comparable, Sendable {
    case minValue, maxValue, null
    case literal(String)

    public var sql: String {
        switch self {
        case .minValue: return "MINVALUE"
        case .maxValue: return "MAXVALUE"
        case .null: return "NULL"
        case .literal(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }
}

/// `PARTITION OF parent FOR VALUES ...` / `DEFAULT`.
public struct PartitionBound: Equatable, Sendable {
    public enum Values: Equatable, Sendable {
        case defaultPartition
        /// Sorted: the order of a list bound means nothing.
        case list([PartitionBoundValue])
        case range(from: [PartitionBoundValue], to: [PartitionBoundValue])
        case hash(modulus: Int, remainder: Int)
    }

    public var parent: QualifiedName
    public var values: Values

    public init(parent: QualifiedName, values: Values) {
        self.parent = parent
        if case .list(let items) = values { self.values = .list(items.sorted()) } else { self.values = values }
    }

    /// `FOR VALUES IN ('a')` or `DEFAULT`.
    public var sql: String {
        switch values {
        case .defaultPartition: return "DEFAULT"
        case .list(let items): return "FOR VALUES IN (" + items.map(\.sql).joined(separator: ", ") + ")"
        case .range(let from, let to):
            return "FOR VALUES FROM (" + from.map(\.sql).joined(separator: ", ") + ") TO (" + to.map(\.sql).joined(separator: ", ") + ")"
        case .hash(let modulus, let remainder): return "FOR VALUES WITH (MODULUS \(modulus), REMAINDER \(remainder))"
        }
    }

    func mapLiterals(_ transform: (Int, String) -> String) -> PartitionBound {
        func map(_ items: [PartitionBoundValue], positional: Bool) -> [PartitionBoundValue] {
            items.enumerated().map { offset, value in
                if case .literal(let text) = value { return .literal(transform(positional ? offset : 0, text)) }
                return value
            }
        }
        switch values {
        case .defaultPartition, .hash: return self
        case .list(let items): return PartitionBound(parent: parent, values: .list(map(items, positional: false)))
        case .range(let from, let to):
            return PartitionBound(parent: parent, values: .range(from: map(from, positional: true), to: map(to, positional: true)))
        }
    }
}

extension Table {
    /// The partition's parent, or the inheritance parents in order.
    public var parentNames: [QualifiedName] {
        partitionOf.map { [$0.parent] } ?? inherits
    }
}
