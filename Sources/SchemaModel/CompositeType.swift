/// A composite type (`CREATE TYPE t AS (a integer, b text COLLATE "C")`): its attributes in order.
public struct CompositeType: Equatable, Sendable {
    public var name: QualifiedName
    public var attributes: [CompositeAttribute]
    /// `-- monolayer: renamed from OLD` above the statement (not compared, see RenameIntent).
    public var renamedFrom: RenameIntent<QualifiedName> = nil

    public init(name: QualifiedName, attributes: [CompositeAttribute]) {
        self.name = name
        self.attributes = attributes
    }

    public func attribute(named name: String) -> CompositeAttribute? { attributes.first { $0.name == name } }

    public var createSQL: String {
        "CREATE TYPE \(name.sql) AS (\(attributes.map(\.sql).joined(separator: ", ")))"
    }
}

/// One attribute of a composite type. `collation` is set only where it differs from the type's default.
public struct CompositeAttribute: Equatable, Sendable {
    public var name: String
    public var type: TypeReference
    public var collation: QualifiedName?

    public init(name: String, type: TypeReference, collation: QualifiedName? = nil) {
        self.name = name
        self.type = type
        self.collation = collation
    }

    /// `b text COLLATE pg_catalog."C"`.
    public var sql: String {
        "\(Identifier.quote(name)) \(type.sql)" + (collation.map { " COLLATE \($0.sql)" } ?? "")
    }
}
