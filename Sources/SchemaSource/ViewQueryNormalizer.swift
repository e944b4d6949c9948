import SchemaModel
import SQLTree

/// A view's query in one canonical form, for the user's text and `pg_get_viewdef`'s rendering alike.
///
/// What PostgreSQL changes when it prints a view (measured on 15 and 18): relations are schema-qualified
/// (the introspector runs with `search_path = pg_catalog`); columns are qualified by their relation in
/// joins, and on 15 in single-relation queries too; every output column whose name is not the column's
/// own gets `AS name` (`count(*) AS count`, `AS "?column?"`); explicit view column names become those
/// aliases; the non-first branches of a set operation get the first branch's names; `GROUP BY 1` and
/// `ORDER BY alias` become the expressions; literals gain casts, `IN`/`BETWEEN`/`LIKE` are rewritten
/// (the expression normalizer's rules); `SELECT *` is expanded to the columns of the moment.
///
/// So: relations are qualified through the search path against the declared tables and views (CTE
/// names excepted); every output column carries its name explicitly (figured as PostgreSQL figures it);
/// names of non-first set-operation branches are dropped; positional and alias references in `GROUP BY`
/// and `ORDER BY` are replaced by the expression; `t.col` becomes `col` wherever `col` alone would
/// resolve to the same column (by the column lists of the relations in scope). What cannot be brought
/// to one form is refused at its place in the file: `*`, relations whose columns are unknown (functions
/// in FROM, undeclared relations), `NATURAL` joins, unaliased subqueries, relation names used twice.
final class ViewQueryNormalizer {
    let source: StatementSource
    let normalizer: ExpressionNormalizer
    /// The output columns of a declared table or view; nil when no such relation is declared.
    let columnsOf: (QualifiedName) throws(Diagnostic) -> [String]?
    let rowTypeOf: (QualifiedName) -> QualifiedName?
    var dependencies: Set<QualifiedName> = []

    init(source: StatementSource, normalizer: ExpressionNormalizer,
         columnsOf: @escaping (QualifiedName) throws(Diagnostic) -> [String]?,
         rowTypeOf: @escaping (QualifiedName) -> QualifiedName? = { _ in nil }) {
        self.source = source
        self.normalizer = normalizer
        self.columnsOf = columnsOf
        self.rowTypeOf = rowTypeOf
    }

    struct Result {
        var tree: Node
        var outputColumns: [String]
        var outputExpressions: [String]
        var shape: String?
    }

    struct Entry {
        var label: String
        var columns: [String]
    }

    struct Level {
        var entries: [Entry] = []
        var ctes: [String: [String]] = [:]
        /// Columns merged by `JOIN ... USING`: the label that an unqualified reference prints as, if any.
        var merged: [String: String?] = [:]
        /// Names of this level's relations: PostgreSQL renames a relation of a nested query that has
        /// the name of one in an enclosing query when it prints the view.
        var labels: Set<String> = []
    }

    static let unsupportedHint = "monolayer refuses view queries it cannot compare with the server's rendering rather than report false differences"

    /// The normalized query; `columnNames` (the view's explicit column list) become the first output names.
    func normalize(_ query: Node, columnNames: [String]) throws(Diagnostic) -> Result {
        var (tree, outputs) = try select(query, outer: [])
        tree = Self.dropBranchNames(tree)
        if !columnNames.isEmpty {
            guard columnNames.count <= outputs.count else {
                throw source.diagnostic(at: query, "the view names \(columnNames.count) columns but its query has \(outputs.count)")
            }
            tree = Self.renameLeftmost(tree, names: columnNames)
            outputs = columnNames + outputs.dropFirst(columnNames.count)
        }
        let normalized = normalizer.normalize(tree)
        let body = normalized.body("SelectStmt") ?? .null
        var expressions: [String] = []
        var shape: String?
        if body["op"]?.string ?? "SETOP_NONE" == "SETOP_NONE" {
            expressions = (body["targetList"]?.array ?? []).map { ($0.body("ResTarget")?["val"] ?? .null).canonicalText }
            shape = Node.array([body["fromClause"] ?? .null, body["withClause"] ?? .null]).canonicalText
        }
        return Result(tree: normalized, outputColumns: outputs, outputExpressions: expressions, shape: shape)
    }

    // MARK: - Queries

