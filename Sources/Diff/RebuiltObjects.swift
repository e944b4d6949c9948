import SchemaModel

/// Objects a plan drops and creates again under the same name: recreated views (with their triggers),
/// functions PostgreSQL cannot replace in place, replaced triggers and policies. Their comments and grants go with the old object, so the
/// planner writes them again with the new one (see `Planner.reapplied`), and the differ does not list
/// them as changes of their own (they would run before the object exists again).
public struct RebuiltObjects {
    public var relations: Set<QualifiedName> = []
    public var routines: Set<FunctionIdentity> = []
    public var triggers: Set<TriggerIdentity> = []
    public var policies: Set<PolicyIdentity> = []
    /// Enums replaced, domains whose base type changes.
    public var types: Set<QualifiedName> = []
    /// Domain checks dropped and added again under the same name (before comments are set, in alter):
    /// their comments are set again as if new.
    public var domainChecks: Set<CommentTarget> = []

    public init(_ changes: [SchemaChange]) {
        for change in changes {
            switch change {
            case .recreateViews(let old, _): relations.formUnion(old.map(\.name))
            case .replaceFunction(let old, let new) where !old.isReplaceable(by: new): routines.insert(old.identity)
            case .replaceTrigger(let old, let new) where !new.differsOnlyInFiring(from: old): triggers.insert(old.identity)
            case .replacePolicy(let old, _): policies.insert(old.identity)
            case .replaceEnum(let old, _): types.insert(old.name)
            case .alterDomain(let old, let new) where old.baseType != new.baseType: types.insert(old.name)
            case .alterDomain(let old, let new):
                for (name, check) in old.checks where new.checks[name] != nil && new.checks[name] != check {
                    domainChecks.insert(.domainConstraint(domain: old.name, name: name))
                }
            default: break
            }
        }
    }

    func covers(_ change: SchemaChange) -> Bool {
        if case .setComment(let target, _, _) = change { return contains(target) }
        return false
    }

    func contains(_ target: CommentTarget) -> Bool {
        switch target {
        case .view(let name), .materializedView(let name), .column(let name, _): return relations.contains(name)
        case .routine(let identity): return routines.contains(identity)
        case .trigger(let identity): return triggers.contains(identity) || relations.contains(identity.table)
        case .policy(let identity): return policies.contains(identity)
        case .type(let name): return types.contains(name)
        case .domainConstraint(let domain, _): return types.contains(domain) || domainChecks.contains(target)
        default: return false
        }
    }

    func contains(_ target: PrivilegeTarget) -> Bool {
        switch target {
        case .relation(let name), .column(let name, _): return relations.contains(name)
        case .routine(let identity): return routines.contains(identity)
        case .type(let name): return types.contains(name)
        default: return false
        }
    }

    /// Comments of replaced domain checks, set again on the new constraint.
    func renewedComments(in desired: SchemaModel) -> [SchemaChange] {
        domainChecks.sorted().compactMap { target in desired.comments[target].map { .setComment(target, from: nil, to: $0) } }
    }
}
