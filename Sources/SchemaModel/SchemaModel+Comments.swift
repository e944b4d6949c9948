extension SchemaModel {
    /// Whether the object a comment is on exists in this model.
    public func contains(_ target: CommentTarget) -> Bool {
        switch target {
        case .schema(let name): return schemas[name] != nil
        case .extension(let name): return extensions[name] != nil
        case .table(let name): return tables[name] != nil
        case .column(let table, let column):
            return tables[table]?.column(named: column) != nil || composites[table]?.attribute(named: column) != nil
        case .type(let name): return enums[name] != nil || domains[name] != nil || composites[name] != nil || ranges[name] != nil
        case .sequence(let name): return sequences[name] != nil
        case .index(let name): return indexes[name] != nil
        case .constraint(let table, let name): return tables[table]?.constraints[name] != nil
        case .collation(let name): return collations[name] != nil
        case .aggregate(let identity): return aggregates[identity] != nil
        case .textSearchConfiguration(let name): return textSearchConfigurations[name] != nil
        }
    }
}
