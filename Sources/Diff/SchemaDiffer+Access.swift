import SchemaModel

extension SchemaDiffer {
    /// Grants, effective (defaults included), on objects that exist in the desired model and are not
    /// rebuilt (the planner writes those with the object). Grants of dropped objects go with them.
    func diffPrivileges(current: SchemaModel, desired: SchemaModel, rebuilt: RebuiltObjects) -> [SchemaChange] {
        var changed: [(target: PrivilegeTarget, change: SchemaChange)] = []
        let targets = Set(current.privileges.keys).union(desired.privileges.keys)
        // Whether a sequence exists is read from every column of every table: gathered once, when needed.
        let onSequences = targets.contains { if case .sequence = $0 { return true } else { return false } }
        let currentSequences = onSequences ? current.sequenceNames : [], desiredSequences = onSequences ? desired.sequenceNames : []
        for target in targets {
            guard desired.contains(target, sequenceNames: desiredSequences), !rebuilt.contains(target) else { continue }
            let isNew = !current.contains(target, sequenceNames: currentSequences)
            let old = isNew ? target.defaultGrants : current.grants(on: target)
            let new = desired.grants(on: target)
            if old != new { changed.append((target, .setPrivileges(target, from: old, to: new, objectIsNew: isNew))) }
        }
        // Only the changed targets are sorted: a target's order is its SQL, made again at each comparison.
        var changes = changed.sorted { $0.target < $1.target }.map(\.change)
        for key in Set(current.defaultPrivileges.keys).union(desired.defaultPrivileges.keys).sorted() {
            let old = current.defaultGrants(for: key)
            let new = desired.defaultGrants(for: key)
            if old != new { changes.append(.setDefaultPrivileges(key, from: old, to: new)) }
        }
        return changes
    }

    /// Row-level security and policies; policies of dropped tables go with them.
    func diffRowSecurity(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        for table in Set(current.rowSecurity.keys).union(desired.rowSecurity.keys).sorted() where desired.tables[table] != nil {
            let old = current.rowSecurity[table] ?? RowSecurity()
            let new = desired.rowSecurity[table] ?? RowSecurity()
            if old != new { changes.append(.setRowSecurity(table: table, from: old, to: new, tableIsNew: current.tables[table] == nil)) }
        }
        let policies = KeyedDiff(current: current.policies, desired: desired.policies)
        changes += policies.added.map { .createPolicy($0) }
        changes += policies.removed.filter { desired.tables[$0.identity.table] != nil }.map { .dropPolicy($0) }
        for (old, new) in policies.common where old != new {
            changes.append(old.isAlterable(to: new) ? .alterPolicy(from: old, to: new) : .replacePolicy(from: old, to: new))
        }
        return changes
    }
}