    /// A `SelectStmt`, wrapped (`{"SelectStmt": {...}}`) or bare (set operation branches are typed fields).
    static func selectBody(_ node: Node) -> (body: Node, wrapped: Bool)? {
        if let body = node.body("SelectStmt") { return (body, true) }
        if node["op"] != nil || node["targetList"] != nil || node["limitOption"] != nil { return (node, false) }
        return nil
    }

    static func rewrap(_ fields: [String: Node], wrapped: Bool) -> Node {
        wrapped ? .wrap("SelectStmt", fields) : .object(fields)
    }

    func select(_ node: Node, outer: [Level]) throws(Diagnostic) -> (Node, [String]) {
        guard let (body, wrapped) = Self.selectBody(node) else {
            throw source.diagnostic(at: node, "a view's query must be a SELECT", hint: Self.unsupportedHint)
        }
        var fields = body.fields
        for unsupported in ["intoClause", "lockingClause", "valuesLists"] where fields[unsupported] != nil {
            throw source.diagnostic(at: node, unsupported == "valuesLists" ? "VALUES in a view is not supported yet" : "this SELECT clause is not supported in views",
                                    hint: Self.unsupportedHint)
        }
        var level = Level()
        let enclosing = outer.reduce(into: Set<String>()) { $0.formUnion($1.labels) }
        for (label, item) in Self.labels(of: body["fromClause"]?.array ?? []) {
            guard !enclosing.contains(label), level.labels.insert(label).inserted else {
                throw source.diagnostic(at: item, "\"\(label)\" names a relation of this query and one of an enclosing query",
                                        hint: "give the inner one a distinct alias; PostgreSQL would print it under an invented name (\(label)_1)")
            }
        }
        if let with = body["withClause"]?.body("WithClause") ?? body["withClause"] {
            if with["recursive"]?.bool == true {
                throw source.diagnostic(at: body["withClause"], "WITH RECURSIVE in a view is not supported yet", hint: Self.unsupportedHint)
            }
            var ctes: [Node] = []
            for cte in with["ctes"]?.array ?? [] {
                guard let definition = cte.body("CommonTableExpr"), let name = definition["ctename"]?.string,
                      let query = definition["ctequery"] else { continue }
                let (tree, outputs) = try select(query, outer: [level] + outer)
                let aliases = definition["aliascolnames"]?.nameList ?? []
                level.ctes[name] = aliases + outputs.dropFirst(aliases.count)
                ctes.append(.wrap("CommonTableExpr", definition.setting("ctequery", Self.dropBranchNames(tree)).fields))
            }
            fields["withClause"] = .wrap("WithClause", with.setting("ctes", .array(ctes)).fields)
        }
        let operation = body["op"]?.string ?? "SETOP_NONE"
        if operation != "SETOP_NONE" {
            let (left, outputs) = try select(body["larg"] ?? .null, outer: [level] + outer)
            let (right, _) = try select(body["rarg"] ?? .null, outer: [level] + outer)
            fields["larg"] = left
            fields["rarg"] = right
            // ORDER BY and LIMIT of a set operation name its output columns (or positions): left as written.
            return (Self.rewrap(fields, wrapped: wrapped), outputs)
        }
        var from: [Node] = []
        for item in body["fromClause"]?.array ?? [] {
            let (tree, entries, merged) = try fromItem(item, level: level, outer: outer)
            from.append(tree)
            level.entries += entries
            level.merged.merge(merged) { first, _ in first }
        }
        if !from.isEmpty { fields["fromClause"] = .array(from) }
        let scopes = [level] + outer
        var targets: [Node] = []
        var outputs: [String] = []
        for target in try expandingRowStars(body["targetList"]?.array ?? []) {
            guard let resTarget = target.body("ResTarget"), let value = resTarget["val"] else { continue }
            if let reference = value.body("ColumnRef"), (reference["fields"]?.array ?? []).contains(where: { $0.kind == "A_Star" }) {
                throw source.diagnostic(at: value, "* in a view is not supported: PostgreSQL stores the columns of the moment and prints them instead",
                                        hint: "list the columns (pg_dump prints views that way)")
            }
            var name: String
            if let explicit = resTarget["name"]?.string { name = explicit } else { name = try figureName(value) }
            var result = resTarget.fields
            result["val"] = try expression(value, scopes)
            result["name"] = .string(name)
            targets.append(.wrap("ResTarget", result))
            outputs.append(name)
        }
        fields["targetList"] = .array(targets)
        for clause in ["whereClause", "havingClause", "limitCount", "limitOffset", "distinctClause", "windowClause"] {
            if let value = body[clause] { fields[clause] = try expression(value, scopes) }
        }
        if let groups = body["groupClause"]?.array {
            var items: [Node] = []
            for group in groups {
                let columnIsInput = group.body("ColumnRef").map { reference in
                    let names = reference["fields"]?.nameList ?? []
                    return names.count != 1 || level.entries.contains { $0.columns.contains(names[0]) }
                } ?? true
                if let output = try substituteOutput(group, targets: targets, byName: !columnIsInput) { items.append(output) }
                else { items.append(try expression(group, scopes)) }
            }
            fields["groupClause"] = .array(items)
        }
        if let sorts = body["sortClause"]?.array {
            var items: [Node] = []
            var seen: Set<String> = []
            for sort in sorts {
                guard let sortBy = sort.body("SortBy"), let key = sortBy["node"] else { continue }
                var result = sortBy.fields
                if let output = try substituteOutput(key, targets: targets, byName: true) { result["node"] = output }
                else { result["node"] = try expression(key, scopes) }
                // ASC is the default, and so are NULLS LAST for ascending and NULLS FIRST for descending.
                let descending = sortBy["sortby_dir"]?.string == "SORTBY_DESC"
                if !descending, sortBy["sortby_dir"]?.string == "SORTBY_ASC" { result["sortby_dir"] = .string("SORTBY_DEFAULT") }
                if sortBy["sortby_nulls"]?.string == (descending ? "SORTBY_NULLS_FIRST" : "SORTBY_NULLS_LAST") {
                    result["sortby_nulls"] = .string("SORTBY_NULLS_DEFAULT")
                }
                // PostgreSQL drops a sort key that repeats an earlier one.
                let keyText = normalizer.normalize(result["node"] ?? .null).canonicalText
                guard seen.insert(keyText).inserted else { continue }
                items.append(.wrap("SortBy", result))
            }
            fields["sortClause"] = .array(items)
        }
        return (Self.rewrap(fields, wrapped: wrapped), outputs)
    }

