import SchemaModel

/// The current model rewritten as the database will be once a rename has run: the object under its
/// new name, and every structured reference to it (keys, foreign keys, index keys, column types,
/// comments, grants, owners) following it, as PostgreSQL's references by OID do. Expressions and view
/// queries are text and are not rewritten: where they name the object, they are diffed as changed.
extension SchemaModel {
    /// Every schema-level name through `map` (a table, view or type renamed, or a schema's objects).
    mutating func mapNames(_ map: (QualifiedName) -> QualifiedName) {
        func type(_ reference: TypeReference) -> TypeReference { reference.mapped(map) }
        enums = ObjectMap(uniqueKeysWithValues: enums.map { (map($0.key), with($0.value) { $0.name = map($0.name) }) })
        domains = ObjectMap(uniqueKeysWithValues: domains.map { (map($0.key), with($0.value) { $0.name = map($0.name); $0.baseType = type($0.baseType) }) })
        composites = ObjectMap(uniqueKeysWithValues: composites.map { entry in
            (map(entry.key), with(entry.value) { composite in
                composite.name = map(composite.name)
                for index in composite.attributes.indices { composite.attributes[index].type = type(composite.attributes[index].type) }
            })
        })
        sequences = ObjectMap(uniqueKeysWithValues: sequences.map { entry in
            (map(entry.key), with(entry.value) { sequence in
                sequence.name = map(sequence.name)
                if let owner = sequence.ownedBy { sequence.ownedBy = ColumnReference(table: map(owner.table), column: owner.column) }
            })
        })
        tables = ObjectMap(uniqueKeysWithValues: tables.map { (map($0.key), $0.value.mappingNames(map)) })
        indexes = ObjectMap(uniqueKeysWithValues: indexes.map { (map($0.key), with($0.value) { $0.table = map($0.table) }) })
        views = ObjectMap(uniqueKeysWithValues: views.map { (map($0.key), with($0.value) { view in
            view.name = map(view.name)
            view.dependencies = Set(view.dependencies.map(map))
        }) })
        triggers = ObjectMap(uniqueKeysWithValues: triggers.map { entry in
            let identity = TriggerIdentity(table: map(entry.key.table), name: entry.key.name)
            return (identity, with(entry.value) { $0.identity = identity })
        })
        policies = ObjectMap(uniqueKeysWithValues: policies.map { entry in
            let identity = PolicyIdentity(table: map(entry.key.table), name: entry.key.name)
            return (identity, with(entry.value) { $0.identity = identity })
        })
        rowSecurity = ObjectMap(uniqueKeysWithValues: rowSecurity.map { (map($0.key), $0.value) })
        comments = ObjectMap(uniqueKeysWithValues: comments.map { ($0.key.mappingNames(map), $0.value) })
        privileges = ObjectMap(uniqueKeysWithValues: privileges.map { ($0.key.mappingNames(map), $0.value) })
    }

    /// A column renamed on `table` (the table's current name), with what refers to it by name.
    mutating func renameColumn(on table: QualifiedName, from old: String, to new: String) {
        func column(_ name: String) -> String { name == old ? new : name }
        guard var renamed = tables[table] else { return }
        for index in renamed.columns.indices where renamed.columns[index].name == old { renamed.columns[index].name = new }
        tables[table] = renamed
        for (name, other) in tables {
            var updated = other
            for (key, constraint) in other.constraints {
                updated.constraints[key] = constraint.mappingColumns(own: name == table ? column : { $0 },
                                                                     referenced: table, column)
            }
            tables[name] = updated
        }
        for (name, index) in indexes where index.table == table {
            indexes[name] = with(index) { index in
                index.include = index.include.map(column)
                for position in index.keys.indices {
                    if case .column(let key) = index.keys[position].target { index.keys[position].target = .column(column(key)) }
                }
            }
        }
        for (name, sequence) in sequences where sequence.ownedBy == ColumnReference(table: table, column: old) {
            sequences[name]?.ownedBy = ColumnReference(table: table, column: new)
        }
        if let comment = comments.removeValue(forKey: .column(table, old)) { comments[.column(table, new)] = comment }
        if let grants = privileges.removeValue(forKey: .column(table, old)) { privileges[.column(table, new)] = grants }
    }

    mutating func renameConstraint(on table: QualifiedName, from old: String, to new: String) {
        guard var constraint = tables[table]?.constraints.removeValue(forKey: old) else { return }
        constraint.name = new
        tables[table]?.constraints[new] = constraint
        if tables[table]?.replicaIdentity == .usingIndex(old) { tables[table]?.replicaIdentity = .usingIndex(new) }
        if let comment = comments.removeValue(forKey: .constraint(table: table, name: old)) { comments[.constraint(table: table, name: new)] = comment }
    }

