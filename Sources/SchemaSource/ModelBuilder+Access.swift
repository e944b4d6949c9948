import SchemaModel
import SQLTree

/// Policies, grants and comments come after every other statement: they are on objects declared
/// anywhere. Policies first (a comment may be on one); grants in file order (a REVOKE undoes an
/// earlier GRANT, as pg_dump's output relies on).
extension ModelBuilder {
    static let lateKinds: Set<String> = ["CommentStmt", "GrantStmt", "CreatePolicyStmt", "AlterDefaultPrivilegesStmt"]

    mutating func addAccessControl(lookups: AccessLookups) {
        // Tables and views are all known by now: the relations a policy's subqueries may read, built once.
        let relations = tableNames.union(model.views.keys)
        for statement in statements where statement.kind == "CreatePolicyStmt" {
            do { try addPolicy(statement, relations: relations) } catch { diagnostics.append(error) }
        }
        for statement in statements where statement.kind == "GrantStmt" {
            do {
                try GrantReader(source: statement, resolver: normalizer(for: statement).resolver, lookups: lookups)
                    .apply(statement.node.body ?? .null, to: &model)
            } catch { diagnostics.append(error) }
        }
        for statement in statements where statement.kind == "AlterDefaultPrivilegesStmt" {
            do {
                try DefaultPrivilegeReader(source: statement, resolver: normalizer(for: statement).resolver, lookups: lookups)
                    .apply(statement.node.body ?? .null, to: &model)
            } catch { diagnostics.append(error) }
        }
    }

    private mutating func addPolicy(_ statement: StatementSource, relations: Set<QualifiedName>) throws(Diagnostic) {
        let body = statement.node.body ?? .null
        let base = normalizer(for: statement)
        let tableName = base.resolver.qualifyRelation(rangeVar: body.table ?? .null)
        guard let table = model.tables[tableName] else {
            throw statement.diagnostic(at: body.table, "policy \(body.policy_name ?? "") is on \(tableName), which is not a declared table")
        }
        let policy = try PolicyBuilder(source: statement, normalizer: base, relations: relations).build(body, columns: table.columns)
        guard model.policies[policy.identity] == nil else {
            throw statement.diagnostic(at: body.table, "policy \(policy.identity) is declared twice")
        }
        model.policies[policy.identity] = policy
    }
}
