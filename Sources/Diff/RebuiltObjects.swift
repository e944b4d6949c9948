import SchemaModel

/// Objects a plan drops and creates again under the same name: recreated views, functions PostgreSQL
/// cannot replace in place, replaced triggers and policies. Their comments and grants go with the old object, so the
/// planner writes them again with the new one (see `Planner.reapplied`), and the differ does not list
/// them as changes of their own (they would run before the object exists again).
public struct RebuiltObjects {
    public var relations: Set<QualifiedName> = []
    public var routines: Set<FunctionIdentity> = []
    public var triggers: Set<TriggerIdentity> = []
    public var policies: Set<PolicyIdentity> = []

    public init(_ changes: [SchemaChange]) {
        for change in changes {
            switch change {
            case .recreateViews(let old, _): relations.formUnion(old.map(\.name))
            case .replaceFunction(let old, let new) where !old.isReplaceable(by: new): routines.insert(old.identity)
            case .replaceTrigger(let old, _): triggers.insert(old.identity)
            case .replacePolicy(let old, _): policies.insert(old.identity)
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
        case .trigger(let identity): return triggers.contains(identity)
        case .policy(let identity): return policies.contains(identity)
        default: return false
        }
    }

    func contains(_ target: PrivilegeTarget) -> Bool {
        switch target {
        case .relation(let name), .column(let name, _): return relations.contains(name)
        case .routine(let identity): return routines.contains(identity)
        default: return false
        }
    }
}
