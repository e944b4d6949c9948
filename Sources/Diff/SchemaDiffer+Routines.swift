import SchemaModel

extension SchemaDiffer {
    /// Functions by name and argument types (a changed argument list is another function: one is
    /// dropped, the other created); triggers by table and name (a change in when one fires only is
    /// made in place, see `Planner.replaceTrigger`).
    func diffRoutines(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        let functions = KeyedDiff(current: current.functions, desired: desired.functions)
        var changes: [SchemaChange] = functions.added.map { .createFunction($0) } + functions.removed.map { .dropFunction($0) }
        for (old, new) in functions.common where old != new { changes.append(.replaceFunction(from: old, to: new)) }
        // Triggers on views go with their views (see diffViews).
        let onView = { (identity: TriggerIdentity) in current.views[identity.table] != nil || desired.views[identity.table] != nil }
        let triggers = KeyedDiff(current: current.triggers, desired: desired.triggers) { identity, _ in !onView(identity) }
        changes += triggers.added.map { .createTrigger($0) }
        // A trigger on a dropped table goes with the table.
        changes += triggers.removed.filter { desired.tables[$0.identity.table] != nil }.map { .dropTrigger($0) }
        for (old, new) in triggers.common where old != new { changes.append(.replaceTrigger(from: old, to: new)) }
        return changes
    }
}
