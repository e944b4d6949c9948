/// An object a comment is on (`COMMENT ON ... IS '...'`). Comments are kept in one dictionary of the
/// model rather than on every object kind, so one differ and one generator serve them all.
public enum CommentTarget: Hashable, Sendable, Comparable, CustomStringConvertible {
    case schema(String)
    case table(QualifiedName)
    case column(QualifiedName, String)
    case type(QualifiedName)
    case sequence(QualifiedName)
    case index(QualifiedName)
    case constraint(table: QualifiedName, name: String)
    case `extension`(String)
    case collation(QualifiedName)
    case aggregate(FunctionIdentity)
    case textSearchConfiguration(QualifiedName)
    // Access-control helper's block: routines, triggers, views, policies, domain constraints.
    case routine(FunctionIdentity)
    case trigger(TriggerIdentity)
    case view(QualifiedName)
    case materializedView(QualifiedName)
    case policy(PolicyIdentity)
    case domainConstraint(domain: QualifiedName, name: String)

    /// The object as `COMMENT ON` names it: `COLUMN public.users.email`.
    public var sql: String {
        switch self {
        case .schema(let name): return "SCHEMA \(Identifier.quote(name))"
        case .table(let name): return "TABLE \(name.sql)"
        case .column(let table, let column): return "COLUMN \(table.sql).\(Identifier.quote(column))"
        case .type(let name): return "TYPE \(name.sql)"
        case .sequence(let name): return "SEQUENCE \(name.sql)"
        case .index(let name): return "INDEX \(name.sql)"
        case .constraint(let table, let name): return "CONSTRAINT \(Identifier.quote(name)) ON \(table.sql)"
        case .extension(let name): return "EXTENSION \(Identifier.quote(name))"
        case .collation(let name): return "COLLATION \(name.sql)"
        case .aggregate(let identity):
            return "AGGREGATE \(identity.name.sql)(\(identity.argumentTypes.isEmpty ? "*" : identity.argumentTypes.joined(separator: ", ")))"
        case .textSearchConfiguration(let name): return "TEXT SEARCH CONFIGURATION \(name.sql)"
        case .routine(let identity): return "ROUTINE \(identity.sql)"
        case .trigger(let identity): return "TRIGGER \(identity)"
        case .view(let name): return "VIEW \(name.sql)"
        case .materializedView(let name): return "MATERIALIZED VIEW \(name.sql)"
        case .policy(let identity): return "POLICY \(identity)"
        case .domainConstraint(let domain, let name): return "CONSTRAINT \(Identifier.quote(name)) ON DOMAIN \(domain.sql)"
        }
    }

    public var description: String { sql }

    public static func < (lhs: CommentTarget, rhs: CommentTarget) -> Bool { lhs.sql < rhs.sql }
}
