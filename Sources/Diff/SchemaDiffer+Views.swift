import SchemaModel

extension SchemaDiffer {
    /// Views by name. A changed view is replaced in place when PostgreSQL allows it (see
    /// `View.isReplaceable`), else dropped and created again together with every view that reads it
    /// (PostgreSQL refuses to drop a view others read), and so are views over tables whose column
    /// types change (PostgreSQL refuses to change a column type a view uses). Indexes on materialized
    /// views are diffed here: a recreated materialized view gets its indexes with it.
    func diffViews(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        let views = KeyedDiff(current: current.views, desired: desired.views)
        var changes: [SchemaChange] = []
        var recreate: Set<QualifiedName> = []
        var replaced: [View] = []
        for (old, new) in views.common where old != new {
            if old.isReplaceable(by: new) { replaced.append(new) } else { recreate.insert(old.name) }
        }
        // What PostgreSQL refuses to change under a view: a column's type (also when its enum or domain is
        // rebuilt), and a function that is dropped and created again (new parameters or result type).
        let rebuiltTypes = Self.rebuiltTypes(current: current, desired: desired)
        let rebuiltFunctions = Set(current.functions.values.filter { old in
            desired.functions[old.identity].map { !old.isReplaceable(by: $0) } ?? false
        }.map(\.identity.name))
        for (name, view) in current.views where desired.views[name] != nil {
            let retyped = view.dependencies.contains { table in
                guard let old = current.tables[table], let new = desired.tables[table] else { return false }
                return old.columns.contains { column in
                    guard let kept = new.column(named: column.name) else { return false }
                    return kept.type != column.type || column.type.userType.map(rebuiltTypes.contains) == true
                }
            }
            if retyped || !view.calledFunctions.isDisjoint(with: rebuiltFunctions) { recreate.insert(name) }
        }
        // Every view that reads a recreated view (directly or not) is recreated too.
        var grew = true
        while grew {
            grew = false
            for (name, view) in current.views where desired.views[name] != nil && !recreate.contains(name)
                && !view.dependencies.isDisjoint(with: recreate) {
                recreate.insert(name)
                grew = true
            }
        }
        replaced.removeAll { recreate.contains($0.name) }
        let added = Self.dependencyOrder(views.added, within: desired)
        if !added.isEmpty { changes.append(.createViews(added)) }
        let dropped = Self.dependencyOrder(views.removed, within: current)
        if !dropped.isEmpty { changes.append(.dropViews(dropped.reversed())) }
        for new in Self.dependencyOrder(replaced, within: desired) {
            changes.append(.replaceView(from: current.views[new.name]!, to: new))
        }
        if !recreate.isEmpty {
            changes.append(.recreateViews(
                from: Self.dependencyOrder(recreate.compactMap { current.views[$0] }, within: current).reversed(),
                to: Self.dependencyOrder(recreate.compactMap { desired.views[$0] }, within: desired)))
        }
        // Indexes of materialized views that stay.
        let kept = Set(views.common.map(\.to.name)).subtracting(recreate)
        changes += diffViewTriggers(current: current, desired: desired, kept: kept, created: recreate.union(views.added.map(\.name)))
        let indexes = KeyedDiff(current: current.indexes, desired: desired.indexes) { kept.contains($1.table) }
        changes += indexes.added.map { .createIndex($0, tableIsNew: false) }
        changes += indexes.removed.map { .dropIndex($0) }
        for (old, new) in indexes.common where old != new {
            changes.append(old.table == new.table ? .replaceIndex(from: old, to: new) : .dropIndex(old))
        }
        return changes
    }

    /// Triggers on views (`INSTEAD OF`): compared on views that stay; a view created, or dropped and
    /// created again, gets all of its triggers after it; a dropped view takes its triggers with it.
    private func diffViewTriggers(current: SchemaModel, desired: SchemaModel, kept: Set<QualifiedName>,
                                  created: Set<QualifiedName>) -> [SchemaChange] {
        let triggers = KeyedDiff(current: current.triggers, desired: desired.triggers) { identity, _ in kept.contains(identity.table) }
        var changes: [SchemaChange] = triggers.added.map { .createTrigger($0) } + triggers.removed.map { .dropTrigger($0) }
        for (old, new) in triggers.common where old != new { changes.append(.replaceTrigger(from: old, to: new)) }
        let recreated = desired.triggers.values.filter { created.contains($0.identity.table) && desired.views[$0.identity.table] != nil }
        changes += recreated.sorted { $0.identity < $1.identity }.map { .createTrigger($0) }
        return changes
    }

    /// Enums whose labels cannot change in place and domains whose base type changes: both are rebuilt,
    /// and the columns that use them converted.
    static func rebuiltTypes(current: SchemaModel, desired: SchemaModel) -> Set<QualifiedName> {
        var types: Set<QualifiedName> = []
        for (name, old) in current.enums {
            if let new = desired.enums[name], !old.onlyGainsLabels(in: new) { types.insert(name) }
        }
        for (name, old) in current.domains where desired.domains[name].map({ $0.baseType != old.baseType }) == true {
            types.insert(name)
        }
        return types
    }

    /// Whether an index is on a view (materialized) of either model: such indexes are diffed with views.
    static func isOnView(_ index: Index, _ current: SchemaModel, _ desired: SchemaModel) -> Bool {
        current.views[index.table] != nil || desired.views[index.table] != nil
    }

    /// Views ordered so that each comes after the views of the same list it reads; ties by name.
    static func dependencyOrder(_ views: [View], within model: SchemaModel) -> [View] {
        let names = Set(views.map(\.name))
        var ordered: [View] = []
        var placed: Set<QualifiedName> = []
        var remaining = views.sorted { $0.name < $1.name }
        while !remaining.isEmpty {
            let ready = remaining.filter { $0.dependencies.intersection(names).isSubset(of: placed) }
            // A cycle cannot load into PostgreSQL; keep the rest in name order rather than loop.
            let next = ready.isEmpty ? remaining : ready
            ordered += next
            placed.formUnion(next.map(\.name))
            remaining.removeAll { placed.contains($0.name) }
        }
        return ordered
    }
}
