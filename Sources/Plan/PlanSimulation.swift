import SchemaModel

/// A statement of a plan that needs an object which, at that point of the plan, does not exist: never
/// the user's input, always a planner defect. The plan is refused, naming both statements.
public struct PlanDefect: Equatable, Sendable, CustomStringConvertible {
    public var statement: String
    public var phase: Phase
    public var missing: ObjectID
    /// The earlier statement that dropped the object, when one did.
    public var droppedBy: String?

    public var description: String {
        let first = { (sql: String) in sql.split(separator: "\n").first.map(String.init) ?? sql }
        var text = "planner defect: in the \(phase.rawValue) phase, `\(first(statement))` needs \(missing), which "
        if let droppedBy {
            text += "an earlier statement drops: `\(first(droppedBy))`"
        } else {
            text += "does not exist yet at that point of the plan"
        }
        return text
    }
}

/// Runs a plan over the set of objects that exist, statement by statement in the order the runner
/// applies them (phase by phase), and reports every statement that needs an object which is not there:
/// one dropped by an earlier statement, or created only later (in a later phase, say).
struct PlanSimulation {
    let current: ObjectDependencies
    let desired: ObjectDependencies
    let graph: StatementGraph

    func defects(_ statements: [PlannedStatement]) -> [PlanDefect] {
        var existing = currentObjects()
        // The planner's current model is the one after the renames the files ask for: the objects exist
        // under their old names until the rename statements run (undone here last one first).
        for statement in statements.reversed() {
            guard case .rename(let old, let new) = statement.action, existing.contains(new), !existing.contains(old) else { continue }
            existing.rename(new) { moved($0, from: new, to: old) }
        }
        var droppedBy: [ObjectID: String] = [:]
        var defects: [PlanDefect] = []
        for statement in statements {
            let effects = graph.effects(of: statement)
            var needed = effects.requires.union(effects.usesCurrent)
            if case .drop(let id) = statement.action { needed.insert(id) }
            if case .rename(let old, _) = statement.action { needed.insert(old) }
            for id in needed.sorted() where !existing.contains(id) {
                defects.append(PlanDefect(statement: statement.sql, phase: statement.phase, missing: id, droppedBy: droppedBy[id]))
            }
            if case .rename(let old, let new) = statement.action {
                existing.rename(old) { moved($0, from: old, to: new) }
                continue
            }
            for id in effects.drops {
                // Only relations and schemas hold other objects; anything else goes alone.
                let gone: [ObjectID]
                switch id {
                case .relation, .schema: gone = existing.removeWithMembers(id)
                default: gone = existing.remove(id) ? [id] : []
                }
                for object in gone { droppedBy[object] = statement.sql }
            }
            existing.insert(contentsOf: effects.creates)
        }
        return defects
    }

    /// The objects that exist before the plan runs: the current model's, and the built-in schemas.
    func currentObjects() -> ExistingObjects {
        let builtins = Set(SchemaModel.builtinSchemas.map { ObjectID.schema($0) })
        let current = current
        return ExistingObjects(inBase: { current.contains($0) || builtins.contains($0) }, baseMembers: currentMembers(of:), holder: holder(of:))
    }

    /// The objects of the current model that `owner` holds (see `holder(of:)`): a relation's directly; a
    /// schema's through any chain of holders, also one through a relation the model lacks (a policy on a
    /// table an extension owns).
    func currentMembers(of owner: ObjectID) -> [ObjectID] {
        switch owner {
        case .relation(let name):
            if let table = current.model.tables[name] {
                // Its columns and constraints; its identity sequences belong to the schema.
                return ObjectDependencies.parts(of: table).filter { $0.owner == owner } + current.attachments(of: name)
            }
            // A sequence holds nothing; anything else (a view, a relation the model lacks) may have attachments.
            let isSequence = current.model.views[name] == nil && current.contains(owner)
            return isSequence ? [] : current.attachments(of: name)
        case .schema:
            var members: [ObjectID] = []
            current.forEachObject { object in
                var next = holder(of: object)
                while let parent = next, parent != owner { next = holder(of: parent) }
                if next == owner { members.append(object) }
            }
            return members
        default:
            return []
        }
    }

    /// The object `object` belongs to and goes away with: its owner (a column's table, a table's schema),
    /// except that an index goes with its table.
    func holder(of object: ObjectID) -> ObjectID? {
        if case .index(let name) = object, let table = (current.model.indexes[name] ?? desired.model.indexes[name])?.table {
            return .relation(table)
        }
        return object.owner
    }

    /// `object` as it is named once `from` is renamed to `to` (its parts move with a relation or schema).
    private func moved(_ object: ObjectID, from: ObjectID, to: ObjectID) -> ObjectID {
        if object == from { return to }
        if case .relation(let old) = from, case .relation(let new) = to { return object.renamed(relation: old, to: new) }
        return object
    }
}
