import SchemaModel
import SQLTree

/// Expressions inside view queries: columns resolved against the query levels in scope, so the
/// qualification PostgreSQL adds when printing is dropped where it changes nothing.
extension ViewQueryNormalizer {
    // MARK: - Expressions

    func expression(_ node: Node, _ scopes: [Level]) throws(Diagnostic) -> Node {
        switch node {
        case .object(let fields):
            if let reference = node.body("ColumnRef") { return try column(node, reference, scopes) }
            if node.body("SelectStmt") != nil { return Self.dropBranchNames(try select(node, outer: scopes).0) }
            var result: [String: Node] = [:]
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

    /// `t.col` → `col` when `col` alone resolves to the same column: no relation of an inner query level
    /// has `col`, and at `t`'s level only `t` has it (or `col` is a USING column printed as `t.col`).
    func column(_ node: Node, _ reference: Node, _ scopes: [Level]) throws(Diagnostic) -> Node {
        let fields = reference["fields"]?.array ?? []
        // `t.*` inside an expression (`f(t.*)`) is a whole-row value, which PostgreSQL keeps as written;
        // a `*` output column is refused where the target list is read.
        if fields.contains(where: { $0.kind == "A_Star" }) { return node }
        let names = fields.compactMap(\.stringValue)
        // A bare relation name where no relation in scope has such a column is the whole row, which
        // PostgreSQL prints as `t.*` (`f(editor)` → `f(editor.*)`).
        if names.count == 1, fields.count == 1, !scopes.contains(where: { $0.entries.contains { $0.columns.contains(names[0]) } }),
           scopes.contains(where: { $0.entries.contains { $0.label == names[0] } }) {
            return .wrap("ColumnRef", reference.setting("fields", .array([.stringNode(names[0]), .wrap("A_Star", [:])])).fields)
        }
        guard names.count >= 2, names.count == fields.count else { return node }
        let label = names[names.count - 2]
        let name = names[names.count - 1]
        for scope in scopes {
            let holders = scope.entries.filter { $0.columns.contains(name) }
            if let entry = scope.entries.first(where: { $0.label == label }) {
                guard entry.columns.contains(name) else { return node }
                if let printedAs = scope.merged[name] {
                    return printedAs == label ? Self.unqualified(reference, name) : node
                }
                return holders.count == 1 ? Self.unqualified(reference, name) : node
            }
            if !holders.isEmpty || scope.merged[name] != nil { return node }
        }
        return node
    }

    static func unqualified(_ reference: Node, _ name: String) -> Node {
        .wrap("ColumnRef", reference.setting("fields", .array([.stringNode(name)])).fields)
    }
}

extension ViewQueryNormalizer {
    /// `(f(t)).*` in a target list, where `f` returns a declared table's or view's row type, is what
    /// PostgreSQL stores as one output column per column of that row: `(f(t.*)).col AS col`. Expanded the
    /// same way here; any other `.*` on an expression cannot be compared and is refused.
    func expandingRowStars(_ targets: [Node]) throws(Diagnostic) -> [Node] {
        var result: [Node] = []
        for target in targets {
            guard let resTarget = target.body("ResTarget"), let indirection = resTarget["val"]?.body("A_Indirection"),
                  let steps = indirection["indirection"]?.array, steps.last?.kind == "A_Star" else {
                result.append(target)
                continue
            }
            guard steps.count == 1, let call = indirection["arg"]?.body("FuncCall"),
                  case let parts = normalizer.resolver.functionNameParts(call["funcname"]?.nameList ?? []), parts.count == 2,
                  let relation = rowTypeOf(QualifiedName(parts[0], parts[1])), let columns = try columnsOf(relation) else {
                throw source.diagnostic(at: resTarget["val"], "this .* in a view is not supported: PostgreSQL stores the columns of the moment",
                                        hint: "list the columns (pg_dump prints views that way)")
            }
            dependencies.insert(relation)
            for column in columns {
                let field = Node.wrap("A_Indirection", indirection.setting("indirection", .array([.stringNode(column)])).fields)
                result.append(.wrap("ResTarget", resTarget.setting("val", field).setting("name", .string(column)).fields))
            }
        }
        return result
    }
}
