extension SchemaModel {
    /// Whether the object a comment is on exists in this model.
    public func contains(_ target: CommentTarget) -> Bool {
        switch target {
        case .schema(let name): return schemas[name] != nil
        case .extension(let name): return extensions[name] != nil
        case .table(let name): return tables[name] != nil
        case .column(let table, let column):
            return tables[table]?.column(named: column) != nil || composites[table]?.attribute(named: column) != nil
                || views[table]?.outputColumns.contains(column) == true
        case .type(let name): return enums[name] != nil || domains[name] != nil || composites[name] != nil || ranges[name] != nil
        case .sequence(let name): return sequences[name] != nil
        case .index(let name): return indexes[name] != nil
        case .constraint(let table, let name): return tables[table]?.constraints[name] != nil
        case .collation(let name): return collations[name] != nil
        case .aggregate(let identity): return aggregates[identity] != nil
        case .textSearchConfiguration(let name): return textSearchConfigurations[name] != nil
        case .routine(let identity): return functions[identity] != nil
        case .trigger(let identity): return triggers[identity] != nil
        case .view(let name): return views[name].map { !$0.materialized } ?? false
        case .materializedView(let name): return views[name]?.materialized ?? false
        case .policy(let identity): return policies[identity] != nil
        case .domainConstraint(let domain, let name): return domains[domain]?.checks[name] != nil
        }
    }
}
