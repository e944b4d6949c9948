import SchemaModel

/// One difference between the current and the desired schema, in the model's terms. The planner
/// decides phases, SQL and warnings; the differ only says what differs.
public enum SchemaChange: Equatable, Sendable {
    /// An object renamed, as a hint in the schema files asks (see RenameResolver).
    case rename(Rename)
    case createSchema(String)
    case dropSchema(String)
    case createExtension(ExtensionDefinition)
    case dropExtension(ExtensionDefinition)
    /// Declared schema or version differs from the installed one.
    case alterExtension(from: ExtensionDefinition, to: ExtensionDefinition)
    /// A comment set, changed or removed (`to` nil) on an object that exists on both sides or is new.
    case setComment(CommentTarget, from: String?, to: String?)
    case createDomain(DomainType)
    case dropDomain(DomainType)
    /// Default, NOT NULL or checks changed; a new base type is a drop and create.
    case alterDomain(from: DomainType, to: DomainType)
    case createEnum(EnumType)
    case dropEnum(EnumType)
    case addEnumValues(EnumType, from: EnumType)
    /// Labels removed or reordered: PostgreSQL cannot do this in place.
    case replaceEnum(from: EnumType, to: EnumType)
    case createSequence(SequenceDefinition)
    case dropSequence(SequenceDefinition, ownerDropped: Bool)
    /// Options changed (type, bounds, increment, cache, cycle).
    case alterSequence(from: SequenceDefinition, to: SequenceDefinition)
    /// `OWNED BY` changed; also planned for a new sequence owned by a column.
    case setSequenceOwner(SequenceDefinition)
    case createTable(Table)
    case dropTable(Table)
    /// `SET LOGGED` / `SET UNLOGGED`.
    case setLogged(table: QualifiedName, unlogged: Bool)
    /// Partitioning, inheritance and storage parameters (SchemaDiffer+Tables.swift).
    case setPartition(table: QualifiedName, from: PartitionBound?, to: PartitionBound?)
    case setInherits(table: QualifiedName, from: [QualifiedName], to: [QualifiedName])
    case setStorageParameters(table: QualifiedName, from: [String: String], to: [String: String])
    /// `REPLICA IDENTITY` differs, or (with `from == to`) the index it names is rebuilt under the same
    /// name: PostgreSQL's mark (pg_index.indisreplident) stays with the old index.
    case setReplicaIdentity(table: QualifiedName, from: ReplicaIdentity, to: ReplicaIdentity, tableIsNew: Bool)
    /// A new partition key: PostgreSQL cannot change it, the table is dropped and created again.
    case rebuildPartitionedTable(from: Table, to: Table)
    /// Only an index's storage parameters or column statistics targets changed.
    case alterIndexSettings(from: Index, to: Index)
    case addColumn(table: QualifiedName, Column)
    case dropColumn(table: QualifiedName, Column)
    case alterColumn(table: QualifiedName, from: Column, to: Column)
    case addConstraint(table: QualifiedName, Constraint, tableIsNew: Bool)
    case dropConstraint(table: QualifiedName, Constraint)
    case validateConstraint(table: QualifiedName, Constraint)
    /// A constraint whose definition changed under the same name.
    case replaceConstraint(table: QualifiedName, from: Constraint, to: Constraint)
    case createIndex(Index, tableIsNew: Bool)
    case dropIndex(Index)
    /// A changed index: built under a temporary name, then swapped in for the old one.
    case replaceIndex(from: Index, to: Index)
    case createFunction(Function)
    /// A changed definition under the same name and argument types.
    case replaceFunction(from: Function, to: Function)
    case dropFunction(Function)
    case createOperator(Operator)
    /// A changed definition: PostgreSQL's ALTER OPERATOR cannot change the function, so drop and create.
    case replaceOperator(from: Operator, to: Operator)
    case dropOperator(Operator)
    case createTrigger(Trigger)
    case replaceTrigger(from: Trigger, to: Trigger)
    case dropTrigger(Trigger)
    /// New views, in dependency order.
    case createViews([View])
    /// Views that go away, dependents first.
    case dropViews([View])
    /// A changed view that `CREATE OR REPLACE VIEW` can turn into the new one.
    case replaceView(from: View, to: View)
    /// Changed views that must be dropped and created again, with the views that read them: `from`
    /// in drop order (dependents first), `to` in creation order.
    case recreateViews(from: [View], to: [View])
    case createCollation(Collation)
    case dropCollation(Collation)
    /// A changed collation: PostgreSQL cannot alter one, so it is dropped and created.
    case replaceCollation(from: Collation, to: Collation)
    /// New composite types, in dependency order.
    case createComposites([CompositeType])
    /// Composite types that go away, dependents first.
    case dropComposites([CompositeType])
    case alterComposite(from: CompositeType, to: CompositeType)
    case createRange(RangeType)
    case dropRange(RangeType)
    /// A changed range type: dropped and created (no ALTER for its definition).
    case replaceRange(from: RangeType, to: RangeType)
    case createAggregate(Aggregate)
    case dropAggregate(Aggregate)
    case replaceAggregate(from: Aggregate, to: Aggregate)
    case createTextSearchConfiguration(TextSearchConfiguration)
    case dropTextSearchConfiguration(TextSearchConfiguration)
    /// Mappings changed (a new parser is a drop and create).
    case alterTextSearchConfiguration(from: TextSearchConfiguration, to: TextSearchConfiguration)
    // Access control (SchemaDiffer+Access).
    /// An object's grants differ: both lists are effective (defaults spelled out, see `SchemaModel.grants(on:)`).
    case setPrivileges(PrivilegeTarget, from: [PrivilegeGrant], to: [PrivilegeGrant], objectIsNew: Bool)
    case setRowSecurity(table: QualifiedName, from: RowSecurity, to: RowSecurity, tableIsNew: Bool)
    case createPolicy(Policy)
    /// Changed roles or expressions: `ALTER POLICY`.
    case alterPolicy(from: Policy, to: Policy)
    /// Changed command or permissiveness, or a removed expression: dropped and created.
    case replacePolicy(from: Policy, to: Policy)
    case dropPolicy(Policy)
    /// An `ALTER DEFAULT PRIVILEGES` entry differs (both lists effective).
    case setDefaultPrivileges(DefaultPrivilegeKey, from: [PrivilegeGrant], to: [PrivilegeGrant])
}
