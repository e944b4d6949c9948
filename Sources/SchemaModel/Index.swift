/// An index, identified by its schema-qualified name (an index lives in its table's schema).
public struct Index: Equatable, Sendable {
    public var name: String
    public var table: QualifiedName
    public var unique: Bool
    public var method: String
    public var keys: [IndexKey]
    public var include: [String]
    /// (One word: an expression is held out of line.)
    public var predicate: Expression?
    public var nullsNotDistinct: Bool
    /// The key list and what follows it (`(lower(email)) INCLUDE (id) WHERE ...`) as written, for
    /// creating the index. Not compared: the structured fields above are.
    public var definitionText: String
    /// `WITH (fillfactor = 70)`: the index's reloptions.
    public var storageParameters: [String: String] = [:]
    /// `ALTER INDEX ... ALTER COLUMN 1 SET STATISTICS 3000`, by key position (1-based).
    public var columnStatistics: [Int: Int] = [:]
    /// What PostgreSQL names each key by when it names an index itself (the column, else the function's
    /// name or "expr"), for the per-partition indexes a plan builds. Not compared.
    public var keyNames: [String] = []
    /// `-- monolayer: renamed from OLD` above the statement (not compared).
    public var renamedFrom: RenameIntent<String> = nil

    public init(name: String, table: QualifiedName, unique: Bool = false, method: String = "btree",
                keys: [IndexKey], include: [String] = [], predicate: Expression? = nil, nullsNotDistinct: Bool = false,
                definitionText: String) {
        self.name = name
        self.table = table
        self.unique = unique
        self.method = method
        self.keys = keys
        self.include = include
        self.predicate = predicate
        self.nullsNotDistinct = nullsNotDistinct
        self.definitionText = definitionText
    }

    public static func == (lhs: Index, rhs: Index) -> Bool {
        lhs.name == rhs.name && lhs.table == rhs.table && lhs.unique == rhs.unique && lhs.method == rhs.method
            && lhs.keys == rhs.keys && lhs.include == rhs.include && lhs.predicate == rhs.predicate
            && lhs.nullsNotDistinct == rhs.nullsNotDistinct && lhs.storageParameters == rhs.storageParameters
            && lhs.columnStatistics == rhs.columnStatistics
    }

    public var qualifiedName: QualifiedName { QualifiedName(table.schema, name) }

    /// The key columns in key order when every key is a plain column; nil when one is an expression.
    public var plainColumns: [String]? {
        let columns = keys.compactMap { key -> String? in
            if case .column(let name) = key.target { return name } else { return nil }
        }
        return columns.count == keys.count ? columns : nil
    }
}

/// One key of an index: a column or an expression, with its ordering options.
public struct IndexKey: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case column(String)
        /// (Out of line: most keys are columns.)
        indirect case expression(Expression)
    }

    public var target: Target
    public var collation: String?
    public var opclass: String?
    public var descending: Bool
    /// `NULLS FIRST` / `NULLS LAST` when spelled out and not the default for the direction.
    public var nullsFirst: Bool?

    public init(target: Target, collation: String? = nil, opclass: String? = nil, descending: Bool = false, nullsFirst: Bool? = nil) {
        self.target = target
        self.collation = collation
        self.opclass = opclass
        self.descending = descending
        self.nullsFirst = nullsFirst
    }
}
