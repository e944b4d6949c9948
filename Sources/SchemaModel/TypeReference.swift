/// A column's data type in canonical spelling: what `format_type()` prints with `search_path` set to
/// `pg_catalog`, e.g. `character varying(20)[]`, `timestamp with time zone`, `public.task_status`.
/// Both front ends render this string with the same code, so equal types compare equal.
public struct TypeReference: Hashable, Sendable, CustomStringConvertible {
    public var sql: String
    /// The type without typmods or array bounds, for rules such as "casts to the column's own type".
    public var baseName: String
    public var isArray: Bool
    /// The user-defined type this refers to, when it is one (enum, domain, ...), for dependency ordering.
    /// (Out of line: most columns' types are built-in.)
    @IndirectOptional public var userType: QualifiedName?

    public init(sql: String, baseName: String, isArray: Bool = false, userType: QualifiedName? = nil) {
        self.sql = sql
        self.baseName = baseName
        self.isArray = isArray
        self.userType = userType
    }

    public var description: String { sql }
}
