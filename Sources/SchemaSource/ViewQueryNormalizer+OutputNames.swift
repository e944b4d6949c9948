import SchemaModel
import SQLTree

/// Output column names of view queries, worked out as PostgreSQL names them (`FigureColname`), and
/// the renaming of set-operation branches.
extension ViewQueryNormalizer {
    // MARK: - Output names

    /// PostgreSQL's `FigureColname` for an unnamed output column; refused where monolayer does not
    /// know what PostgreSQL would choose.
    func figureName(_ node: Node) throws(Diagnostic) -> String {
        if let name = try figure(node) { return name }
        return "?column?"
    }

    func figure(_ node: Node) throws(Diagnostic) -> String? {
        guard let kind = node.kind, let body = node.body else { return nil }
        switch kind {
        case "ColumnRef":
            return body["fields"]?.array.last?.stringValue
        case "TypeCast":
            return try figure(body["arg"] ?? .null) ?? body["typeName"]?["names"]?.nameList.last
        case "CollateClause":
            return try figure(body["arg"] ?? .null)
        case "SubLink":
            switch body["subLinkType"]?.string {
            case "EXISTS_SUBLINK": return "exists"
            case "ARRAY_SUBLINK": return "array"
            case "EXPR_SUBLINK":
                guard let first = body["subselect"]?.body("SelectStmt")?["targetList"]?.array.first?.body("ResTarget") else { return nil }
                if let name = first["name"]?.string { return name }
                return try figure(first["val"] ?? .null)
            default: return nil
            }
        case "SQLValueFunction":
            var name = (body["op"]?.string ?? "").replacingOccurrences(of: "SVFOP_", with: "").lowercased()
            if name.hasSuffix("_n") { name.removeLast(2) }
            return name
        case "FuncCall", "A_Indirection", "CaseExpr", "A_ArrayExpr", "RowExpr", "CoalesceExpr", "MinMaxExpr", "NullIfExpr":
            return IndexBuilder.figureName(node)
        case "A_Expr" where body["kind"]?.string == "AEXPR_NULLIF":
            return "nullif"
        case "GroupingFunc":
            return "grouping"
        case "A_Const", "A_Expr", "BoolExpr", "NullTest", "BooleanTest", "ParamRef":
            return nil
        default:
            throw source.diagnostic(at: node, "name this output column with AS",
                                    hint: "monolayer does not know which name PostgreSQL gives a \(kind) column")
        }
    }

    /// Only the first branch of a set operation names the output columns; PostgreSQL prints those
    /// names on the other branches too.
    static func dropBranchNames(_ node: Node) -> Node {
        guard let (body, wrapped) = selectBody(node), body["op"]?.string ?? "SETOP_NONE" != "SETOP_NONE" else { return node }
        return rewrap(body.setting("larg", dropBranchNames(body["larg"] ?? .null))
            .setting("rarg", unnamed(body["rarg"] ?? .null)).fields, wrapped: wrapped)
    }

    static func unnamed(_ node: Node) -> Node {
        guard let (body, wrapped) = selectBody(node) else { return node }
        if body["op"]?.string ?? "SETOP_NONE" != "SETOP_NONE" {
            return rewrap(body.setting("larg", unnamed(body["larg"] ?? .null)).setting("rarg", unnamed(body["rarg"] ?? .null)).fields, wrapped: wrapped)
        }
        let targets = (body["targetList"]?.array ?? []).map { target -> Node in
            guard let resTarget = target.body("ResTarget") else { return target }
            return .wrap("ResTarget", resTarget.setting("name", nil).fields)
        }
        return rewrap(body.setting("targetList", .array(targets)).fields, wrapped: wrapped)
    }

    /// Explicit view column names name the leftmost branch's output columns.
    static func renameLeftmost(_ node: Node, names: [String]) -> Node {
        guard let (body, wrapped) = selectBody(node) else { return node }
        if body["op"]?.string ?? "SETOP_NONE" != "SETOP_NONE" {
            return rewrap(body.setting("larg", renameLeftmost(body["larg"] ?? .null, names: names)).fields, wrapped: wrapped)
        }
        var targets = body["targetList"]?.array ?? []
        for (index, name) in names.enumerated() where index < targets.count {
            if let resTarget = targets[index].body("ResTarget") {
                targets[index] = .wrap("ResTarget", resTarget.setting("name", .string(name)).fields)
            }
        }
        return rewrap(body.setting("targetList", .array(targets)).fields, wrapped: wrapped)
    }
}
