/// The whole schema of a database as monolayer models it: plain sorted data, built by both front ends
/// (schema files and introspection) and compared by the differ.
public struct SchemaModel: Equatable, Sendable {
    public var schemas: ObjectMap<String, NamedSchema> = [:]
    public var extensions: ObjectMap<String, ExtensionDefinition> = [:]
    public var enums: ObjectMap<QualifiedName, EnumType> = [:]
    public var domains: ObjectMap<QualifiedName, DomainType> = [:]
    public var sequences: ObjectMap<QualifiedName, SequenceDefinition> = [:]
    public var tables: ObjectMap<QualifiedName, Table> = [:]
    public var indexes: ObjectMap<QualifiedName, Index> = [:]
    public var functions: ObjectMap<FunctionIdentity, Function> = [:]
    public var operators: ObjectMap<OperatorIdentity, Operator> = [:]
    public var triggers: ObjectMap<TriggerIdentity, Trigger> = [:]
    public var views: ObjectMap<QualifiedName, View> = [:]
    public var comments: ObjectMap<CommentTarget, String> = [:]
    public var collations: ObjectMap<QualifiedName, Collation> = [:]
    public var composites: ObjectMap<QualifiedName, CompositeType> = [:]
    public var ranges: ObjectMap<QualifiedName, RangeType> = [:]
    public var aggregates: ObjectMap<FunctionIdentity, Aggregate> = [:]
    public var textSearchConfigurations: ObjectMap<QualifiedName, TextSearchConfiguration> = [:]
    /// Grants that differ from PostgreSQL's defaults (see SchemaModel+Privileges).
    public var privileges: ObjectMap<PrivilegeTarget, [PrivilegeGrant]> = [:]
    /// Tables with row-level security enabled or forced, and their policies (see RowSecurity).
    public var rowSecurity: ObjectMap<QualifiedName, RowSecurity> = [:]
    public var policies: ObjectMap<PolicyIdentity, Policy> = [:]
    /// `ALTER DEFAULT PRIVILEGES` entries that differ from PostgreSQL's defaults (see DefaultPrivileges).
    public var defaultPrivileges: ObjectMap<DefaultPrivilegeKey, [PrivilegeGrant]> = [:]
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
