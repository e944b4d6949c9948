import SchemaModel

extension CommentTarget {
    /// The object a comment is on, as the statement graph knows it (`model` tells a table's column from
    /// a view's or a composite type's).
    func object(in model: SchemaModel) -> ObjectID {
        switch self {
        case .schema(let name): return .schema(name)
        case .extension(let name): return .extension(name)
        case .table(let name), .sequence(let name), .view(let name), .materializedView(let name): return .relation(name)
        case .column(let table, let column):
            if model.composites[table] != nil { return .type(table) }
            if model.views[table] != nil { return .relation(table) }
            return .column(table, column)
        case .type(let name): return .type(name)
        case .index(let name): return .index(name)
        case .constraint(let table, let name): return .constraint(table, name)
        case .collation(let name): return .collation(name)
        case .aggregate(let identity), .routine(let identity): return .function(identity)
        case .textSearchConfiguration(let name): return .textSearchConfiguration(name)
        case .trigger(let identity): return .trigger(identity)
        case .policy(let identity): return .policy(identity)
        case .domainConstraint(let domain, _): return .type(domain)
        }
    }
}

extension CommentTarget {
    /// `COMMENT ON` a relation or a column holds SHARE UPDATE EXCLUSIVE on the relation (an index's comment
    /// on the index); on a table's constraint, trigger or policy only ACCESS SHARE on the table; comments
    /// on other objects only change the catalog.
    func commentLock(in model: SchemaModel) -> StatementLock {
        switch self {
        case .table(let name), .sequence(let name), .view(let name), .materializedView(let name), .index(let name):
            return StatementLock(.shareUpdateExclusive, on: name)
        case .column(let table, _):
            return model.composites[table] != nil ? StatementLock.none : StatementLock(.shareUpdateExclusive, on: table)
        case .constraint(let table, _): return StatementLock(.accessShare, on: table)
        case .trigger(let identity): return StatementLock(.accessShare, on: identity.table)
        case .policy(let identity): return StatementLock(.accessShare, on: identity.table)
        case .schema, .extension, .type, .collation, .aggregate, .textSearchConfiguration, .routine, .domainConstraint:
            return StatementLock.none
        }
    }
}

extension PrivilegeTarget {
    /// `GRANT`/`REVOKE` on a table, view, sequence or column: ACCESS SHARE on the relation from
    /// PostgreSQL 18 (which conflicts only with ACCESS EXCLUSIVE), nothing before; other objects: nothing.
    var grantLock: StatementLock {
        switch self {
        case .relation(let name), .sequence(let name), .column(let name, _): return StatementLock(.accessShare, on: name, conditional: true)
        case .routine, .schema, .type: return StatementLock.none
        }
    }

    /// The object a grant is on, as the statement graph knows it.
    func object(in model: SchemaModel) -> ObjectID {
        switch self {
        case .relation(let name), .sequence(let name): return .relation(name)
        case .column(let table, let column): return model.tables[table] != nil ? .column(table, column) : .relation(table)
        case .routine(let identity): return .function(identity)
        case .schema(let name): return .schema(name)
        case .type(let name): return .type(name)
        }
    }
}
