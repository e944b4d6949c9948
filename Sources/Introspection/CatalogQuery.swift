import Foundation

/// The catalog queries, one `.sql` resource per object kind (readable and testable on their own).
enum CatalogQuery: String, CaseIterable {
    case schemas, extensions, enums, domains, domainConstraints = "domain_constraints", sequences, columns, constraints, indexes, functions, triggers, views, comments, tables
    case operators
    case privileges, policies, rowSecurity = "row_security"
    case defaultPrivileges = "default_privileges"
    case collations, composites, ranges, aggregates, textSearchConfigurations = "text_search_configurations"
    case systemRelations = "system_relations"

    var sql: String {
        get throws {
            guard let url = Bundle.module.url(forResource: rawValue, withExtension: "sql", subdirectory: "Queries") else {
                throw IntrospectionError.missingQuery(rawValue)
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }
}

public enum IntrospectionError: Error, CustomStringConvertible {
    case missingQuery(String)
    case unreadableDefinition(object: String, definition: String, reason: String)

    public var description: String {
        switch self {
        case .missingQuery(let name): return "introspection query \(name).sql is missing from the build"
        case .unreadableDefinition(let object, let definition, let reason):
            return "could not read the definition of \(object) as printed by the server: \(definition)\n\(reason)"
        }
    }
}