    /// The names the relations of one FROM list go by.
    static func labels(of items: [Node]) -> [(String, Node)] {
        items.flatMap { item -> [(String, Node)] in
            if let relation = item.body("RangeVar") {
                let alias = relation["alias"]?.body("Alias") ?? relation["alias"]
                return [(alias?["aliasname"]?.string ?? relation["relname"]?.string ?? "", item)]
            }
            if let subquery = item.body("RangeSubselect") {
                let alias = subquery["alias"]?.body("Alias") ?? subquery["alias"]
                return alias?["aliasname"]?.string.map { [($0, item)] } ?? []
            }
            if let join = item.body("JoinExpr") { return labels(of: [join["larg"] ?? .null, join["rarg"] ?? .null]) }
            return []
        }
    }

    /// `GROUP BY 1`, `ORDER BY 2`, `ORDER BY alias`: PostgreSQL stores and prints the output expression.
    private func substituteOutput(_ key: Node, targets: [Node], byName: Bool) throws(Diagnostic) -> Node? {
        if let constant = key.body("A_Const"), let position = constant["ival"]?["ival"]?.int ?? (constant["ival"] != nil ? 0 : nil) {
            guard position >= 1, position <= targets.count else {
                throw source.diagnostic(at: key, "position \(position) is not in the select list")
            }
            return targets[position - 1].body("ResTarget")?["val"]
        }
        guard byName, let names = key.body("ColumnRef")?["fields"]?.nameList, names.count == 1 else { return nil }
        let matches = targets.filter { $0.body("ResTarget")?["name"]?.string == names[0] }
        return matches.count == 1 ? matches[0].body("ResTarget")?["val"] : nil
    }

    // MARK: - FROM

