import SchemaModel
import SQLTree

/// `GRANT` / `REVOKE` on tables (and views), columns, sequences, routines, schemas and types, including
/// `ALL TABLES | SEQUENCES | FUNCTIONS | PROCEDURES | ROUTINES IN SCHEMA`. Statements apply in file
/// order to the effective grants (`SchemaModel.grants(on:)`), which start from PostgreSQL's defaults, so
/// pg_dump's `REVOKE ALL ON FUNCTION f() FROM PUBLIC` and the public schema's `REVOKE USAGE ... FROM
/// PUBLIC; GRANT ALL ... TO PUBLIC` mean what they mean to the server.
struct GrantReader {
    let source: StatementSource
    let resolver: NameResolver
    let lookups: AccessLookups

    func apply(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        let grantees = try body.grantees.map { (node) throws(Diagnostic) in try grantee(node) }
        let isGrant = body.is_grant
        let withGrantOption = body.grant_option
        for (target, privileges) in try targets(body, in: model) {
            var grants = model.grants(on: target)
            for grantee in grantees {
                for privilege in privileges {
                    if isGrant {
                        grants.append(PrivilegeGrant(grantee, privilege, grantable: withGrantOption))
                    } else {
                        try revoke(privilege, from: grantee, in: &grants, optionOnly: withGrantOption, target: target, body: body)
                    }
                }
            }
            model.setGrants(grants, on: target)
        }
    }

    func revoke(_ privilege: Privilege, from grantee: Grantee, in grants: inout [PrivilegeGrant], optionOnly: Bool,
                target: any CustomStringConvertible, body: Node) throws(Diagnostic) {
        let matches = { (grant: PrivilegeGrant) in grant.grantee == grantee && (privilege == .all || grant.privilege == privilege) }
        // What ALL leaves after one privilege is taken from it depends on the server (MAINTAIN, PostgreSQL 17).
        if privilege != .all, grants.contains(where: { $0.grantee == grantee && $0.privilege == .all }) {
            throw source.diagnostic(at: body["privileges"], "REVOKE \(privilege.rawValue) from \(grantee) who holds ALL on \(target) is not supported",
                                    hint: "grant the privileges the role should keep one by one instead of ALL")
        }
        if optionOnly {
            grants = grants.map { matches($0) ? PrivilegeGrant($0.grantee, $0.privilege, grantable: false) : $0 }
        } else {
            grants.removeAll(where: matches)
        }
    }

    func grantee(_ node: Node) throws(Diagnostic) -> Grantee {
        let spec = node.body("RoleSpec") ?? node
        switch spec.roletype ?? "" {
        case "ROLESPEC_PUBLIC": return .public
        case "ROLESPEC_CSTRING": return .role(spec.rolename ?? "")
        default:
            throw source.diagnostic(at: node, "CURRENT_USER, CURRENT_ROLE and SESSION_USER depend on who applies the schema",
                                    hint: "name the role")
        }
    }

    /// Each object with the privileges the statement names on it (ALL expanded where it means the same
    /// set on every supported server).
    private func targets(_ body: Node, in model: SchemaModel) throws(Diagnostic) -> [(PrivilegeTarget, [Privilege])] {
        var objects: [PrivilegeTarget] = []
        if body.targtype == "ACL_TARGET_ALL_IN_SCHEMA" {
            for schema in body.objects.compactMap(\.stringValue) {
                objects += try allInSchema(schema, objectType: body.objtype ?? "", in: model, body: body)
            }
        } else if body.targtype == "ACL_TARGET_OBJECT" {
            for object in body.objects { objects.append(try target(object, objectType: body.objtype ?? "", in: model)) }
        } else {
            throw source.diagnostic(at: body["objects"], "this form of GRANT is not supported in schema files")
        }
        var result: [(PrivilegeTarget, [Privilege])] = []
        for object in objects {
            let privileges = body.privileges
            if privileges.isEmpty { result.append((object, object.allPrivileges ?? [.all])); continue }
            for item in privileges {
                let access = item.body("AccessPriv") ?? item
                let named = access.priv_name.map { Privilege(rawValue: $0.uppercased()) }
                if case .some(.none) = named {
                    throw source.diagnostic(at: item, "privilege \(access.priv_name ?? "") is not supported")
                }
                let columns = access.cols.nameList
                if columns.isEmpty {
                    let privilege = named.flatMap { $0 } ?? .all
                    result.append((object, privilege == .all ? object.allPrivileges ?? [.all] : [try checked(privilege, on: object, at: item)]))
                    continue
                }
                guard case .relation(let relation) = object else {
                    throw source.diagnostic(at: item, "column privileges are granted on tables and views only")
                }
                for column in columns {
                    let target = PrivilegeTarget.column(relation, column)
                    guard model.contains(target, sequenceNames: lookups.sequenceNames) else { throw source.diagnostic(at: item, "column \"\(column)\" of \(relation) is not declared") }
                    let privilege = named.flatMap { $0 } ?? .all
                    result.append((target, privilege == .all ? target.allPrivileges! : [try checked(privilege, on: target, at: item)]))
                }
            }
        }
        return result
    }

