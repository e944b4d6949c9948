import SchemaModel
import SQLTree

/// Expressions inside view queries: columns resolved against the query levels in scope, so the
/// qualification PostgreSQL adds when printing is dropped where it changes nothing, and relations are
/// called by the names PostgreSQL prints for them.
extension ViewQueryNormalizer {
    // MARK: - Expressions

    func expression(_ node: Node, _ scopes: [Level]) throws(Diagnostic) -> Node {
        switch node {
        case .object(let fields):
            if let reference = node.body("ColumnRef") { return try column(node, reference, scopes) }
            if node.body("SelectStmt") != nil { return Self.dropBranchNames(try select(node, outer: scopes).0) }
            if let row = node.body("RowExpr") {
                // `ROW(t.*)` is `ROW(t.a, t.b)`: PostgreSQL expands the star in a row constructor.
                let args = try expandingRowStars(row.args, scopes)
                return .wrap("RowExpr", try expression(row.setting("args", .array(args)), scopes).fields)
            }
            if let cast = node.body("TypeCast") {
                if let whole = wholeRow(cast, scopes) { return whole }
                return try typeCast(node, cast, scopes)
            }
            if let collate = node.body("CollateClause") { return try collateClause(collate, scopes) }
            if let call = node.body("FuncCall") {
                var result: NodeFields = [:]
                for (key, value) in callArguments(call, scopes).fields { result[key] = try expression(value, scopes) }
                return .wrap("FuncCall", result)
            }
            if let operation = node.body("A_Expr") {
                var result: NodeFields = [:]
                for (key, value) in operatorOperands(operation, scopes).fields { result[key] = try expression(value, scopes) }
                return .wrap("A_Expr", result)
            }
            if !columnsArePrinted, let text = node.body("A_Const")?.sval?.sval?.string, Self.namesItsOwnZone(text) {
                throw source.diagnostic(at: node, "a timestamp with a time zone of its own in a view is not supported",
                                        hint: "PostgreSQL stores it converted to the server's time zone; write it in that zone, without the zone")
            }
            if node.body("JsonArrayQueryConstructor") != nil {
                throw source.diagnostic(at: node, "JSON_ARRAY(query) in a view is not supported yet",
                                        hint: "PostgreSQL stores it rewritten as a JSON_ARRAYAGG subquery; write that")
            }
            if let xml = node.body("XmlExpr"), let named = xml.named_args.nonEmpty {
                // `XMLFOREST(name, ...)`, `XMLATTRIBUTES(a)`: an unnamed argument is named after its column.
                let args = named.map { argument -> Node in
                    guard let target = argument.body("ResTarget"), target.name == nil, let value = target.val,
                          let name = Self.figure(value).name else { return argument }
                    return .wrap("ResTarget", target.setting("name", .string(name)).fields)
                }
                var result: NodeFields = [:]
                for (key, value) in xml.setting("named_args", .array(args)).fields { result[key] = try expression(value, scopes) }
                return .wrap("XmlExpr", result)
            }
            if let sortBy = node.body("SortBy") { return Self.sortBy(sortBy, key: try expression(sortBy.node ?? .null, scopes)) }
            var result: NodeFields = [:]
            for (key, value) in fields { result[key] = try expression(value, scopes) }
            return .object(result)
        case .array(let items):
            var result: [Node] = []
            for item in items { result.append(try expression(item, scopes)) }
            return .array(result)
        default:
            return node
        }
    }

