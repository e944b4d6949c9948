import SchemaModel

/// The temporary names under which a plan builds a replacement index (a changed index, or the index of a
/// changed primary key or unique constraint) before it is swapped in. PostgreSQL names indexes in the
/// namespace of every relation of the schema, so a temporary name must not be one that the database has
/// or the schema files declare (tables, views, sequences, composite types, indexes, constraint indexes),
/// nor one given to another replacement: the first of `name_ml_new`, `name_ml_new1`, `name_ml_new2`, ...
/// that is free, each shortened to 63 bytes as PostgreSQL shortens the names it generates.
extension Planner {
    static func replacementIndexNames(current: SchemaModel, desired: SchemaModel) -> [QualifiedName: String] {
        let replacedIndexes = replacedIndexes(current: current, desired: desired)
        // Most plans replace no index: the names of every relation on both sides are gathered only when one does.
        guard !replacedIndexes.isEmpty else { return [:] }
        var taken = current.relationNames.merging(desired.relationNames) { $0.union($1) }
        var names: [QualifiedName: String] = [:]
        for replaced in replacedIndexes {
            var candidate = ConstraintNaming.makeObjectName(replaced.name, nil, "ml_new")
            var suffix = 0
            while taken[replaced.schema, default: []].contains(candidate) {
                suffix += 1
                candidate = ConstraintNaming.makeObjectName(replaced.name, nil, "ml_new\(suffix)")
            }
            taken[replaced.schema, default: []].insert(candidate)
            names[replaced] = candidate
        }
        return names
    }

    /// Indexes and key constraints with the same name on both sides and a changed definition, sorted so
    /// that the names given do not depend on dictionary order.
    private static func replacedIndexes(current: SchemaModel, desired: SchemaModel) -> [QualifiedName] {
        var replaced: [QualifiedName] = current.indexes.compactMap { name, old in
            guard let new = desired.indexes[name], new.table == old.table, !old.sameDefinition(as: new) else { return nil }
            return name
        }
        for (tableName, table) in current.tables {
            // The desired table's constraints looked up once per table, not per constraint.
            guard let desiredConstraints = desired.tables[tableName]?.constraints else { continue }
            for (name, old) in table.constraints {
                guard let new = desiredConstraints[name], new.isKey, !old.sameDefinition(as: new) else { continue }
                replaced.append(QualifiedName(tableName.schema, name))
            }
        }
        return replaced.sorted()
    }

    /// The temporary name of a replacement for `index` (see `replacementIndexNames`, which holds every
    /// index `replaceIndex` and `replaceConstraint` rebuild; the fallback is only the plain spelling).
    func temporaryIndexName(replacing index: QualifiedName) -> String {
        replacementIndexNames[index] ?? ConstraintNamingForPlan.replacementIndex(index.name)
    }
}

extension SchemaModel {
    /// The names in each schema's relation namespace (pg_class): tables, views, sequences (identity ones
    /// too), composite types, indexes and the indexes of primary key, unique and exclusion constraints.
    var relationNames: [String: Set<String>] {
        var names: [String: Set<String>] = [:]
        func add(_ name: QualifiedName) { names[name.schema, default: []].insert(name.name) }
        for name in Array(tables.keys) + Array(views.keys) + Array(sequences.keys) + Array(composites.keys) + Array(indexes.keys) { add(name) }
        for table in tables.values {
            for constraint in table.constraints.values where constraint.hasIndex { add(QualifiedName(table.name.schema, constraint.name)) }
            for column in table.columns { if let sequence = column.identitySequence { add(sequence.name) } }
        }
        return names
    }
}

extension Constraint {
    /// Primary key, unique and exclusion constraints are backed by an index of their name.
    var hasIndex: Bool {
        if case .exclusion = kind { return true }
        return isKey
    }
}
