import SchemaModel
import SQLTree

/// SQL-standard bodies (`RETURN expr`, `BEGIN ATOMIC ... END`) are stored parsed, and PostgreSQL prints
/// them back in its own spelling: relations qualified (`public.t`), parameters qualified by the
/// function's name inside queries (`sq.x`), columns by their table (`t.id`), output columns named
/// (`count(*) AS count`). This undoes those spellings on both sides, after the expression normalizer.
struct RoutineBodyNormalizer {
    let normalizer: ExpressionNormalizer
    let relations: Set<QualifiedName>
    let functionName: String
    let parameterNames: Set<String>

    func normalize(_ body: Node) -> Node {
        normalizer.normalize(body).rewritten(rewrite)
    }

    private func rewrite(_ node: Node) -> Node {
        guard let kind = node.kind, let body = node.body else { return node }
        switch kind {
        case "RangeVar": return .wrap(kind, qualify(body).fields)
        case "InsertStmt", "MergeStmt":
            // The target relation is a field of its own, not a wrapped node.
            return .wrap(kind, body.setting("relation", body.relation.map(qualify)).fields)
        case "ColumnRef": return Self.stripQualifier(node, when: { $0 == functionName && parameterNames.contains($1) })
        case "ResTarget":
            // An output column named what PostgreSQL would name it anyway.
            guard let name = body.name?.string, let value = body.val, IndexBuilder.figureName(value) == name else { return node }
            return .wrap("ResTarget", body.fields.filter { $0.key != "name" })
        case "SelectStmt":
            let from = body.fromClause
            guard from.count == 1, let relation = from[0].body("RangeVar") else { return node }
            return .wrap(kind, unqualifyingColumns(of: relation, in: body, fields: ["targetList", "whereClause", "groupClause", "havingClause", "sortClause"]))
        case "UpdateStmt", "DeleteStmt":
            let relation = qualify(body.relation ?? .null)
            let qualified = body.setting("relation", relation)
            guard body.fromClause.isEmpty, body.usingClause.isEmpty else { return .wrap(kind, qualified.fields) }
            return .wrap(kind, unqualifyingColumns(of: relation, in: qualified, fields: ["targetList", "whereClause", "returningList"]))
        default:
            return node
        }
    }

    /// An unqualified relation that the model declares, qualified through the search path.
    private func qualify(_ body: Node) -> Node {
        guard body.schemaname == nil, let name = body.relname else { return body }
        let schema = normalizer.resolver.searchPath.first { relations.contains(QualifiedName($0, name)) }
        return body.setting("schemaname", schema.map { Node.string($0) })
    }

    /// In a query over one relation, `t.id` and `id` mean the same column.
    private func unqualifyingColumns(of relation: Node, in body: Node, fields: [String]) -> NodeFields {
        let label = relation.alias?.body("Alias")?.aliasname ?? relation.alias?.aliasname
            ?? relation.relname ?? ""
        var result = body.fields
        for field in fields {
            result[field] = result[field]?.rewritten { child in
                child.kind == "ColumnRef" ? Self.stripQualifier(child, when: { qualifier, _ in qualifier == label }) : child
            }
        }
        return result
    }

    private static func stripQualifier(_ node: Node, when matches: (String, String) -> Bool) -> Node {
        guard let body = node.body("ColumnRef"), let fields = body.fieldsField.nonEmpty, fields.count == 2,
              let qualifier = fields[0].stringValue, let column = fields[1].stringValue, matches(qualifier, column) else { return node }
        return .wrap("ColumnRef", body.setting("fields", .array([fields[1]])).fields)
    }
}