    private func fromItem(_ item: Node, level: Level, outer: [Level]) throws(Diagnostic) -> (Node, [Entry], [String: String?]) {
        guard let kind = item.kind, let body = item.body else { return (item, [], [:]) }
        switch kind {
        case "RangeVar":
            let alias = body["alias"]?.body("Alias") ?? body["alias"]
            let relation = body["relname"]?.string ?? ""
            let aliasColumns = alias?["colnames"]?.nameList ?? []
            var fields = body.fields
            var columns: [String]
            if body["schemaname"] == nil, let cte = ([level] + outer).lazy.compactMap({ $0.ctes[relation] }).first {
                columns = cte
            } else {
                var name: QualifiedName?
                var found: [String]?
                if let schema = body["schemaname"]?.string {
                    name = QualifiedName(schema, relation)
                    found = try columnsOf(name!)
                } else {
                    for schema in source.searchPath {
                        if let columns = try columnsOf(QualifiedName(schema, relation)) { name = QualifiedName(schema, relation); found = columns; break }
                    }
                }
                guard let name, let found else {
                    throw source.diagnostic(at: item, "the view reads \(body["schemaname"]?.string.map { "\($0)." } ?? "")\(relation), which is not a declared table or view",
                                            hint: "views may read only tables and views the schema files declare")
                }
                fields["schemaname"] = .string(name.schema)
                dependencies.insert(name)
                columns = found
            }
            if let alias, alias["aliasname"]?.string == relation, aliasColumns.isEmpty { fields["alias"] = nil }
            let label = alias?["aliasname"]?.string ?? relation
            columns = aliasColumns + columns.dropFirst(aliasColumns.count)
            return (.wrap(kind, fields), [Entry(label: label, columns: columns)], [:])
        case "RangeSubselect":
            guard body["lateral"]?.bool != true else {
                throw source.diagnostic(at: item, "LATERAL subqueries in views are not supported yet", hint: Self.unsupportedHint)
            }
            guard let alias = body["alias"]?.body("Alias") ?? body["alias"], let label = alias["aliasname"]?.string else {
                throw source.diagnostic(at: body["subquery"], "a subquery in a view's FROM needs an alias",
                                        hint: "PostgreSQL 16 and later print an invented alias for it; write one, e.g. `(SELECT ...) AS sub`")
            }
            let (tree, outputs) = try select(body["subquery"] ?? .null, outer: [Level(ctes: level.ctes, labels: level.labels)] + outer)
            let aliasColumns = alias["colnames"]?.nameList ?? []
            let fields = body.setting("subquery", Self.dropBranchNames(tree)).fields
            return (.wrap(kind, fields), [Entry(label: label, columns: aliasColumns + outputs.dropFirst(aliasColumns.count))], [:])
        case "JoinExpr":
            if body["isNatural"]?.bool == true {
                throw source.diagnostic(at: item, "NATURAL joins in views are not supported", hint: "name the columns with USING (...) or ON")
            }
            if body["alias"] != nil || body["join_using_alias"] != nil {
                throw source.diagnostic(at: item, "an alias on a join in a view is not supported yet", hint: Self.unsupportedHint)
            }
            let (left, leftEntries, leftMerged) = try fromItem(body["larg"] ?? .null, level: level, outer: outer)
            let (right, rightEntries, rightMerged) = try fromItem(body["rarg"] ?? .null, level: level, outer: outer)
            var merged = leftMerged.merging(rightMerged) { first, _ in first }
            let joinType = body["jointype"]?.string ?? "JOIN_INNER"
            for column in body["usingClause"]?.nameList ?? [] {
                // An unqualified USING column is the left one (right for RIGHT JOIN, neither for FULL).
                let side = joinType == "JOIN_RIGHT" ? rightEntries : leftEntries
                let owners = side.filter { $0.columns.contains(column) }
                merged[column] = joinType == "JOIN_FULL" || owners.count != 1 ? .some(nil) : .some(owners[0].label)
            }
            var fields = body.fields
            fields["larg"] = left
            fields["rarg"] = right
            if let quals = body["quals"] {
                let scope = Level(entries: leftEntries + rightEntries, ctes: level.ctes, merged: merged, labels: level.labels)
                fields["quals"] = try expression(quals, [scope] + outer)
            }
            return (.wrap(kind, fields), leftEntries + rightEntries, merged)
        default:
            throw source.diagnostic(at: item, "\(kind) in a view's FROM is not supported yet",
                                    hint: "views may read tables, views, subqueries and joins of these; " + Self.unsupportedHint)
        }
    }
}