    mutating func renameIndex(_ old: QualifiedName, to new: String) {
        guard var index = indexes.removeValue(forKey: old) else { return }
        index.name = new
        indexes[index.qualifiedName] = index
        if tables[index.table]?.replicaIdentity == .usingIndex(old.name) { tables[index.table]?.replicaIdentity = .usingIndex(new) }
        if let comment = comments.removeValue(forKey: .index(old)) { comments[.index(index.qualifiedName)] = comment }
    }
}

func with<Value>(_ value: Value, _ change: (inout Value) -> Void) -> Value {
    var copy = value
    change(&copy)
    return copy
}

extension TypeReference {
    /// The same type, its user type (and the spelling that names it) through `map`.
    func mapped(_ map: (QualifiedName) -> QualifiedName) -> TypeReference {
        guard let old = userType else { return self }
        let new = map(old)
        guard new != old else { return self }
        func respell(_ text: String) -> String { text.hasPrefix(old.sql) ? new.sql + text.dropFirst(old.sql.count) : text }
        return TypeReference(sql: respell(sql), baseName: respell(baseName), isArray: isArray, userType: new)
    }
}

extension Table {
    func mappingNames(_ map: (QualifiedName) -> QualifiedName) -> Table {
        with(self) { table in
            table.name = map(name)
            for index in table.columns.indices { table.columns[index].type = table.columns[index].type.mapped(map) }
            for (key, constraint) in constraints {
                guard case .foreignKey(var foreignKey) = constraint.kind else { continue }
                foreignKey.referencedTable = map(foreignKey.referencedTable)
                table.constraints[key]?.kind = .foreignKey(foreignKey)
            }
            table.inherits = inherits.map(map)
            table.partitionOf?.parent = map(partitionOf?.parent ?? name)
        }
    }
}

extension Constraint {
    /// Columns of the constraint's own table through `own`; a foreign key's referenced columns through
    /// `referencedColumn` when it references `referenced`.
    func mappingColumns(own: (String) -> String, referenced: QualifiedName, _ referencedColumn: (String) -> String) -> Constraint {
        with(self) { constraint in
            switch kind {
            case .primaryKey(let columns): constraint.kind = .primaryKey(columns: columns.map(own))
            case .unique(let columns, let nullsNotDistinct): constraint.kind = .unique(columns: columns.map(own), nullsNotDistinct: nullsNotDistinct)
            case .foreignKey(var key):
                key.columns = key.columns.map(own)
                if key.referencedTable == referenced { key.referencedColumns = key.referencedColumns.map(referencedColumn) }
                constraint.kind = .foreignKey(key)
            case .exclusion(var exclusion):
                for index in exclusion.elements.indices {
                    if case .column(let name) = exclusion.elements[index].key.target { exclusion.elements[index].key.target = .column(own(name)) }
                }
                exclusion.include = exclusion.include.map(own)
                constraint.kind = .exclusion(exclusion)
            case .check: break
            }
        }
    }
}

extension CommentTarget {
    func mappingNames(_ map: (QualifiedName) -> QualifiedName) -> CommentTarget {
        switch self {
        case .table(let name): return .table(map(name))
        case .column(let table, let column): return .column(map(table), column)
        case .type(let name): return .type(map(name))
        case .sequence(let name): return .sequence(map(name))
        case .index(let name): return .index(map(name))
        case .constraint(let table, let name): return .constraint(table: map(table), name: name)
        case .trigger(let identity): return .trigger(TriggerIdentity(table: map(identity.table), name: identity.name))
        case .view(let name): return .view(map(name))
        case .materializedView(let name): return .materializedView(map(name))
        case .policy(let identity): return .policy(PolicyIdentity(table: map(identity.table), name: identity.name))
        case .domainConstraint(let domain, let name): return .domainConstraint(domain: map(domain), name: name)
        case .schema, .extension, .collation, .aggregate, .textSearchConfiguration, .routine: return self
        }
    }
}

extension PrivilegeTarget {
    func mappingNames(_ map: (QualifiedName) -> QualifiedName) -> PrivilegeTarget {
        switch self {
        case .relation(let name): return .relation(map(name))
        case .column(let table, let column): return .column(map(table), column)
        case .sequence(let name): return .sequence(map(name))
        case .type(let name): return .type(map(name))
        case .routine, .schema: return self
        }
    }
}
