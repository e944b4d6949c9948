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
/// (the expression normalizer's rules); `*` and `t.*` are expanded to the columns of the moment; a
/// function in FROM gets its alias and the full list of its column names; a relation whose name an
/// enclosing query level uses already is printed under a new one (`r_1`).
///
/// So: relations are qualified through the search path against the declared tables and views (CTE
/// names excepted); `*` is expanded as PostgreSQL expands it; every output column carries its name
/// explicitly (figured as PostgreSQL figures it); names of non-first set-operation branches are dropped;
/// positional and alias references in `GROUP BY` and `ORDER BY` are replaced by the expression; every
/// relation goes by the name PostgreSQL prints for it (`ViewRelationNames`); `t.col` becomes `col`
/// wherever `col` alone would resolve to the same column (by the column lists of the relations in scope).
/// What cannot be brought to one form is refused at its place in the file, with the construct's name:
/// relations or functions whose columns are unknown, constructs not supported yet.
final class ViewQueryNormalizer {
    let source: StatementSource
    let normalizer: ExpressionNormalizer
    let lookups: ViewLookups
    /// Whether the query is the server's rendering, which names every column of a function in FROM.
    let columnsArePrinted: Bool
    var dependencies: Set<QualifiedName> = []
    /// The types of the view's output columns that are known (a declared table's column, a cast, ...).
    var outputTypes: [Int: TypeReference] = [:]

    init(source: StatementSource, normalizer: ExpressionNormalizer, lookups: ViewLookups, columnsArePrinted: Bool) {
        self.source = source
        self.normalizer = normalizer
        self.lookups = lookups
        self.columnsArePrinted = columnsArePrinted
    }

    struct Result {
        var tree: Node
        var outputColumns: [String]
        var outputExpressions: [String]
        var shape: String?
        var outputTypes: [String: TypeReference] = [:]
    }

    /// A relation in scope: a table, view, CTE, subquery, function or `VALUES` list of FROM.
    struct Entry {
        /// The name references use (alias, else the relation's name); empty for an unnamed subquery.
        var label: String
        /// The name PostgreSQL prints for it (`ViewRelationNames`).
        var printed: String
        var columns: [String]
        /// The table or view behind the label, for whole-row references (`t.*::t`).
        var relation: QualifiedName?
        /// Column types, where known (declared tables).
        var types: [String: TypeReference] = [:]
        /// A built-in relation whose columns differ between PostgreSQL versions: `*` over it is refused.
        var versionDependent = false
        /// `JOIN ... USING (...) AS u`: `u.col` stands for the merged column, printed as this reference.
        var references: [String: [String]] = [:]

        /// Whether a reference `label.name` finds a column here: a table's system columns (`ctid`) count.
        func has(_ name: String) -> Bool {
            columns.contains(name) || (relation != nil && ViewQueryNormalizer.systemColumns.contains(name))
        }
    }

    static let systemColumns: Set<String> = ["ctid", "xmin", "xmax", "cmin", "cmax", "tableoid"]

    /// One output column of `*`: its name and the reference PostgreSQL prints for it.
    struct StarColumn {
        var name: String
        var fields: [String]
    }

    struct Level {
        var entries: [Entry] = []
        var ctes: [String: [String]] = [:]
        /// Columns merged by `JOIN ... USING`: the label that an unqualified reference prints as, if any.
        var merged: [String: String?] = [:]
        /// The names this level's relations print as, and every name taken here and above.
        var names = ViewRelationNames(written: [], enclosing: [])
        /// What `*` expands to at this level.
        var star: [StarColumn] = []
    }

    static let unsupportedHint = "monolayer refuses view queries it cannot compare with the server's rendering rather than report false differences"

    /// The normalized query; `columnNames` (the view's explicit column list) become the first output names.
    func normalize(_ query: Node, columnNames: [String]) throws(Diagnostic) -> Result {
        var (tree, outputs) = try select(Self.valuesAsSelect(query, columnNames: columnNames), outer: [])
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
        var types: [String: TypeReference] = [:]
        if body.op ?? "SETOP_NONE" == "SETOP_NONE" {
            for (index, type) in outputTypes where index < outputs.count { types[outputs[index]] = type }
            expressions = body.targetList.map { ($0.body("ResTarget")?.val ?? .null).canonicalText }
            shape = Node.array([body["fromClause"] ?? .null, body.withClause ?? .null]).canonicalText
        }
        return Result(tree: normalized, outputColumns: outputs, outputExpressions: expressions, shape: shape, outputTypes: types)
    }

