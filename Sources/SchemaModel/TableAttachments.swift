/// A model's indexes, triggers, policies, comments, grants and owned sequences grouped by the relation
/// they belong to, for work that goes relation by relation: the model's own lookups (`indexes(on:)`)
/// search every object, which made a plan that drops thousands of tables quadratic.
public struct TableAttachments: Sendable {
    private var indexes: [QualifiedName: [Index]] = [:]
    private var triggers: [QualifiedName: [Trigger]] = [:]
    private var policies: [QualifiedName: [Policy]] = [:]
    private var comments: [QualifiedName: [CommentTarget]] = [:]
    private var privileges: [QualifiedName: [PrivilegeTarget]] = [:]
    private var ownedSequences: [QualifiedName: [SequenceDefinition]] = [:]
    /// The relations grouped; nil for all.
    private let relations: Set<QualifiedName>?

    /// Groups the model's objects that belong to `relations` (all relations when nil).
    public init(_ model: SchemaModel, of relations: Set<QualifiedName>? = nil) {
        self.relations = relations
        guard relations?.isEmpty != true else { return }
        let wanted = { (name: QualifiedName) in relations?.contains(name) ?? true }
        for index in model.indexes.values where wanted(index.table) { self.indexes[index.table, default: []].append(index) }
        for trigger in model.triggers.values where wanted(trigger.identity.table) { triggers[trigger.identity.table, default: []].append(trigger) }
        for policy in model.policies.values where wanted(policy.identity.table) { policies[policy.identity.table, default: []].append(policy) }
        for target in model.comments.keys {
            if let relation = Self.relation(of: target, in: model), wanted(relation) { comments[relation, default: []].append(target) }
        }
        for target in model.privileges.keys {
            switch target {
            case .relation(let relation), .column(let relation, _):
                if wanted(relation) { privileges[relation, default: []].append(target) }
            default: break
            }
        }
        for sequence in model.sequences.values {
            if let owner = sequence.ownedBy?.table, wanted(owner) { ownedSequences[owner, default: []].append(sequence) }
        }
        for key in self.indexes.keys { self.indexes[key]?.sort { $0.name < $1.name } }
        for key in triggers.keys { triggers[key]?.sort { $0.identity < $1.identity } }
        for key in policies.keys { policies[key]?.sort { $0.identity < $1.identity } }
        for key in comments.keys { comments[key]?.sort() }
        for key in privileges.keys { privileges[key]?.sort() }
        for key in ownedSequences.keys { ownedSequences[key]?.sort { $0.name < $1.name } }
    }

    /// The relation a comment is on or belongs to: a table's, view's or column's, a constraint's, an
    /// index's, trigger's or policy's table.
    private static func relation(of target: CommentTarget, in model: SchemaModel) -> QualifiedName? {
        switch target {
        case .table(let name), .view(let name), .materializedView(let name), .column(let name, _), .constraint(let name, _): return name
        case .index(let index): return model.indexes[index]?.table
        case .trigger(let identity): return identity.table
        case .policy(let identity): return identity.table
        default: return nil
        }
    }

    /// Whether the relation's objects were grouped: the lookups below read empty for one that was not.
    public func covers(_ relation: QualifiedName) -> Bool { relations?.contains(relation) ?? true }

    /// The relation's indexes, sorted by name.
    public func indexes(on relation: QualifiedName) -> [Index] { indexes[relation] ?? [] }
    /// The relation's triggers, sorted by identity.
    public func triggers(on relation: QualifiedName) -> [Trigger] { triggers[relation] ?? [] }
    /// The table's policies, sorted by identity.
    public func policies(on table: QualifiedName) -> [Policy] { policies[table] ?? [] }
    /// The comments on the relation and what belongs to it (see `relation(of:in:)`), sorted.
    public func comments(on relation: QualifiedName) -> [CommentTarget] { comments[relation] ?? [] }
    /// The grants on the relation and its columns, sorted.
    public func privileges(on relation: QualifiedName) -> [PrivilegeTarget] { privileges[relation] ?? [] }
    /// The sequences the table's columns own (`OWNED BY`), sorted by name.
    public func ownedSequences(of table: QualifiedName) -> [SequenceDefinition] { ownedSequences[table] ?? [] }
}
