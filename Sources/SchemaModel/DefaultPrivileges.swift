/// `ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] GRANT|REVOKE ... ON TABLES | SEQUENCES | FUNCTIONS |
/// TYPES | SCHEMAS` (pg_default_acl): what objects that role creates later get. Objects that exist carry
/// their own grants (as pg_dump writes them), so these entries only describe the future.
public struct DefaultPrivilegeKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// pg_default_acl.defaclobjtype.
    public enum ObjectType: String, CaseIterable, Sendable {
        case tables = "TABLES", sequences = "SEQUENCES", functions = "FUNCTIONS", types = "TYPES", schemas = "SCHEMAS"

        public var catalogCode: String {
            switch self {
            case .tables: return "r"
            case .sequences: return "S"
            case .functions: return "f"
            case .types: return "T"
            case .schemas: return "n"
            }
        }

        /// The privileges `ALL` means, where the same on every supported server (nil: tables, see `Privilege`).
        public var allPrivileges: [Privilege]? {
            switch self {
            case .tables: return nil
            case .sequences: return [.select, .update, .usage]
            case .functions: return [.execute]
            case .types: return [.usage]
            case .schemas: return [.usage, .create]
            }
        }
    }

    public var role: String
    /// Nil for the role's defaults everywhere; a schema's entry only adds to those.
    public var schema: String?
    public var objectType: ObjectType

    public init(role: String, schema: String?, objectType: ObjectType) {
        self.role = role
        self.schema = schema
        self.objectType = objectType
    }

    /// What grantees other than the creator get with no entry: PUBLIC may call functions and use types
    /// (acldefault); a schema's entry adds nothing.
    public var defaultGrants: [PrivilegeGrant] {
        guard schema == nil else { return [] }
        switch objectType {
        case .functions: return [PrivilegeGrant(.public, .execute)]
        case .types: return [PrivilegeGrant(.public, .usage)]
        default: return []
        }
    }

    /// `ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA s`.
    public var prefixSQL: String {
        "ALTER DEFAULT PRIVILEGES FOR ROLE \(Identifier.quote(role))" + (schema.map { " IN SCHEMA \(Identifier.quote($0))" } ?? "")
    }

    public var description: String { "\(prefixSQL) ... ON \(objectType.rawValue)" }

    public static func < (lhs: DefaultPrivilegeKey, rhs: DefaultPrivilegeKey) -> Bool { lhs.description < rhs.description }
}

extension SchemaModel {
    public func defaultGrants(for key: DefaultPrivilegeKey) -> [PrivilegeGrant] {
        defaultPrivileges[key] ?? key.defaultGrants
    }

    public mutating func setDefaultGrants(_ grants: [PrivilegeGrant], for key: DefaultPrivilegeKey) {
        let canonical = Self.canonicalGrants(grants)
        defaultPrivileges[key] = canonical == key.defaultGrants ? nil : canonical
    }
}