    /// A view that is a `VALUES` list with columns named otherwise than `column1`, `column2`, ... is stored
    /// and printed as `SELECT column1 AS a, ... FROM (VALUES ...) "*VALUES*"`.
    static func valuesAsSelect(_ query: Node, columnNames: [String]) -> Node {
        guard let body = query.body("SelectStmt"), let rows = body.valuesLists.nonEmpty, let first = rows.first,
              columnNames.enumerated().contains(where: { $0.element != "column\($0.offset + 1)" }) else { return query }
        let width = ExpressionNormalizer.listItems(first).count
        let targets = (1...max(width, 1)).map { index in
            Node.wrap("ResTarget", ["val": .wrap("ColumnRef", ["fields": .array([.stringNode("column\(index)")])])])
        }
        let values = Node.wrap("RangeSubselect", ["subquery": query, "alias": .object(["aliasname": .string("*VALUES*")])])
        return .wrap("SelectStmt", ["targetList": .array(targets), "fromClause": .array([values]),
                                    "limitOption": .string("LIMIT_OPTION_DEFAULT"), "op": .string("SETOP_NONE")])
    }

    // MARK: - Queries

    /// A `SelectStmt`, wrapped (`{"SelectStmt": {...}}`) or bare (set operation branches are typed fields).
    static func selectBody(_ node: Node) -> (body: Node, wrapped: Bool)? {
        if let body = node.body("SelectStmt") { return (body, true) }
        if node.op != nil || !node.targetList.isEmpty || node.limitOption != nil || !node.valuesLists.isEmpty { return (node, false) }
        return nil
    }

    static func rewrap(_ fields: NodeFields, wrapped: Bool) -> Node {
        wrapped ? .wrap("SelectStmt", fields) : .object(fields)
    }

    func select(_ node: Node, outer: [Level]) throws(Diagnostic) -> (Node, [String]) {
        guard let (body, wrapped) = Self.selectBody(node) else {
            throw source.diagnostic(at: node, "a view's query must be a SELECT", hint: Self.unsupportedHint)
        }
        var fields = body.fields
        if let clause = ["intoClause", "lockingClause"].first(where: { fields[$0] != nil }) {
            throw source.diagnostic(at: node, clause == "intoClause" ? "SELECT INTO is not a view's query" : "FOR UPDATE/SHARE in a view is not supported",
                                    hint: Self.unsupportedHint)
        }
        let fromItems = body.fromClause
        var level = Level(names: ViewRelationNames(written: Self.entryNames(of: fromItems), enclosing: outer.first?.names.taken ?? []))
        if let with = body.withClause {
            fields["withClause"] = try withClause(with, level: &level, outer: outer)
        }
        if !body.valuesLists.isEmpty {
            return try values(fields, wrapped: wrapped, scopes: [level] + outer)
        }
        let operation = body.op ?? "SETOP_NONE"
        if operation != "SETOP_NONE" {
            let (left, outputs) = try select(body.larg ?? .null, outer: [level] + outer)
            let (right, _) = try select(body.rarg ?? .null, outer: [level] + outer)
            fields["larg"] = left
            fields["rarg"] = right
            // ORDER BY and LIMIT of a set operation name its output columns (or positions): left as written.
            return (Self.rewrap(fields, wrapped: wrapped), outputs)
        }
        var from: [Node] = []
        var unqualifiedMerges: [String: [Set<String>]] = [:]
        for item in fromItems {
            let result = try fromItem(item, visible: level.entries, level: &level, outer: outer)
            from.append(result.tree)
            level.entries += result.entries
            level.merged.merge(result.merged) { first, _ in first }
            level.star += result.star
            unqualifiedMerges.merge(result.unqualifiedMerges) { $0 + $1 }
        }
        // PostgreSQL prints a FULL JOIN's USING column unqualified, and renames any other relation's column
        // of that name (`x_1`) so that it stays unambiguous.
        for (column, groups) in unqualifiedMerges
        where groups.count > 1 || level.entries.contains(where: { !groups[0].contains($0.label) && $0.columns.contains(column) }) {
            throw source.diagnostic(at: node, "column \(column) of a FULL JOIN ... USING and of another relation of this query",
                                    hint: "PostgreSQL would print the other one renamed; join ON the columns, or give the other one an alias name")
        }
        if !from.isEmpty { fields["fromClause"] = .array(from) }
        let scopes = [level] + outer
        var targets: [Node] = []
        var outputs: [String] = []
        for target in try expandingStars(body.targetList, scopes) {
            guard let resTarget = target.body("ResTarget"), let value = resTarget.val else { continue }
            var name = resTarget.name?.string ?? ""
            if resTarget.name == nil { name = try figureName(value) }
            var result = resTarget.fields
            result["val"] = try expression(value, scopes)
            result["name"] = .string(name)
            targets.append(.wrap("ResTarget", result))
            outputs.append(name)
            if outer.isEmpty, let type = knownType(value, scopes) { outputTypes[outputs.count - 1] = type }
        }
        fields["targetList"] = .array(targets)
        for clause in ["whereClause", "havingClause", "limitCount", "limitOffset", "windowClause"] {
            if let value = body[clause] { fields[clause] = try expression(value, scopes) }
        }
        if let distinct = body.distinctClause.nonEmpty {
            var items: [Node] = []
            for item in distinct {
                // `DISTINCT ON (1)` names an output column, as `ORDER BY 1` does; plain DISTINCT is one empty item.
                if item.kind == nil { items.append(item) } else if let output = try substituteOutput(item, targets: targets, byName: false) {
                    items.append(output)
                } else { items.append(try expression(item, scopes)) }
            }
            fields["distinctClause"] = .array(items)
        }
        if let groups = body.groupClause.nonEmpty {
            var items: [Node] = []
            for group in groups { items.append(try groupItem(group, targets: targets, level: level, scopes)) }
            fields["groupClause"] = .array(items)
        }
        if let sorts = body.sortClause.nonEmpty {
            fields["sortClause"] = .array(try sortClause(sorts, targets: targets, scopes))
        }
        return (Self.rewrap(fields, wrapped: wrapped), outputs)
    }