    /// `t.*::t`: PostgreSQL prints a whole-row reference with a cast to its own row type where it would
    /// otherwise be expanded (a top-level output column, an element of `ROW(...)`); the cast says nothing more.
    private func wholeRow(_ cast: Node, _ scopes: [Level]) -> Node? {
        guard let reference = cast.arg?.body("ColumnRef"), let fields = reference.fieldsField.nonEmpty, fields.count == 2,
              fields[1].kind == "A_Star", let label = fields[0].stringValue, let entry = Self.entry(label, scopes) else { return nil }
        let type = TypeNameRenderer.render(cast.typeName ?? .null, resolver: normalizer.resolver)
        // A subquery's or function's row has no type of its own: `s.*::record`.
        if let relation = entry.relation {
            guard type.userType == relation || (type.userType == nil && type.baseName == relation.name) else { return nil }
        } else if type.sql != "record" {
            return nil
        }
        return .wrap("ColumnRef", reference.setting("fields", .array([.stringNode(entry.printed), .wrap("A_Star", [:])])).fields)
    }

    /// `t.col` → `col` when `col` alone resolves to the same column: no relation of an inner query level
    /// has `col`, and at `t`'s level only `t` has it (or `col` is a USING column printed as `t.col`).
    /// Otherwise the reference is qualified by the name PostgreSQL prints for `t`.
    func column(_ node: Node, _ reference: Node, _ scopes: [Level]) throws(Diagnostic) -> Node {
        let fields = reference.fieldsField
        let names = fields.compactMap(\.stringValue)
        // `t.*` inside an expression (`f(t.*)`) is a whole-row value, which PostgreSQL keeps as written
        // (under the relation's printed name); a `*` output column is expanded where the target list is read.
        if fields.last?.kind == "A_Star" {
            guard let label = names.last, let entry = Self.entry(label, scopes) else { return node }
            return .wrap("ColumnRef", reference.setting("fields", .array([.stringNode(entry.printed), .wrap("A_Star", [:])])).fields)
        }
        // A bare relation name where no relation in scope has such a column is the whole row, which
        // PostgreSQL prints as `t.*` (`f(editor)` → `f(editor.*)`).
        if names.count == 1, fields.count == 1, !scopes.contains(where: { $0.entries.contains { $0.columns.contains(names[0]) } }),
           let entry = Self.entry(names[0], scopes) {
            return .wrap("ColumnRef", reference.setting("fields", .array([.stringNode(entry.printed), .wrap("A_Star", [:])])).fields)
        }
        guard names.count >= 2, names.count == fields.count else { return node }
        let label = names[names.count - 2]
        let name = names[names.count - 1]
        // `schema.table.col` names an unaliased relation of that schema.
        let schema = names.count >= 3 ? names[names.count - 3] : nil
        var shadowed = false
        for scope in scopes {
            let holders = scope.entries.filter { $0.has(name) }
            guard let entry = scope.entries.first(where: { $0.label == label && (schema == nil || $0.relation?.schema == schema) }) else {
                shadowed = shadowed || !holders.isEmpty || scope.merged[name] != nil
                continue
            }
            if let merged = entry.references[name] {
                return try column(node, reference.setting("fields", .array(merged.map(Node.stringNode))), scopes)
            }
            guard entry.has(name) else { return node }
            let qualified = Node.wrap("ColumnRef", reference.setting("fields", .array([.stringNode(entry.printed), .stringNode(name)])).fields)
            if shadowed { return qualified }
            if let printedAs = scope.merged[name] {
                return printedAs == label ? Self.unqualified(reference, name) : qualified
            }
            return holders.count == 1 ? Self.unqualified(reference, name) : qualified
        }
        return node
    }

    /// A date literal with a time and a zone (`2020-01-01 10:00+02`, `... America/New_York`).
    static func namesItsOwnZone(_ text: String) -> Bool {
        if let literal = DateTimeLiteral.dateTime(text) { return literal.hasZone }
        return text.range(of: #"^\s*\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}"#, options: .regularExpression) != nil
    }

    /// The entry a label names, in the innermost level that has it.
    static func entry(_ label: String, _ scopes: [Level]) -> Entry? {
        scopes.lazy.compactMap { $0.entries.first { $0.label == label } }.first
    }

    static func unqualified(_ reference: Node, _ name: String) -> Node {
        .wrap("ColumnRef", reference.setting("fields", .array([.stringNode(name)])).fields)
    }
}
