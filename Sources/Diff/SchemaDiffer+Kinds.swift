import SchemaModel

/// Collations, composite and range types, aggregates and text search configurations.
extension SchemaDiffer {
    func diffKinds(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let collations = KeyedDiff(current: current.collations, desired: desired.collations)
        changes += collations.added.map { .createCollation($0) } + collations.removed.map { .dropCollation($0) }
        changes += collations.common.filter { $0.from != $0.to }.map { .replaceCollation(from: $0.from, to: $0.to) }

        let composites = KeyedDiff(current: current.composites, desired: desired.composites)
        if !composites.added.isEmpty { changes.append(.createComposites(Self.dependencyOrder(composites.added))) }
        if !composites.removed.isEmpty { changes.append(.dropComposites(Self.dependencyOrder(composites.removed).reversed())) }
        changes += composites.common.filter { $0.from != $0.to }.map { .alterComposite(from: $0.from, to: $0.to) }

        let ranges = KeyedDiff(current: current.ranges, desired: desired.ranges)
        changes += ranges.added.map { .createRange($0) } + ranges.removed.map { .dropRange($0) }
        changes += ranges.common.filter { $0.from != $0.to }.map { .replaceRange(from: $0.from, to: $0.to) }

        let aggregates = KeyedDiff(current: current.aggregates, desired: desired.aggregates)
        changes += aggregates.added.map { .createAggregate($0) } + aggregates.removed.map { .dropAggregate($0) }
        changes += aggregates.common.filter { $0.from != $0.to }.map { .replaceAggregate(from: $0.from, to: $0.to) }

        let configurations = KeyedDiff(current: current.textSearchConfigurations, desired: desired.textSearchConfigurations)
        changes += configurations.added.map { .createTextSearchConfiguration($0) }
        changes += configurations.removed.map { .dropTextSearchConfiguration($0) }
        changes += configurations.common.filter { $0.from != $0.to }.map { .alterTextSearchConfiguration(from: $0.from, to: $0.to) }
        return changes
    }

    /// Composite types whose attributes use other composite types come after them.
    static func dependencyOrder(_ types: [CompositeType]) -> [CompositeType] {
        let byName = Dictionary(uniqueKeysWithValues: types.map { ($0.name, $0) })
        var ordered: [CompositeType] = []
        var placed: Set<QualifiedName> = []
        func place(_ type: CompositeType, _ visiting: Set<QualifiedName>) {
            guard !placed.contains(type.name), !visiting.contains(type.name) else { return }
            for attribute in type.attributes {
                if let used = attribute.type.userType, let dependency = byName[used] { place(dependency, visiting.union([type.name])) }
            }
            placed.insert(type.name)
            ordered.append(type)
        }
        for type in types { place(type, []) }
        return ordered
    }
}
