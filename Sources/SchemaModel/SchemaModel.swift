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
    public var operators: [OperatorIdentity: Operator] = [:]
    public var triggers: [TriggerIdentity: Trigger] = [:]
    public var views: [QualifiedName: View] = [:]
    public var comments: [CommentTarget: String] = [:]
    public var collations: [QualifiedName: Collation] = [:]
    public var composites: [QualifiedName: CompositeType] = [:]
    public var ranges: [QualifiedName: RangeType] = [:]
    public var aggregates: [FunctionIdentity: Aggregate] = [:]
    public var textSearchConfigurations: [QualifiedName: TextSearchConfiguration] = [:]
    /// Grants that differ from PostgreSQL's defaults (see SchemaModel+Privileges).
    public var privileges: [PrivilegeTarget: [PrivilegeGrant]] = [:]
    /// Tables with row-level security enabled or forced, and their policies (see RowSecurity).
    public var rowSecurity: [QualifiedName: RowSecurity] = [:]
    public var policies: [PolicyIdentity: Policy] = [:]
    /// `ALTER DEFAULT PRIVILEGES` entries that differ from PostgreSQL's defaults (see DefaultPrivileges).
    public var defaultPrivileges: [DefaultPrivilegeKey: [PrivilegeGrant]] = [:]
    /// The role introspection connected as (not compared; see DefaultPrivileges).
    public var connectedRole: ConnectedRole = nil

    public init() {}

    /// The comment PostgreSQL gives the public schema.
    public static let publicSchemaComment = "standard public schema"

    /// Schemas every database has; never created or dropped by a plan.
    public static let builtinSchemas: Set<String> = ["public"]

    /// What a new, empty database holds: the public schema with its standard comment. Both the
    /// schema files and `pull` start from it.
    public static var emptyDatabase: SchemaModel {
        var model = SchemaModel()
        model.schemas["public"] = NamedSchema(name: "public")
        model.comments[.schema("public")] = publicSchemaComment
        return model
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
    /// `-- monolayer: renamed from OLD` above `CREATE SCHEMA` (not compared, see RenameIntent).
    public var renamedFrom: RenameIntent<String> = nil
    public init(name: String) { self.name = name }
}