    private func checked(_ privilege: Privilege, on target: PrivilegeTarget, at node: Node) throws(Diagnostic) -> Privilege {
        let allowed: [Privilege] = target.allPrivileges
            ?? [.select, .insert, .update, .delete, .truncate, .references, .trigger, .maintain]
        guard allowed.contains(privilege) else {
            throw source.diagnostic(at: node, "privilege \(privilege.rawValue) does not apply to \(target)")
        }
        return privilege
    }

    private func target(_ object: Node, objectType: String, in model: SchemaModel) throws(Diagnostic) -> PrivilegeTarget {
        let target: PrivilegeTarget
        switch objectType {
        case "OBJECT_TABLE", "OBJECT_SEQUENCE":
            let name = resolver.qualifyRelation(rangeVar: object)
            // `GRANT ... ON TABLE` names sequences too, as older pg_dump versions wrote.
            target = lookups.sequenceNames.contains(name) ? .sequence(name) : .relation(name)
        case "OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE":
            target = .routine(try RoutineReference(source: source, resolver: resolver, lookups: lookups).identity(object, in: model))
        case "OBJECT_SCHEMA": target = .schema(object.stringValue ?? "")
        case "OBJECT_TYPE", "OBJECT_DOMAIN":
            let names = object.body("List")?.items.nameList ?? object.nameList
            target = .type(resolver.qualifyRelation(resolver.typeNameParts(names)))
        default:
            throw source.diagnostic(at: object, "GRANT ON \(objectType.replacingOccurrences(of: "OBJECT_", with: "")) is not supported in schema files",
                                    hint: "monolayer models privileges on tables, columns, sequences, routines, schemas and types")
        }
        guard model.contains(target, sequenceNames: lookups.sequenceNames) else { throw source.diagnostic(at: object, "GRANT/REVOKE ON \(target): no such object is declared") }
        return target
    }

    private func allInSchema(_ schema: String, objectType: String, in model: SchemaModel, body: Node) throws(Diagnostic) -> [PrivilegeTarget] {
        guard model.schemas[schema] != nil else { throw source.diagnostic(at: body["objects"], "schema \"\(schema)\" is not declared") }
        switch objectType {
        case "OBJECT_TABLE":
            return (Array(model.tables.keys) + Array(model.views.keys)).filter { $0.schema == schema }.sorted().map { .relation($0) }
        case "OBJECT_SEQUENCE": return lookups.sequenceNames.filter { $0.schema == schema }.sorted().map { .sequence($0) }
        case "OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE":
            let kind: Function.Kind? = objectType == "OBJECT_FUNCTION" ? .function : objectType == "OBJECT_PROCEDURE" ? .procedure : nil
            return model.functions.values.filter { $0.identity.name.schema == schema && (kind == nil || $0.kind == kind) }
                .map(\.identity).sorted().map { .routine($0) }
        default:
            throw source.diagnostic(at: body["objects"], "GRANT ON ALL ... IN SCHEMA of this kind is not supported")
        }
    }
}
