import Foundation
import Postgres

/// The catalog queries, one `.sql` resource per object kind (readable and testable on their own).
/// Declared in the order the introspector reads them: they are sent in this order, all at once.
enum CatalogQuery: String, CaseIterable {
    case connectedRole = "connected_role"
    case schemas, extensions, enums, domains, sequences, domainConstraints = "domain_constraints", columns, constraints, indexes
    case tables, functions, triggers, collations, composites, ranges, aggregates
    case textSearchConfigurations = "text_search_configurations"
    case operators, views
    case systemRelations = "system_relations"
    case tablePrivilegeKinds = "table_privilege_kinds"
    case defaultPrivileges = "default_privileges"
    case privileges
    case rowSecurity = "row_security"
    case policies, comments

    var sql: String {
        get throws {
            guard let url = Bundle.module.url(forResource: rawValue, withExtension: "sql", subdirectory: "Queries") else {
                throw IntrospectionError.missingQuery(rawValue)
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }
}

/// Every catalog query, sent in one message when introspection starts and read back as the introspector
/// asks for each: the server runs the later queries while the earlier results are being read, and the
/// whole catalog costs one round trip however many objects it holds.
final class CatalogResults {
    private let stream: ResultStream
    private let order = CatalogQuery.allCases
    private var received = 0
    /// Results read past on the way to a later query, until asked for.
    private var waiting: [CatalogQuery: [Record]] = [:]

    init(connection: Connection) throws {
        stream = try connection.send(try order.map { try $0.sql })
    }

    /// Each query's rows, once.
    func records(_ query: CatalogQuery) throws -> [Record] {
        if let records = waiting.removeValue(forKey: query) { return records }
        while received < order.count {
            let next = order[received]
            received += 1
            let records = try stream.next().records
            if next == query { return records }
            waiting[next] = records
        }
        throw IntrospectionError.queryReadTwice(query.rawValue)
    }

    /// Drops what was not read, so that the connection can run other statements.
    func finish() { stream.finish() }
}

public enum IntrospectionError: Error, CustomStringConvertible {
    case missingQuery(String)
    case queryReadTwice(String)
    case unreadableDefinition(object: String, definition: String, reason: String)

    public var description: String {
        switch self {
        case .missingQuery(let name): return "introspection query \(name).sql is missing from the build"
        case .queryReadTwice(let name): return "introspection read the results of \(name).sql twice"
        case .unreadableDefinition(let object, let definition, let reason):
            return "could not read the definition of \(object) as printed by the server: \(definition)\n\(reason)"
        }
    }
}
