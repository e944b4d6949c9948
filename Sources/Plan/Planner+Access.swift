import Diff
import SchemaModel

/// Grants, row-level security and policies.
///
/// Phases: granting never breaks a running application, so grants run in expand (for a new object, right
/// after it is created in the same phase, with any revocation of PostgreSQL's defaults: nothing uses it
/// yet). Revoking on an existing object can break the application still running while the migration is
/// applied, which is what the contract phase is for: revocations run there, with a warning, after the new
/// application is deployed. Policies and row-level security change what rows queries see, so they run
/// in alter, policies before security is switched on, so that a table never goes through a moment with
/// security on and its policies missing.
extension Planner {
    func planAccess(_ change: SchemaChange) -> [PlannedStatement] {
        switch change {
        case .setPrivileges(let target, let old, let new, let isNew): return setPrivileges(target, from: old, to: new, objectIsNew: isNew)
        case .setRowSecurity(let table, let old, let new, let isNew): return [setRowSecurity(table, from: old, to: new, tableIsNew: isNew)]
        case .createPolicy(let policy):
            return [PlannedStatement(phase: .alter, sql: policy.createSQL, down: policy.dropSQL, .create(.policy(policy.identity)))]
        case .alterPolicy(let old, let new):
            let down = new.isAlterable(to: old) ? old.alterSQL(from: new) : new.dropSQL + ";\n" + old.createSQL
            return [PlannedStatement(phase: .alter, sql: new.alterSQL(from: old), down: down, .alter(.policy(new.identity)))]
        case .replacePolicy(let old, let new):
            // In one transaction: no query runs between the drop and the creation.
            return [PlannedStatement(phase: .alter, sql: old.dropSQL + ";\n" + reapplied(new.createSQL, policy: new.identity, in: .desired),
                                     down: new.dropSQL + ";\n" + reapplied(old.createSQL, policy: old.identity, in: .current),
                                     .replace(.policy(new.identity)))]
        case .dropPolicy(let policy):
            return [PlannedStatement(phase: .contract, sql: policy.dropSQL, down: reapplied(policy.createSQL, policy: policy.identity, in: .current),
                                     warnings: [WarningCatalogue.droppedPolicy(policy.identity)], .drop(.policy(policy.identity)))]
        case .setDefaultPrivileges(let key, let old, let new):
            // Last, in contract: objects this migration creates get exactly the grants the files give them,
            // not the new defaults on top (pg_dump likewise restores default privileges after every object).
            func statement(_ from: [PrivilegeGrant], _ to: [PrivilegeGrant]) -> String {
                PrivilegeSQL.statements(onClause: key.objectType.rawValue, from: from, to: to)
                    .map { key.prefixSQL + " " + $0 }.joined(separator: ";\n")
            }
            return [PlannedStatement(phase: .contract, sql: statement(old, new), down: statement(new, old),
                                     .create(.defaultPrivileges(role: key.role, schema: key.schema)))]
        default: return []
        }
    }

    private func setPrivileges(_ target: PrivilegeTarget, from old: [PrivilegeGrant], to new: [PrivilegeGrant],
                               objectIsNew: Bool) -> [PlannedStatement] {
        func statement(_ from: [PrivilegeGrant], _ to: [PrivilegeGrant]) -> String {
            PrivilegeSQL.statements(on: target, from: from, to: to).joined(separator: ";\n")
        }
        if objectIsNew {
            return [PlannedStatement(phase: .expand, sql: statement(old, new), down: "", lock: target.grantLock, .alter(target.object(in: desired)))]
        }
        // What is granted comes first (expand), what is revoked later (contract).
        let added = new.filter { grant in !old.contains { $0.grantee == grant.grantee && PrivilegeSQL.covers($0, grant) } }
        let middle = SchemaModel.canonicalGrants(old + added)
        var statements: [PlannedStatement] = []
        if middle != old {
            statements.append(PlannedStatement(phase: .expand, sql: statement(old, middle), down: statement(middle, old),
                                               lock: target.grantLock, .alter(target.object(in: desired))))
        }
        if middle != new {
            statements.append(PlannedStatement(phase: .contract, sql: statement(middle, new), down: statement(new, middle),
                                               warnings: [WarningCatalogue.revokedPrivileges(target)], lock: target.grantLock,
                                               .alter(target.object(in: desired))))
        }
        return statements
    }

    private func setRowSecurity(_ table: QualifiedName, from old: RowSecurity, to new: RowSecurity, tableIsNew: Bool) -> PlannedStatement {
        func commands(_ from: RowSecurity, _ to: RowSecurity) -> String {
            var parts: [String] = []
            if from.enabled != to.enabled { parts.append(to.enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY") }
            if from.forced != to.forced { parts.append(to.forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY") }
            return "ALTER TABLE \(table.sql) " + parts.joined(separator: ", ")
        }
        let restricts = (new.enabled && !old.enabled) || (new.forced && !old.forced)
        return PlannedStatement(phase: .alter, sql: commands(old, new), down: commands(new, old),
                                warnings: restricts && !tableIsNew ? [WarningCatalogue.rowSecurityRestricted(table)] : [],
                                lock: StatementLock(.accessExclusive, on: table), .alter(.relation(table)),
                                requires: Set(desired.policies.keys.filter { $0.table == table }.map { .policy($0) }))
    }
}
