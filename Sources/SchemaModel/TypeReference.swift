/// A column's data type in canonical spelling: what `format_type()` prints with `search_path` set to
/// `pg_catalog`, e.g. `character varying(20)[]`, `timestamp with time zone`, `public.task_status`.
/// Both front ends render this string with the same code, so equal types compare equal.
///
/// Held out of line and never changed in place: a schema's columns use few distinct types, so copies share
/// one storage (and a model build holds each distinct type once, see ExpressionParts), and a column spends
/// one word on its type rather than the five its fields take.
public struct TypeReference: Hashable, Sendable, CustomStringConvertible {
    private final class Storage: Sendable {
        let sql: String
        let baseName: String
        let isArray: Bool
        let userType: QualifiedName?

        init(sql: String, baseName: String, isArray: Bool, userType: QualifiedName?) {
            self.sql = sql
            self.baseName = baseName
            self.isArray = isArray
            self.userType = userType
        }
    }

    private var storage: Storage

    public init(sql: String, baseName: String, isArray: Bool = false, userType: QualifiedName? = nil) {
        storage = Storage(sql: sql, baseName: baseName, isArray: isArray, userType: userType)
    }

    public var sql: String {
        get { storage.sql }
        set { storage = Storage(sql: newValue, baseName: baseName, isArray: isArray, userType: userType) }
    }

    /// The type without typmods or array bounds, for rules such as "casts to the column's own type".
    public var baseName: String {
        get { storage.baseName }
        set { storage = Storage(sql: sql, baseName: newValue, isArray: isArray, userType: userType) }
    }

    public var isArray: Bool {
        get { storage.isArray }
        set { storage = Storage(sql: sql, baseName: baseName, isArray: newValue, userType: userType) }
    }

    /// The user-defined type this refers to, when it is one (enum, domain, ...), for dependency ordering.
    public var userType: QualifiedName? {
        get { storage.userType }
        set { storage = Storage(sql: sql, baseName: baseName, isArray: isArray, userType: newValue) }
    }

    public var description: String { sql }

    public static func == (lhs: TypeReference, rhs: TypeReference) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.sql == rhs.sql && lhs.baseName == rhs.baseName && lhs.isArray == rhs.isArray && lhs.userType == rhs.userType)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sql)
        hasher.combine(baseName)
        hasher.combine(isArray)
        hasher.combine(userType)
    }

    /// Whether both share one storage (for tests of the sharing).
    public func sharesStorage(with other: TypeReference) -> Bool { storage === other.storage }
}
