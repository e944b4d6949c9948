import SchemaModel
import SQLTree

/// `CREATE POLICY` → `Policy`. Introspection builds the same statement from pg_policies and parses it
/// here, so the user's expressions and `pg_get_expr`'s meet in the expression normalizer, with the
/// table's column types known (as for checks).
public struct PolicyBuilder {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer
    /// Tables and views of the model: a subquery's relations are qualified through the search path, as
    /// PostgreSQL prints them.
    public let relations: Set<QualifiedName>

    public init(source: StatementSource, normalizer: ExpressionNormalizer, relations: Set<QualifiedName>) {
        self.source = source
        self.normalizer = normalizer
        self.relations = relations
    }

    public func build(_ body: Node, columns: [Column]) throws(Diagnostic) -> Policy {
        let table = normalizer.resolver.qualifyRelation(rangeVar: body.table ?? .null)
        let identity = PolicyIdentity(table: table, name: body.policy_name ?? "")
        guard let command = Policy.Command(rawValue: (body.cmd_name ?? "all").uppercased()) else {
            throw source.diagnostic(at: body.table, "unknown policy command \(body.cmd_name ?? "")")
        }
        var roles: [Grantee] = []
        for node in body.roles {
            let spec = node.body("RoleSpec") ?? node
            switch spec.roletype ?? "" {
            case "ROLESPEC_PUBLIC": roles.append(.public)
            case "ROLESPEC_CSTRING": roles.append(.role(spec.rolename ?? ""))
            default: throw source.diagnostic(at: node, "CURRENT_USER and the like depend on who applies the schema", hint: "name the role")
            }
        }
        let expressions = normalizer.with(columns: columns)
        // Subqueries meet the server's spelling the way SQL-standard routine bodies do.
        let queries = RoutineBodyNormalizer(normalizer: expressions, relations: relations, functionName: "", parameterNames: [])
        func expression(_ node: Node, text: String) -> Expression {
            var result = expressions.expression(node, text: text)
            result.canonical = queries.normalize(node).canonicalText
            return result
        }
        let start = source.byteRange.lowerBound
        var policy = Policy(identity: identity, permissive: body.permissive, command: command,
                            roles: roles.isEmpty || roles.contains(.public) ? [.public] : Array(Set(roles)).sorted())
        if let qual = body.qual {
            guard let text = source.parenthesizedText(fromKeyword: "USING", offset: start) else {
                throw source.diagnostic(at: qual, "could not find the text of this USING expression")
            }
            policy.using = expression(qual, text: text)
        }
        if let check = body.with_check {
            guard let text = source.parenthesizedText(fromKeyword: "CHECK", offset: start) else {
                throw source.diagnostic(at: check, "could not find the text of this WITH CHECK expression")
            }
            policy.withCheck = expression(check, text: text)
        }
        return policy
    }
}
