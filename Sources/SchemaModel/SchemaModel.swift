/// The whole schema of a database as monolayer models it: plain sorted data, built by both front ends
/// (schema files and introspection) and compared by the differ.
public struct SchemaModel: Equatable, Sendable {
    public var schemas: [String: NamedSchema] = [:]
    public var extensions: [String: ExtensionDefinition] = [:]
    public var enums: [QualifiedName: EnumType] = [:]
    public var domains: [QualifiedName: DomainType] = [:]
    public var sequences: [QualifiedName: SequenceDefinition] = [:]
    public var tables: [QualifiedName: Table] = [:]
    public var indexes: [QualifiedName: Index] = [:]
    public var functions: [FunctionIdentity: Function] = [:]
    public var triggers: [TriggerIdentity: Trigger] = [:]
    public var views: [QualifiedName: View] = [:]
    public var comments: [CommentTarget: String] = [:]

    public init() {}

    /// The comment PostgreSQL gives the public schema.
    public static let publicSchemaComment = "standard public schema"

    /// Schemas every database has; never created or dropped by a plan.
    public static let builtinSchemas: Set<String> = ["public"]

    /// Schemas that are never the user's: system catalogs and monolayer's own tracking.
    public static let excludedSchemas: Set<String> = ["pg_catalog", "information_schema", "pg_toast", "monolayer"]

    public var isEmpty: Bool {
        schemas.keys.allSatisfy { SchemaModel.builtinSchemas.contains($0) } && extensions.isEmpty && enums.isEmpty && domains.isEmpty && sequences.isEmpty && tables.isEmpty
            && indexes.isEmpty && functions.isEmpty && triggers.isEmpty && views.isEmpty
            && comments.allSatisfy { $0.key == .schema("public") && $0.value == SchemaModel.publicSchemaComment }
    }

    /// The triggers of one table, sorted by name.
    public func triggers(on table: QualifiedName) -> [Trigger] {
        triggers.values.filter { $0.identity.table == table }.sorted { $0.identity < $1.identity }
    }

    /// The indexes of one table, sorted by name.
    public func indexes(on table: QualifiedName) -> [Index] {
        indexes.values.filter { $0.table == table }.sorted { $0.name < $1.name }
    }
}

/// A schema (namespace).
public struct NamedSchema: Equatable, Sendable {
    public var name: String
    public init(name: String) { self.name = name }
}