    /// `WITH [RECURSIVE]`: each CTE's query normalized, its columns (alias list, else the query's output
    /// names, plus those `SEARCH` and `CYCLE` add) put in scope for what follows. A recursive CTE's columns
    /// come from its non-recursive branch, which PostgreSQL reads before the branch that reads the CTE.
    private func withClause(_ node: Node, level: inout Level, outer: [Level]) throws(Diagnostic) -> Node {
        let with = node.body("WithClause") ?? node
        let definitions = with.ctes.compactMap { $0.body("CommonTableExpr") }
        if with.recursive {
            for definition in definitions {
                guard let name = definition.ctename, let query = definition.ctequery else { continue }
                let (_, outputs) = try select(Self.leftmostBranch(query), outer: [level] + outer)
                level.ctes[name] = cteColumns(definition, outputs: outputs)
            }
        }
        var ctes: [Node] = []
        for definition in definitions {
            guard let name = definition.ctename, let query = definition.ctequery else { continue }
            let (tree, outputs) = try select(query, outer: [level] + outer)
            level.ctes[name] = cteColumns(definition, outputs: outputs)
            ctes.append(.wrap("CommonTableExpr", definition.setting("ctequery", Self.dropBranchNames(tree)).fields))
        }
        return .wrap("WithClause", with.setting("ctes", .array(ctes)).fields)
    }

    private func cteColumns(_ definition: Node, outputs: [String]) -> [String] {
        let aliases = definition.aliascolnames.nameList
        var columns = aliases + outputs.dropFirst(aliases.count)
        if let sequence = definition.search_clause?.search_seq_column { columns.append(sequence) }
        if let cycle = definition.cycle_clause {
            columns += [cycle.cycle_mark_column, cycle.cycle_path_column].compactMap { $0 }
        }
        return columns
    }

    /// The first plain SELECT of a set operation (its output names are the operation's).
    static func leftmostBranch(_ node: Node) -> Node {
        guard let (body, _) = selectBody(node), body.op ?? "SETOP_NONE" != "SETOP_NONE", let left = body.larg else { return node }
        return leftmostBranch(left)
    }

    /// A `VALUES` list: its rows' expressions normalized; its columns are `column1`, `column2`, ...
    private func values(_ fields: NodeFields, wrapped: Bool, scopes: [Level]) throws(Diagnostic) -> (Node, [String]) {
        var fields = fields
        var rows: [Node] = []
        var width = 0
        for row in fields["valuesLists"]?.array ?? [] {
            let items = try expandingRowStars(ExpressionNormalizer.listItems(row), scopes)
            width = max(width, items.count)
            rows.append(try expression(.array(items), scopes))
        }
        fields["valuesLists"] = .array(rows)
        for clause in ["sortClause", "limitCount", "limitOffset"] where fields[clause] != nil {
            throw source.diagnostic(at: fields[clause]?.array.first ?? fields[clause], "ORDER BY, LIMIT and OFFSET on VALUES in a view are not supported yet",
                                    hint: Self.unsupportedHint)
        }
        return (Self.rewrap(fields, wrapped: wrapped), (0..<width).map { "column\($0 + 1)" })
    }
}
