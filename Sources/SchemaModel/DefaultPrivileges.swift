/// `ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] GRANT|REVOKE ... ON TABLES | SEQUENCES | FUNCTIONS |
/// TYPES | SCHEMAS` (pg_default_acl): what objects that role creates later get. Objects that exist carry
/// their own grants (as pg_dump writes them), so these entries only describe the future.
///
/// Without `FOR ROLE` the entry is for the role that runs the statement: in schema files, the role the
/// migrations run as, which only a connection knows. Such entries carry `currentRole` until the differ
/// meets a model introspected through a connection (`SchemaModel.connectedRole`) and resolves them.
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
    /// The role that applies the statements (no `FOR ROLE`): no role has an empty name.
    public static let currentRole = ""
    public var isCurrentRole: Bool { role == Self.currentRole }
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
        "ALTER DEFAULT PRIVILEGES" + (isCurrentRole ? "" : " FOR ROLE \(Identifier.quote(role))")
            + (schema.map { " IN SCHEMA \(Identifier.quote($0))" } ?? "")
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

/// The role a model was introspected as (`current_user`), for the default privileges the schema files
/// declare without `FOR ROLE`. Always equal to any other: it is where the model was read from, not
/// part of the schema.
public struct ConnectedRole: Equatable, Sendable, ExpressibleByNilLiteral {
    public var name: String?

    public init(_ name: String?) { self.name = name }
    public init(nilLiteral: ()) { name = nil }

    public static func == (lhs: ConnectedRole, rhs: ConnectedRole) -> Bool { true }
}

extension SchemaModel {
    /// The model with its current-role default privileges (no `FOR ROLE`) given to `role`, as PostgreSQL
    /// records them for the role that runs the statement. Entries the files also write with
    /// `FOR ROLE role` hold the grants of both.
    public func resolvingCurrentRole(as role: String) -> SchemaModel {
        var model = self
        for (key, grants) in defaultPrivileges where key.isCurrentRole {
            model.defaultPrivileges[key] = nil
            var resolved = key
            resolved.role = role
            let explicit = defaultPrivileges[resolved]
            model.setDefaultGrants(explicit.map { Self.canonicalGrants($0 + grants) } ?? grants, for: resolved)
        }
        return model
    }

    /// `desired` as the differ compares it with this model: resolved for the role this model was read as,
    /// when it was read through a connection.
    public func resolvingCurrentRole(of desired: SchemaModel) -> SchemaModel {
        guard let role = connectedRole.name, desired.defaultPrivileges.keys.contains(where: \.isCurrentRole) else { return desired }
        return desired.resolvingCurrentRole(as: role)
    }
}
