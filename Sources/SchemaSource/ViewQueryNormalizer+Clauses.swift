import SchemaModel
import SQLTree

/// `GROUP BY` (grouping sets included), `ORDER BY` and the output references they may make, as
/// PostgreSQL stores them: the expressions, not positions or aliases.
extension ViewQueryNormalizer {
    // MARK: - GROUP BY, ORDER BY

    func groupItem(_ group: Node, targets: [Node], level: Level, _ scopes: [Level]) throws(Diagnostic) -> Node {
        if let set = group.body("GroupingSet") {
            var content: [Node] = []
            for item in set.content { content.append(try groupItem(item, targets: targets, level: level, scopes)) }
            return .wrap("GroupingSet", set.setting("content", content.isEmpty ? nil : .array(content)).fields)
        }
        let columnIsInput = group.body("ColumnRef").map { reference in
            let names = reference.fieldsField.nameList
            return names.count != 1 || level.entries.contains { $0.columns.contains(names[0]) }
        } ?? true
        if let output = try substituteOutput(group, targets: targets, byName: !columnIsInput) { return output }
        return try expression(group, scopes)
    }

    func sortClause(_ sorts: [Node], targets: [Node], _ scopes: [Level]) throws(Diagnostic) -> [Node] {
        var items: [Node] = []
        var seen: Set<String> = []
        for sort in sorts {
            guard let sortBy = sort.body("SortBy"), let key = sortBy.node else { continue }
            let substituted = try substituteOutput(key, targets: targets, byName: true)
            var sortKey = substituted ?? key
            if substituted == nil { sortKey = try expression(key, scopes) }
            let item = Self.sortBy(sortBy, key: sortKey)
            // PostgreSQL drops a sort key that repeats an earlier one.
            let keyText = normalizer.normalize(item.body("SortBy")?.node ?? .null).canonicalText
            guard seen.insert(keyText).inserted else { continue }
            items.append(item)
        }
        return items
    }

    /// A sort key as PostgreSQL prints it: ASC is the default, and so are NULLS LAST for ascending and
    /// NULLS FIRST for descending.
    static func sortBy(_ sortBy: Node, key: Node) -> Node {
        var result = sortBy.fields
        result["node"] = key
        let descending = sortBy.sortby_dir == "SORTBY_DESC"
        if sortBy.sortby_dir == "SORTBY_ASC" { result["sortby_dir"] = .string("SORTBY_DEFAULT") }
        if sortBy.sortby_nulls == (descending ? "SORTBY_NULLS_FIRST" : "SORTBY_NULLS_LAST") {
            result["sortby_nulls"] = .string("SORTBY_NULLS_DEFAULT")
        }
        return .wrap("SortBy", result)
    }

    /// `GROUP BY 1`, `ORDER BY 2`, `ORDER BY alias`: PostgreSQL stores and prints the output expression.
    func substituteOutput(_ key: Node, targets: [Node], byName: Bool) throws(Diagnostic) -> Node? {
        if let constant = key.body("A_Const"), let position = constant.ival?.ival?.int ?? (constant.ival != nil ? 0 : nil) {
            guard position >= 1, position <= targets.count else {
                throw source.diagnostic(at: key, "position \(position) is not in the select list")
            }
            return targets[position - 1].body("ResTarget")?.val
        }
        guard byName, let names = key.body("ColumnRef")?.fieldsField.nameList, names.count == 1 else { return nil }
        let matches = targets.filter { $0.body("ResTarget")?.name?.string == names[0] }
        return matches.count == 1 ? matches[0].body("ResTarget")?.val : nil
    }
}
