import SchemaModel

/// A model's comments, grants and triggers grouped by the relation or type they are written again with when
/// the plan creates it again (a recreated view or type, or one a down section restores). Searching all of them
/// for each such object made recreating thousands of views quadratic.
struct AttachedObjects {
    /// What a comment or grant belongs to.
    enum Owner: Hashable {
        case relation(QualifiedName)
        case type(QualifiedName)
    }

    private var comments: [Owner: [CommentTarget]] = [:]
    private var privileges: [Owner: [PrivilegeTarget]] = [:]
    private var triggers: [QualifiedName: [Trigger]] = [:]

    init(_ model: SchemaModel) {
        for target in model.comments.keys {
            if let owner = Self.owner(of: target, in: model) { comments[owner, default: []].append(target) }
        }
        for target in model.privileges.keys {
            if let owner = Self.owner(of: target) { privileges[owner, default: []].append(target) }
        }
        for trigger in model.triggers.values { triggers[trigger.identity.table, default: []].append(trigger) }
        for key in comments.keys { comments[key]?.sort() }
        for key in privileges.keys { privileges[key]?.sort() }
        for key in triggers.keys { triggers[key]?.sort { $0.identity < $1.identity } }
    }

    /// The relation or type a comment is written again with; nil for comments on other objects (a
    /// function's, trigger's or policy's is its own, looked up by its target).
    static func owner(of target: CommentTarget, in model: SchemaModel) -> Owner? {
        switch target {
        case .table(let name), .view(let name), .materializedView(let name), .column(let name, _): return .relation(name)
        case .index(let index): return model.indexes[index].map { .relation($0.table) }
        case .type(let name), .domainConstraint(let name, _): return .type(name)
        default: return nil
        }
    }

    /// The relation or type a grant is written again with.
    static func owner(of target: PrivilegeTarget) -> Owner? {
        switch target {
        case .relation(let name), .column(let name, _): return .relation(name)
        case .type(let name): return .type(name)
        default: return nil
        }
    }

    /// The comments that belong to `owner`, sorted.
    func comments(of owner: Owner) -> [CommentTarget] { comments[owner] ?? [] }
    /// The grants that belong to `owner`, sorted.
    func privileges(of owner: Owner) -> [PrivilegeTarget] { privileges[owner] ?? [] }
    /// The relation's triggers, sorted by identity (as `SchemaModel.triggers(on:)`).
    func triggers(on relation: QualifiedName) -> [Trigger] { triggers[relation] ?? [] }
}

/// Each model's `AttachedObjects`, built when first asked for: most plans recreate nothing.
final class AttachedObjectsCache {
    private let current: SchemaModel
    private let desired: SchemaModel
    private var built: [PlanSide: AttachedObjects] = [:]

    init(current: SchemaModel, desired: SchemaModel) {
        self.current = current
        self.desired = desired
    }

    func objects(of side: PlanSide) -> AttachedObjects {
        if let known = built[side] { return known }
        let objects = AttachedObjects(side == .current ? current : desired)
        built[side] = objects
        return objects
    }
}

/// Which of the planner's two models an object is created from.
enum PlanSide {
    case current, desired
}
