/// A schema-qualified object name. Identity for everything that lives in a schema.
public struct QualifiedName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var schema: String
    public var name: String

    public init(_ schema: String, _ name: String) {
        self.schema = schema
        self.name = name
    }

    /// `schema.name`, each part quoted only where PostgreSQL needs it.
    public var sql: String { Identifier.quote(schema) + "." + Identifier.quote(name) }

    public var description: String { sql }

    public static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool {
        (lhs.schema, lhs.name) < (rhs.schema, rhs.name)
    }
}
