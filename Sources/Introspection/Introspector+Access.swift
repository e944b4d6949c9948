import Postgres
import SchemaModel
import SchemaSource

extension Introspector {
    /// Privileges, row-level security, policies, and the comments on routines, triggers, policies,
    /// views and domain constraints.
    func readAccessControl(into model: inout SchemaModel, reader: DefinitionReader) throws {
        try readPrivileges(into: &model, reader: reader)
        for record in try run(.rowSecurity) {
            let security = RowSecurity(enabled: record.bool("enabled"), forced: record.bool("forced"))
            model.rowSecurity[QualifiedName(record.string("schema"), record.string("name"))] = security
        }
        let relations = Set(model.tables.keys).union(model.views.keys)
        for record in try run(.policies) {
            let policy = try readPolicy(record, reader: reader, model: model, relations: relations)
            model.policies[policy.identity] = policy
        }
    }

    private func readPrivileges(into model: inout SchemaModel, reader: DefinitionReader) throws {
        // Every privilege a table has on this server: holding them all is `ALL` (see `Privilege`).
        let tableAll = Set(try run(.tablePrivilegeKinds).map { $0.string("privilege_type") })
        try readDefaultPrivileges(into: &model, tableAll: tableAll)
        var grants: [PrivilegeTarget: [PrivilegeGrant]] = [:]
        for record in try run(.privileges) {
            let target = try privilegeTarget(record, reader: reader)
            var list = grants[target] ?? []
            if let name = record["privilege"], let privilege = Privilege(rawValue: name) {
                let grantee: Grantee = record.bool("is_public") ? .public : .role(record.string("grantee"))
                list.append(PrivilegeGrant(grantee, privilege, grantable: record.bool("grantable")))
            }
            grants[target] = list
        }
        for (target, list) in grants {
            if case .relation = target { model.setGrants(Self.collapsingAll(list, tableAll: tableAll), on: target) }
            else { model.setGrants(list, on: target) }
        }
    }

    private func readDefaultPrivileges(into model: inout SchemaModel, tableAll: Set<String>) throws {
        let types = Dictionary(uniqueKeysWithValues: DefaultPrivilegeKey.ObjectType.allCases.map { ($0.catalogCode, $0) })
        var grants: [DefaultPrivilegeKey: [PrivilegeGrant]] = [:]
        for record in try run(.defaultPrivileges) {
            guard let type = types[record.string("object_type")] else { continue }
            let key = DefaultPrivilegeKey(role: record.string("role"), schema: record["schema"], objectType: type)
            var list = grants[key] ?? []
            if let name = record["privilege"], let privilege = Privilege(rawValue: name) {
                let grantee: Grantee = record.bool("is_public") ? .public : .role(record.string("grantee"))
                list.append(PrivilegeGrant(grantee, privilege, grantable: record.bool("grantable")))
            }
            grants[key] = list
        }
        for (key, list) in grants {
            model.setDefaultGrants(key.objectType == .tables ? Self.collapsingAll(list, tableAll: tableAll) : list, for: key)
        }
    }

    /// A grantee holding every table privilege the server has holds `ALL` (see `Privilege`).
    static func collapsingAll(_ list: [PrivilegeGrant], tableAll: Set<String>) -> [PrivilegeGrant] {
        var collapsed = list
        for grantee in Set(list.map(\.grantee)) {
            let held = list.filter { $0.grantee == grantee }
            guard Set(held.map(\.privilege.rawValue)) == tableAll else { continue }
            collapsed.append(PrivilegeGrant(grantee, .all, grantable: held.allSatisfy(\.grantable)))
        }
        return collapsed
    }

    private func privilegeTarget(_ record: Record, reader: DefinitionReader) throws -> PrivilegeTarget {
        let name = QualifiedName(record.string("schema"), record.string("name"))
        switch record.string("kind") {
        case "sequence": return .sequence(name)
        case "column": return .column(name, record.string("sub"))
        case "routine": return .routine(try routineIdentity(name, record, reader: reader))
        case "schema": return .schema(record.string("name"))
        case "type": return .type(name)
        default: return .relation(name)
        }
    }

    /// Argument types rendered as `FunctionBuilder` renders them.
    func routineIdentity(_ name: QualifiedName, _ record: Record, reader: DefinitionReader) throws -> FunctionIdentity {
        FunctionIdentity(name: name, argumentTypes: try record.textArray("args").map { try reader.type($0).sql })
    }

    private func readPolicy(_ record: Record, reader: DefinitionReader, model: SchemaModel, relations: Set<QualifiedName>) throws -> Policy {
        let table = QualifiedName(record.string("schema"), record.string("table_name"))
        let commands = ["*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"]
        var sql = "CREATE POLICY \(Identifier.quote(record.string("name"))) ON \(table.sql)"
        sql += " AS \(record.bool("permissive") ? "PERMISSIVE" : "RESTRICTIVE") FOR \(commands[record.string("command")] ?? "ALL")"
        sql += " TO " + record.textArray("roles").joined(separator: ", ")
        if let qual = record["qual"] { sql += " USING (\(qual))" }
        if let check = record["with_check"] { sql += " WITH CHECK (\(check))" }
        let source = try reader.statement(sql, what: "policy \(record.string("name")) on \(table)")
        guard let body = source.node.body("CreatePolicyStmt") else {
            throw IntrospectionError.unreadableDefinition(object: "policy", definition: sql, reason: "not CREATE POLICY")
        }
        return try PolicyBuilder(source: source, normalizer: reader.normalizer, relations: relations).build(body, columns: model.tables[table]?.columns ?? [])
    }
}
