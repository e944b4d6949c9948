import Dispatch
import SchemaModel

/// Compares two models and lists the changes that turn `current` into `desired`, object kind by kind.
public struct SchemaDiffer: Sendable {
    public init() {}

    /// Renames first (from the desired model's hints), then every other difference, compared with
    /// the current model as it is once the renames have run.
    public func diff(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        let desired = current.resolvingCurrentRole(of: desired)
        return diff(resolveRenames(current: current, desired: desired), desired: desired)
    }

    /// The renames the desired model's hints ask for against `current`, `current` with them applied,
    /// and the hints that cannot be followed (callers report those as input errors before planning;
    /// such a hint is otherwise ignored).
    public func resolveRenames(current: SchemaModel, desired: SchemaModel) -> RenameResolution {
        var resolver = RenameResolver(current: current, desired: desired)
        return resolver.resolve()
    }

    public func diff(_ resolution: RenameResolution, desired: SchemaModel) -> [SchemaChange] {
        resolution.renames.map { .rename($0) } + diffObjects(current: resolution.current, desired: resolution.current.resolvingCurrentRole(of: desired))
    }

    private func diffObjects(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        // Two independent halves of about equal cost, on two threads: the diff is the part of a plan that
        // runs after both models are read, with nothing else left to keep the other core busy.
        // Concatenated in a fixed order, so the result is the same as from one thread.
        let (containersAndTables, tableDependents) = Self.inParallel(
            { diffContainersAndTables(current: current, desired: desired) },
            { diffTableDependents(current: current, desired: desired) })
        var changes = containersAndTables + tableDependents
        let rebuilt = RebuiltObjects(changes)
        changes += diffComments(current: current, desired: desired).filter { !rebuilt.covers($0) } + rebuilt.renewedComments(in: desired)
        changes += diffPrivileges(current: current, desired: desired, rebuilt: rebuilt)
        return reconcileHierarchy(changes, current: current, desired: desired)
    }

    /// Schemas, extensions, types, sequences and tables with their columns and constraints.
    private func diffContainersAndTables(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let schemas = KeyedDiff(current: current.schemas, desired: desired.schemas)
        changes += schemas.added.map { .createSchema($0.name) }
        changes += schemas.removed.filter { !SchemaModel.builtinSchemas.contains($0.name) }.map { .dropSchema($0.name) }
        changes += diffExtensions(current: current, desired: desired)
        changes += diffEnums(current: current, desired: desired)
        changes += KeyedDiff(current: current.domains, desired: desired.domains)
            .changes(create: { .createDomain($0) }, drop: { .dropDomain($0) }, change: { .alterDomain(from: $0, to: $1) })
        changes += diffKinds(current: current, desired: desired)
        changes += diffSequences(current: current, desired: desired)
        let tables = KeyedDiff(current: current.tables, desired: desired.tables)
        changes += tables.added.map { .createTable($0) }
        changes += tables.removed.map { .dropTable($0) }
        for (old, new) in tables.common { changes += TableDiffer().diff(old, new) }
        return changes
    }

    /// Indexes, replica identities, routines and triggers, operators, views and row security.
    private func diffTableDependents(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        var changes = diffIndexes(current: current, desired: desired)
        changes += diffReplicaIdentities(current: current, desired: desired)
        changes += diffRoutines(current: current, desired: desired)
        changes += KeyedDiff(current: current.operators, desired: desired.operators)
            .changes(create: { .createOperator($0) }, drop: { .dropOperator($0) }, change: { .replaceOperator(from: $0, to: $1) })
        changes += diffViews(current: current, desired: desired)
        changes += diffRowSecurity(current: current, desired: desired)
        return changes
    }

    private static func inParallel(_ first: @Sendable () -> [SchemaChange], _ second: @Sendable () -> [SchemaChange]) -> ([SchemaChange], [SchemaChange]) {
        let results = ParallelResults()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            let value = part == 0 ? first() : second()
            results.set(part, value)
        }
        return (results.values[0], results.values[1])
    }

    private func diffExtensions(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        let extensions = KeyedDiff(current: current.extensions, desired: desired.extensions)
        var changes: [SchemaChange] = extensions.added.map { .createExtension($0) } + extensions.removed.map { .dropExtension($0) }
        for (installed, declared) in extensions.common where !installed.satisfies(declared) {
            changes.append(.alterExtension(from: installed, to: declared))
        }
        return changes
    }

    /// Comments on objects that go away go with them; everything else is set, changed or removed.
    private func diffComments(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        // Only the changed targets are sorted: a target's order is its SQL, made again at each comparison.
        let changed = Set(current.comments.keys).union(desired.comments.keys).filter { target in
            let new = desired.comments[target]
            guard current.comments[target] != new else { return false }
            if new == nil, !desired.contains(target) { return false }
            // An extension comes with its own comment; it is the user's only when the schema files set one.
            if case .extension = target, new == nil { return false }
            return true
        }
        return changed.sorted().map { .setComment($0, from: current.comments[$0], to: desired.comments[$0]) }
    }

    private func diffEnums(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        let enums = KeyedDiff(current: current.enums, desired: desired.enums)
        var changes: [SchemaChange] = enums.added.map { .createEnum($0) } + enums.removed.map { .dropEnum($0) }
        for (old, new) in enums.common where old != new {
            // Values can be added anywhere in place; anything else needs the type replaced.
            changes.append(old.onlyGainsLabels(in: new) ? .addEnumValues(new, from: old) : .replaceEnum(from: old, to: new))
        }
        return changes
    }

    private func diffSequences(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        let sequences = KeyedDiff(current: current.sequences, desired: desired.sequences)
        var changes: [SchemaChange] = []
        for sequence in sequences.added {
            changes.append(.createSequence(sequence))
            if sequence.ownedBy != nil { changes.append(.setSequenceOwner(sequence)) }
        }
        for sequence in sequences.removed {
            // A sequence owned by a dropped table or column goes with it.
            let ownerDropped = sequence.ownedBy.map { owner in
                desired.tables[owner.table]?.column(named: owner.column) == nil
            } ?? false
            changes.append(.dropSequence(sequence, ownerDropped: ownerDropped))
        }
        for (old, new) in sequences.common where old != new {
            if !old.sameOptions(as: new) { changes.append(.alterSequence(from: old, to: new)) }
            if old.ownedBy != new.ownedBy { changes.append(.setSequenceOwner(new)) }
        }
        return changes
    }

    private func diffIndexes(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        let indexes = KeyedDiff(current: current.indexes, desired: desired.indexes) { !Self.isOnView($1, current, desired) }
        var changes: [SchemaChange] = indexes.added.map { .createIndex($0, tableIsNew: current.tables[$0.table] == nil) }
        // An index whose table is dropped goes with it.
        changes += indexes.removed.filter { desired.tables[$0.table] != nil }.map { .dropIndex($0) }
        for (old, new) in indexes.common where old != new {
            if old.sameDefinition(as: new) { changes.append(.alterIndexSettings(from: old, to: new)); continue }
            if old.table == new.table {
                changes.append(.replaceIndex(from: old, to: new))
                continue
            }
            // On another table under the same name: the old one goes first (with its table, if that goes).
            if desired.tables[old.table] != nil { changes.append(.dropIndex(old)) }
            changes.append(.createIndex(new, tableIsNew: current.tables[new.table] == nil))
        }
        return changes
    }
}
