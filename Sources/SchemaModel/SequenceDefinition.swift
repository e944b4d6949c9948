/// A sequence, standalone or owned by a column (`serial`, `OWNED BY`). Options are stored resolved:
/// what PostgreSQL would store when an option is left out is filled in, so `CREATE SEQUENCE s` and
/// pg_dump's spelled-out form of the same sequence are equal.
public struct SequenceDefinition: Equatable, Sendable {
    /// The columns a query reading the sequence as a relation sees (`SELECT last_value FROM s`).
    public static let relationColumns = ["last_value", "log_cnt", "is_called"]

    public var name: QualifiedName
    /// `smallint`, `integer` or `bigint`.
    public var type: String
    public var start: Int64
    public var increment: Int64
    public var minValue: Int64
    public var maxValue: Int64
    public var cache: Int64
    public var cycle: Bool
    public var ownedBy: ColumnReference?

    public init(name: QualifiedName, type: String = "bigint", start: Int64? = nil, increment: Int64 = 1,
                minValue: Int64? = nil, maxValue: Int64? = nil, cache: Int64 = 1, cycle: Bool = false,
                ownedBy: ColumnReference? = nil) {
        self.name = name
        self.type = type
        self.increment = increment
        let limits = SequenceDefinition.limits(of: type)
        // PostgreSQL's defaults (CREATE SEQUENCE): ascending sequences run from 1 to the type's maximum,
        // descending ones from -1 down to the type's minimum; START defaults to the end they begin at.
        self.minValue = minValue ?? (increment > 0 ? 1 : limits.min)
        self.maxValue = maxValue ?? (increment > 0 ? limits.max : -1)
        self.start = start ?? (increment > 0 ? self.minValue : self.maxValue)
        self.cache = cache
        self.cycle = cycle
        self.ownedBy = ownedBy
    }

    /// The sequence PostgreSQL creates for an identity column given no options: `<table>_<column>_seq`
    /// (shortened like other generated names), of the column's integer type.
    public static func identityDefault(named name: QualifiedName, columnType: String) -> SequenceDefinition {
        SequenceDefinition(name: name, type: ["smallint", "integer", "bigint"].contains(columnType) ? columnType : "bigint")
    }

    public static func limits(of type: String) -> (min: Int64, max: Int64) {
        switch type {
        case "smallint": return (Int64(Int16.min), Int64(Int16.max))
        case "integer": return (Int64(Int32.min), Int64(Int32.max))
        default: return (Int64.min, Int64.max)
        }
    }

    /// Whether only ownership differs (changed with `ALTER SEQUENCE ... OWNED BY`).
    public func sameOptions(as other: SequenceDefinition) -> Bool {
        var copy = other
        copy.ownedBy = ownedBy
        return copy == self
    }
}

/// A column of a table: what a sequence is owned by.
public struct ColumnReference: Hashable, Sendable, CustomStringConvertible {
    public var table: QualifiedName
    public var column: String

    public init(table: QualifiedName, column: String) {
        self.table = table
        self.column = column
    }

    public var sql: String { table.sql + "." + Identifier.quote(column) }
    public var description: String { sql }
}
