import SchemaModel

/// Collations, composite and range types, aggregates and text search configurations.
extension SchemaDiffer {
    func diffKinds(current: SchemaModel, desired: SchemaModel) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        changes += KeyedDiff(current: current.collations, desired: desired.collations)
            .changes(create: { .createCollation($0) }, drop: { .dropCollation($0) }, change: { .replaceCollation(from: $0, to: $1) })

        let composites = KeyedDiff(current: current.composites, desired: desired.composites)
        if !composites.added.isEmpty { changes.append(.createComposites(Self.dependencyOrder(composites.added))) }
        if !composites.removed.isEmpty { changes.append(.dropComposites(Self.dependencyOrder(composites.removed).reversed())) }
        changes += composites.common.filter { $0.from != $0.to }.map { .alterComposite(from: $0.from, to: $0.to) }

        changes += KeyedDiff(current: current.ranges, desired: desired.ranges)
            .changes(create: { .createRange($0) }, drop: { .dropRange($0) }, change: { .replaceRange(from: $0, to: $1) })
        changes += KeyedDiff(current: current.aggregates, desired: desired.aggregates)
            .changes(create: { .createAggregate($0) }, drop: { .dropAggregate($0) }, change: { .replaceAggregate(from: $0, to: $1) })
        changes += KeyedDiff(current: current.textSearchConfigurations, desired: desired.textSearchConfigurations)
            .changes(create: { .createTextSearchConfiguration($0) }, drop: { .dropTextSearchConfiguration($0) },
                     change: { .alterTextSearchConfiguration(from: $0, to: $1) })
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
