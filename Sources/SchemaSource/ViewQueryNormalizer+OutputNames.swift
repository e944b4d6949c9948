import SchemaModel
import SQLTree

/// Output column names of view queries, worked out as PostgreSQL names them (`FigureColname`), and
/// the renaming of set-operation branches.
extension ViewQueryNormalizer {
    // MARK: - Output names

    /// PostgreSQL's `FigureColname` for an unnamed output column.
    func figureName(_ node: Node) throws(Diagnostic) -> String {
        Self.figure(node).name ?? "?column?"
    }

    static func figureColumnName(_ node: Node) -> String? { figure(node).name }

    /// `FigureColnameInternal` (parser/parse_target.c), on the same raw parse tree: a name and its
    /// strength (2: a column's or function's own name; 1: a type's name or `case`, which a stronger name
    /// inside a cast or `ELSE` beats; 0: none).
    static func figure(_ node: Node) -> (name: String?, strength: Int) {
        guard let kind = node.kind, let body = node.body else { return (nil, 0) }
        switch kind {
        case "ColumnRef":
            return body.fieldsField.nameList.last.map { ($0, 2) } ?? (nil, 0)
        case "A_Indirection":
            if let name = body.indirection.nameList.last { return (name, 2) }
            return figure(body.arg ?? .null)
        case "FuncCall":
            return (body.funcname.nameList.last, 2)
        case "A_Expr":
            return body.kindField == "AEXPR_NULLIF" ? ("nullif", 2) : (nil, 0)
        case "TypeCast":
            let inner = figure(body.arg ?? .null)
            if inner.strength > 1 { return inner }
            return ((body.typeName?.body("TypeName") ?? body.typeName)?.names.nameList.last, 1)
        case "CollateClause":
            return figure(body.arg ?? .null)
        case "GroupingFunc": return ("grouping", 2)
        case "MergeSupportFunc": return ("merge_action", 2)
        case "SubLink":
            switch body.subLinkType {
            case "EXISTS_SUBLINK": return ("exists", 2)
            case "ARRAY_SUBLINK": return ("array", 2)
            case "EXPR_SUBLINK":
                guard let first = Self.leftmostBranch(body.subselect ?? .null).body("SelectStmt")?.targetList.first?.body("ResTarget")
                        ?? Self.leftmostBranch(body.subselect ?? .null).targetList.first?.body("ResTarget") else { return (nil, 0) }
                return (first.name?.string ?? figure(first.val ?? .null).name ?? "?column?", 2)
            default: return (nil, 0)
            }
        case "CaseExpr":
            let inner = figure(body.defresult ?? .null)
            return inner.strength > 1 ? inner : ("case", 1)
        case "A_ArrayExpr": return ("array", 2)
        case "RowExpr": return ("row", 2)
        case "CoalesceExpr": return ("coalesce", 2)
        case "MinMaxExpr": return (body.op == "IS_GREATEST" ? "greatest" : "least", 2)
        case "SQLValueFunction":
            var name = (body.op ?? "").replacingOccurrences(of: "SVFOP_", with: "").lowercased()
            if name.hasSuffix("_n") { name.removeLast(2) }
            return (name, 2)
        case "XmlExpr":
            let names = ["IS_XMLCONCAT": "xmlconcat", "IS_XMLELEMENT": "xmlelement", "IS_XMLFOREST": "xmlforest", "IS_XMLPARSE": "xmlparse",
                         "IS_XMLPI": "xmlpi", "IS_XMLROOT": "xmlroot", "IS_XMLSERIALIZE": "xmlserialize"]
            return names[body.op ?? ""].map { ($0, 2) } ?? (nil, 0)
        case "XmlSerialize": return ("xmlserialize", 2)
        case "JsonParseExpr": return ("json", 2)
        case "JsonScalarExpr": return ("json_scalar", 2)
        case "JsonSerializeExpr": return ("json_serialize", 2)
        case "JsonObjectConstructor": return ("json_object", 2)
        case "JsonArrayConstructor", "JsonArrayQueryConstructor": return ("json_array", 2)
        case "JsonObjectAgg": return ("json_objectagg", 2)
        case "JsonArrayAgg": return ("json_arrayagg", 2)
        case "JsonFuncExpr":
            let names = ["JSON_EXISTS_OP": "json_exists", "JSON_QUERY_OP": "json_query", "JSON_VALUE_OP": "json_value"]
            return names[body.op ?? ""].map { ($0, 2) } ?? (nil, 0)
        default:
            return (nil, 0)
        }
    }

    /// Only the first branch of a set operation names the output columns; PostgreSQL prints those
    /// names on the other branches too.
    static func dropBranchNames(_ node: Node) -> Node {
        guard let (body, wrapped) = selectBody(node), body.op ?? "SETOP_NONE" != "SETOP_NONE" else { return node }
        return rewrap(body.setting("larg", dropBranchNames(body.larg ?? .null))
            .setting("rarg", unnamed(body.rarg ?? .null)).fields, wrapped: wrapped)
    }

    static func unnamed(_ node: Node) -> Node {
        guard let (body, wrapped) = selectBody(node) else { return node }
        if body.op ?? "SETOP_NONE" != "SETOP_NONE" {
            return rewrap(body.setting("larg", unnamed(body.larg ?? .null)).setting("rarg", unnamed(body.rarg ?? .null)).fields, wrapped: wrapped)
        }
        let targets = body.targetList.map { target -> Node in
            guard let resTarget = target.body("ResTarget") else { return target }
            return .wrap("ResTarget", resTarget.setting("name", nil).fields)
        }
        return rewrap(body.setting("targetList", .array(targets)).fields, wrapped: wrapped)
    }

    /// Explicit view column names name the leftmost branch's output columns.
    static func renameLeftmost(_ node: Node, names: [String]) -> Node {
        guard let (body, wrapped) = selectBody(node) else { return node }
        if body.op ?? "SETOP_NONE" != "SETOP_NONE" {
            return rewrap(body.setting("larg", renameLeftmost(body.larg ?? .null, names: names)).fields, wrapped: wrapped)
        }
        var targets = body.targetList
        for (index, name) in names.enumerated() where index < targets.count {
            if let resTarget = targets[index].body("ResTarget") {
                targets[index] = .wrap("ResTarget", resTarget.setting("name", .string(name)).fields)
            }
        }
        return rewrap(body.setting("targetList", .array(targets)).fields, wrapped: wrapped)
    }
}
