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
