/// One identity for every object the model holds, whatever its kind: what a plan's statements create,
/// change and drop, and what objects depend on. Tables, views, materialized views and sequences share
/// PostgreSQL's relation namespace, so they share `relation`; enums, domains, composites and ranges
/// share `type`; functions, procedures and aggregates share `function`.
public enum ObjectID: Hashable, Comparable, Sendable, CustomStringConvertible {
    case schema(String)
    case `extension`(String)
    case collation(QualifiedName)
    case textSearchConfiguration(QualifiedName)
    case type(QualifiedName)
    case relation(QualifiedName)
    case column(QualifiedName, String)
    /// A table's constraint (primary key, unique, check, foreign key, exclusion).
    case constraint(QualifiedName, String)
    case index(QualifiedName)
    case function(FunctionIdentity)
    case `operator`(OperatorIdentity)
    case trigger(TriggerIdentity)
    case policy(PolicyIdentity)
    /// Which columns logical decoding writes for a table's old rows (`REPLICA IDENTITY`).
    case replicaIdentity(QualifiedName)
    /// A role's default privileges for new objects, in one schema or (nil) everywhere.
    case defaultPrivileges(role: String, schema: String?)

    /// The object this one belongs to and goes away with: a column's table, a schema's members.
    public var owner: ObjectID? {
        switch self {
        case .schema, .extension: return nil
        case .column(let table, _), .constraint(let table, _), .replicaIdentity(let table): return .relation(table)
        case .trigger(let identity): return .relation(identity.table)
        case .policy(let identity): return .relation(identity.table)
        case .collation(let name), .textSearchConfiguration(let name), .type(let name), .relation(let name), .index(let name):
            return .schema(name.schema)
        case .function(let identity): return .schema(identity.name.schema)
        case .defaultPrivileges(_, let schema): return schema.map { .schema($0) }
        case .operator(let identity): return .schema(identity.name.schema)
        }
    }

    /// The same object once its relation (`from` → `to`) or schema has been renamed.
    public func renamed(relation from: QualifiedName, to: QualifiedName) -> ObjectID {
        switch self {
        case .relation(from): return .relation(to)
        case .column(from, let column): return .column(to, column)
        case .constraint(from, let name): return .constraint(to, name)
        case .trigger(let identity) where identity.table == from: return .trigger(TriggerIdentity(table: to, name: identity.name))
        case .policy(let identity) where identity.table == from: return .policy(PolicyIdentity(table: to, name: identity.name))
        default: return self
        }
    }

    public var description: String {
        switch self {
        case .schema(let name): return "schema \(Identifier.quote(name))"
        case .extension(let name): return "extension \(Identifier.quote(name))"
        case .collation(let name): return "collation \(name.sql)"
        case .textSearchConfiguration(let name): return "text search configuration \(name.sql)"
        case .type(let name): return "type \(name.sql)"
        case .relation(let name): return "relation \(name.sql)"
        case .column(let table, let column): return "column \(table.sql).\(Identifier.quote(column))"
        case .constraint(let table, let name): return "constraint \(Identifier.quote(name)) on \(table.sql)"
        case .index(let name): return "index \(name.sql)"
        case .function(let identity): return "function \(identity.sql)"
        case .operator(let identity): return "operator \(identity.sql)"
        case .trigger(let identity): return "trigger \(identity)"
        case .policy(let identity): return "policy \(identity)"
        case .replicaIdentity(let table): return "replica identity of \(table.sql)"
        case .defaultPrivileges(let role, let schema):
            return "default privileges of " + (role == DefaultPrivilegeKey.currentRole ? "the current role" : Identifier.quote(role))
                + (schema.map { " in schema \(Identifier.quote($0))" } ?? "")
        }
    }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool { lhs.description < rhs.description }
}
