extension Constraint {
    /// A primary key or unique constraint: what a foreign key can reference.
    public var isKey: Bool {
        switch kind {
        case .primaryKey, .unique: return true
        default: return false
        }
    }

    public var isForeignKey: Bool {
        if case .foreignKey = kind { return true }
        return false
    }
}

extension Constraint.Kind {
    public var isPrimaryKey: Bool {
        if case .primaryKey = self { return true } else { return false }
    }
}

extension Table {
    /// The primary key and unique constraints whose columns are exactly these (what a foreign key needs), by name.
    public func keyConstraints(on columns: Set<String>) -> [Constraint] {
        constraints.values.filter { $0.isKey && Set($0.columns) == columns }.sorted { $0.name < $1.name }
    }
}

extension SchemaModel {
    /// The unique, non-partial indexes of `table` on exactly these plain columns: a foreign key can
    /// reference what they make unique.
    public func uniqueIndexes(on table: QualifiedName, columns: Set<String>) -> [Index] {
        indexes(on: table).filter { $0.unique && $0.predicate == nil && $0.plainColumns.map { Set($0) == columns } == true }
    }
}
