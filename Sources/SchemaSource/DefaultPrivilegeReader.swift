import SchemaModel
import SQLTree

/// `ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] GRANT|REVOKE ... ON TABLES | SEQUENCES | FUNCTIONS |
/// ROUTINES | TYPES | SCHEMAS`, applied in file order to pg_default_acl's entries. Without `FOR ROLE` (or
/// with `FOR ROLE CURRENT_USER`) the entry is for whoever applies the schema, the role the migrations run
/// as: it stays `DefaultPrivilegeKey.currentRole` until a connection says which role that is.
struct DefaultPrivilegeReader {
    let source: StatementSource
    let resolver: NameResolver
    let lookups: AccessLookups

    func apply(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        var roles: [String] = []
        var schemas: [String?] = [nil]
        let grants = GrantReader(source: source, resolver: resolver, lookups: lookups)
        for option in body.options?.array ?? [] {
            let element = option.body("DefElem") ?? option
            let items = element.arg?.body("List")?.items ?? element.arg?.array ?? []
            switch element.defname {
            case "roles":
                for item in items {
                    let spec = item.body("RoleSpec") ?? item
                    if ["ROLESPEC_CURRENT_USER", "ROLESPEC_CURRENT_ROLE"].contains(spec.roletype ?? "") {
                        roles.append(DefaultPrivilegeKey.currentRole)
                        continue
                    }
                    guard case .role(let name) = try grants.grantee(item) else {
                        throw source.diagnostic(at: item, "FOR ROLE PUBLIC is not a role")
                    }
                    roles.append(name)
                }
            case "schemas":
                schemas = items.compactMap(\.stringValue)
                if let missing = schemas.compactMap({ $0 }).first(where: { model.schemas[$0] == nil }) {
                    throw source.diagnostic(at: option, "schema \"\(missing)\" is not declared")
                }
            default: throw source.diagnostic(at: option, "this ALTER DEFAULT PRIVILEGES option is not supported")
            }
        }
        if roles.isEmpty { roles = [DefaultPrivilegeKey.currentRole] }
        let action = body.action?.body("GrantStmt") ?? body.action ?? .null
        let objectType = try self.objectType(action)
        let privileges = try self.privileges(action, objectType: objectType)
        let grantees = try action.grantees.map { (node) throws(Diagnostic) in try grants.grantee(node) }
        let withGrantOption = action.grant_option
        for role in roles {
            for schema in schemas {
                let key = DefaultPrivilegeKey(role: role, schema: schema, objectType: objectType)
                var list = model.defaultGrants(for: key)
                for grantee in grantees {
                    for privilege in privileges {
                        if action.is_grant {
                            list.append(PrivilegeGrant(grantee, privilege, grantable: withGrantOption))
                        } else {
                            try grants.revoke(privilege, from: grantee, in: &list, optionOnly: withGrantOption, target: key, body: action)
                        }
                    }
                }
                model.setDefaultGrants(list, for: key)
            }
        }
    }

    private func objectType(_ action: Node) throws(Diagnostic) -> DefaultPrivilegeKey.ObjectType {
        switch action.objtype ?? "" {
        case "OBJECT_TABLE": return .tables
        case "OBJECT_SEQUENCE": return .sequences
        case "OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE": return .functions
        case "OBJECT_TYPE": return .types
        case "OBJECT_SCHEMA": return .schemas
        case let other:
            throw source.diagnostic(atByte: nil, "ALTER DEFAULT PRIVILEGES ON \(other.replacingOccurrences(of: "OBJECT_", with: "")) is not supported")
        }
    }

    private func privileges(_ action: Node, objectType: DefaultPrivilegeKey.ObjectType) throws(Diagnostic) -> [Privilege] {
        let items = action.privileges
        if items.isEmpty { return objectType.allPrivileges ?? [.all] }
        var result: [Privilege] = []
        let allowed = objectType.allPrivileges ?? [.select, .insert, .update, .delete, .truncate, .references, .trigger, .maintain]
        for item in items {
            let access = item.body("AccessPriv") ?? item
            guard let name = access.priv_name, let privilege = Privilege(rawValue: name.uppercased()), allowed.contains(privilege) else {
                throw source.diagnostic(at: item, "privilege \(access.priv_name ?? "ALL") does not apply to \(objectType.rawValue)")
            }
            result.append(privilege)
        }
        return result
    }
}
