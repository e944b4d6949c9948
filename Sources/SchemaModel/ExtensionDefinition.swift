/// An installed extension. Schema and version are compared only when the schema files name them:
/// `CREATE EXTENSION citext;` is satisfied by any version in any schema.
public struct ExtensionDefinition: Equatable, Sendable {
    public var name: String
    public var schema: String?
    public var version: String?

    public init(name: String, schema: String? = nil, version: String? = nil) {
        self.name = name
        self.schema = schema
        self.version = version
    }

    /// Whether an installed extension (`self`, with everything known) satisfies a declaration.
    public func satisfies(_ declared: ExtensionDefinition) -> Bool {
        name == declared.name && (declared.schema == nil || declared.schema == schema)
            && (declared.version == nil || declared.version == version)
    }

    /// Extensions every database has; never created or dropped by a plan.
    public static let builtin: Set<String> = ["plpgsql"]
}
