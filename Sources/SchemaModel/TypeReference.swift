/// A column's data type in canonical spelling: what `format_type()` prints with `search_path` set to
/// `pg_catalog`, e.g. `character varying(20)[]`, `timestamp with time zone`, `public.task_status`.
/// Both front ends render this string with the same code, so equal types compare equal.
///
/// Held out of line and never changed in place: a schema's columns use few distinct types, so copies share
/// one storage (and a model build holds each distinct type once, see ExpressionParts), and a column spends
/// one word on its type rather than the five its fields take.
public struct TypeReference: Hashable, Sendable, CustomStringConvertible {
    private struct Fields: Hashable, Sendable {
        var sql: String
        var baseName: String
        var isArray: Bool
        var userType: QualifiedName?
    }

    private var storage: OutOfLineFields<Fields>

    public init(sql: String, baseName: String, isArray: Bool = false, userType: QualifiedName? = nil) {
        storage = OutOfLineFields(Fields(sql: sql, baseName: baseName, isArray: isArray, userType: userType))
    }

    public var sql: String {
        get { storage.fields.sql }
        set { storage.set(\.sql, newValue) }
    }

    /// The type without typmods or array bounds, for rules such as "casts to the column's own type".
    public var baseName: String {
        get { storage.fields.baseName }
        set { storage.set(\.baseName, newValue) }
    }

    public var isArray: Bool {
        get { storage.fields.isArray }
        set { storage.set(\.isArray, newValue) }
    }

    /// The user-defined type this refers to, when it is one (enum, domain, ...), for dependency ordering.
    public var userType: QualifiedName? {
        get { storage.fields.userType }
        set { storage.set(\.userType, newValue) }
    }

    public var description: String { sql }

    public static func == (lhs: TypeReference, rhs: TypeReference) -> Bool {
        lhs.storage.isShared(with: rhs.storage) || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    /// Whether both share one storage (for tests of the sharing).
    public func sharesStorage(with other: TypeReference) -> Bool { storage.isShared(with: other.storage) }
}
