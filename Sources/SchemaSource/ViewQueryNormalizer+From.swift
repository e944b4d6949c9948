import SchemaModel
import SQLTree

/// The FROM clause of a view query: each item normalized, with the relations it brings into scope, the
/// columns its `JOIN ... USING` (or `NATURAL JOIN`) merges, and what `*` expands to over it.
extension ViewQueryNormalizer {
    struct FromResult {
        var tree: Node
        var entries: [Entry] = []
        var merged: [String: String?] = [:]
        var star: [StarColumn] = []
        /// USING columns PostgreSQL prints unqualified (FULL JOIN), with the labels of the relations each
        /// join (or chain of joins over the same column) merges.
        var unqualifiedMerges: [String: [Set<String>]] = [:]
    }

    /// The names of the entries a FROM list adds, in the order PostgreSQL adds them (`ViewRelationNames`).
    static func entryNames(of items: [Node]) -> [String] {
        items.flatMap { item -> [String] in
            guard let kind = item.kind, let body = item.body else { return [] }
            let alias = aliasNode(body)?.aliasname
            switch kind {
            case "RangeVar": return [alias ?? body.relname ?? ""]
            case "RangeSubselect": return [alias ?? "unnamed_subquery"]
            case "RangeFunction": return [alias ?? functionCalls(body).first.flatMap { figureColumnName($0.call) } ?? ""]
            case "RangeTableSample": return entryNames(of: [body.relation ?? .null])
            case "JoinExpr": return entryNames(of: [body.larg ?? .null, body.rarg ?? .null]) + (alias.map { [$0] } ?? [])
            case "JsonTable": return [alias ?? "json_table"]
            case "RangeTableFunc": return [alias ?? "xmltable"]
            default: return [alias ?? kind]
            }
        }
    }

    static func aliasNode(_ body: Node) -> Node? { body.alias?.body("Alias") ?? body.alias }

    /// An alias as PostgreSQL prints it: the entry's printed name and, when `columns` is given, the full
    /// list of the entry's column names.
    static func printedAlias(_ name: String, columns: [String]?) -> Node {
        var fields: NodeFields = ["aliasname": .string(name)]
        if let columns { fields["colnames"] = .array(columns.map(Node.stringNode)) }
        return .object(fields)
    }

    /// `visible` are the entries a `LATERAL` item may read: the FROM items before it, and the left side of
    /// the joins it is the right side of.
    func fromItem(_ item: Node, visible: [Entry], level: inout Level, outer: [Level]) throws(Diagnostic) -> FromResult {
        guard let kind = item.kind, let body = item.body else { return FromResult(tree: item) }
        switch kind {
        case "RangeVar":
            return try relation(body, item: item, level: &level, outer: outer)
        case "RangeSubselect":
            return try subquery(body, visible: visible, level: &level, outer: outer)
        case "RangeFunction":
            return try functions(body, item: item, visible: visible, level: &level, outer: outer)
        case "JoinExpr":
            return try join(body, item: item, visible: visible, level: &level, outer: outer)
        case "JsonTable":
            return try jsonTable(body, item: item, visible: visible, level: &level, outer: outer)
        case "RangeTableSample":
            var result = try fromItem(body.relation ?? .null, visible: visible, level: &level, outer: outer)
            let scopes = [level] + outer
            var fields = body.fields
            fields["relation"] = result.tree
            fields["args"] = try body["args"].map { args throws(Diagnostic) in try expression(args, scopes) }
            fields["repeatable"] = try body.repeatable.map { value throws(Diagnostic) in try expression(value, scopes) }
            result.tree = .wrap(kind, fields)
            return result
        default:
            let names = ["RangeTableFunc": "XMLTABLE"]
            throw source.diagnostic(at: item, "\(names[kind] ?? kind) in a view's FROM is not supported yet", hint: Self.unsupportedHint)
        }
    }

    /// A table, view, `pg_catalog` or `information_schema` relation, or a CTE of an enclosing `WITH`.
    private func relation(_ body: Node, item: Node, level: inout Level, outer: [Level]) throws(Diagnostic) -> FromResult {
        let alias = Self.aliasNode(body)
        let relation = body.relname ?? ""
        let aliasColumns = alias?.colnames.nameList ?? []
        let printed = level.names.next()
        let label = alias?.aliasname ?? relation
        var fields = body.fields
        var columns: [String]
        var entry = Entry(label: label, printed: printed, columns: [])
        var printsColumns = false
        if body.schemaname == nil, let cte = ([level] + outer).lazy.compactMap({ $0.ctes[relation] }).first {
            columns = cte
            printsColumns = !aliasColumns.isEmpty
        } else {
            let found = try resolveRelation(body, at: item)
            fields["schemaname"] = .string(found.name.schema)
            if !BuiltinRelations.isSystemSchema(found.name.schema) { dependencies.insert(found.name) }
            columns = found.columns
            entry.relation = found.name
            entry.versionDependent = found.versionDependent
        }
        let renamed = aliasColumns + columns.dropFirst(aliasColumns.count)
        printsColumns = printsColumns || renamed != columns
        fields["alias"] = printed == relation && !printsColumns ? nil : Self.printedAlias(printed, columns: printsColumns ? renamed : nil)
        entry.columns = renamed
        if let name = entry.relation {
            let types = lookups.columnTypes(name)
            for (old, new) in zip(columns, renamed) { entry.types[new] = types[old] }
        }
        return FromResult(tree: .wrap("RangeVar", fields), entries: [entry], star: renamed.map { StarColumn(name: $0, fields: [label, $0]) })
    }

    /// The relation a `RangeVar` names: as written when qualified, else the first schema of the search path
    /// that has it (`pg_catalog` first unless the path names it, as PostgreSQL searches).
    private func resolveRelation(_ body: Node, at item: Node) throws(Diagnostic) -> (name: QualifiedName, columns: [String], versionDependent: Bool) {
        let relation = body.relname ?? ""
        let candidates: [QualifiedName]
        if let schema = body.schemaname {
            candidates = [QualifiedName(schema, relation)]
        } else {
            let path = source.searchPath.contains("pg_catalog") ? source.searchPath : ["pg_catalog"] + source.searchPath
            candidates = path.map { QualifiedName($0, relation) }
        }
        for name in candidates {
            if let columns = try lookups.columns(name) { return (name, columns, false) }
            if let builtin = BuiltinRelations.columns(of: name) { return (name, builtin.columns, builtin.versionDependent) }
        }
        let written = body.schemaname.map { "\($0)." } ?? ""
        throw source.diagnostic(at: item, "the view reads \(written)\(relation), which is not a declared table or view",
                                hint: "views may read the tables and views the schema files declare, and those of pg_catalog and information_schema")
    }

    /// A subquery (or `VALUES` list) in FROM; a `LATERAL` one sees the entries before it.
    private func subquery(_ body: Node, visible: [Entry], level: inout Level, outer: [Level]) throws(Diagnostic) -> FromResult {
        let alias = Self.aliasNode(body)
        let printed = level.names.next()
        let label = alias?.aliasname ?? printed
        let lateral = body.lateral
        let scope = Level(entries: lateral ? visible : [], ctes: level.ctes, merged: lateral ? level.merged : [:], names: level.names)
        let (tree, outputs) = try select(body.subquery ?? .null, outer: [scope] + outer)
        let aliasColumns = alias?.colnames.nameList ?? []
        let columns = aliasColumns + outputs.dropFirst(aliasColumns.count)
        let fields = body.setting("subquery", Self.dropBranchNames(tree))
            .setting("alias", Self.printedAlias(printed, columns: aliasColumns.isEmpty ? nil : columns)).fields
        return FromResult(tree: .wrap("RangeSubselect", fields), entries: [Entry(label: label, printed: printed, columns: columns)],
                          star: columns.map { StarColumn(name: $0, fields: [label, $0]) })
    }

    /// A join: `USING` and `NATURAL` merge columns, which `*` gives first, once; an alias hides the
    /// joined relations behind one name.
    private func join(_ body: Node, item: Node, visible: [Entry], level: inout Level, outer: [Level]) throws(Diagnostic) -> FromResult {
        let left = try fromItem(body.larg ?? .null, visible: visible, level: &level, outer: outer)
        let right = try fromItem(body.rarg ?? .null, visible: visible + left.entries, level: &level, outer: outer)
        var merged = left.merged.merging(right.merged) { first, _ in first }
        var unqualifiedMerges = left.unqualifiedMerges.merging(right.unqualifiedMerges) { $0 + $1 }
        let joinType = body.jointype ?? "JOIN_INNER"
        var using = body.usingClause.nameList
        var fields = body.fields
        if body.isNatural {
            // PostgreSQL prints a NATURAL join as the USING join it stands for (a CROSS JOIN when no column is common).
            using = left.star.map(\.name).filter { name in right.star.contains { $0.name == name } }
            fields["isNatural"] = nil
            fields["usingClause"] = using.isEmpty ? nil : .array(using.map(Node.stringNode))
            if using.isEmpty && joinType != "JOIN_INNER" { fields["quals"] = .wrap("A_Const", ["boolval": .object(["boolval": .bool(true)])]) }
        }
        var star: [StarColumn] = []
        for column in using {
            // The merged column is the left one (the right one for RIGHT JOIN), unless that one must be cast
            // to the other's type: then the other one for an inner join, and for an outer join (or FULL) an
            // expression that PostgreSQL prints unqualified.
            var side = joinType == "JOIN_RIGHT" ? "right" : "left"
            if let types = Self.usingTypes(column, left.entries, right.entries), types.0.baseName != types.1.baseName || types.0.isArray != types.1.isArray {
                let castsLeft = ExpressionNormalizer.implicitCasts[types.0.baseName]?.contains(types.1.baseName) == true
                let castsRight = ExpressionNormalizer.implicitCasts[types.1.baseName]?.contains(types.0.baseName) == true
                guard castsLeft != castsRight else {
                    throw source.diagnostic(at: item, "JOIN ... USING (\(column)) over columns of types \(types.0.sql) and \(types.1.sql) in a view is not supported",
                                            hint: "PostgreSQL prints the merged column coerced; join ON the columns instead")
                }
                let coerced = castsLeft ? "left" : "right"
                if coerced == side { side = joinType == "JOIN_INNER" ? (side == "left" ? "right" : "left") : "neither" }
            }
            if joinType == "JOIN_FULL" { side = "neither" }
            let owners = (side == "left" ? left.entries : side == "right" ? right.entries : []).filter { $0.columns.contains(column) }
            merged[column] = owners.count == 1 ? .some(owners[0].label) : .some(nil)
            if side == "neither" {
                let labels = Set((left.entries + right.entries).filter { $0.columns.contains(column) }.map(\.label))
                let (chain, others) = (unqualifiedMerges[column] ?? []).reduce(into: (labels, [Set<String>]())) { result, group in
                    if group.isDisjoint(with: labels) { result.1.append(group) } else { result.0.formUnion(group) }
                }
                unqualifiedMerges[column] = others + [chain]
            }
            let reference = (side == "left" ? left.star : side == "right" ? right.star : []).first { $0.name == column }?.fields
            star.append(StarColumn(name: column, fields: reference ?? [column]))
        }
        star += Self.removingFirst(using, from: left.star) + Self.removingFirst(using, from: right.star)
        fields["larg"] = left.tree
        fields["rarg"] = right.tree
        if let quals = body.quals {
            let scope = Level(entries: left.entries + right.entries, ctes: level.ctes, merged: merged, names: level.names)
            fields["quals"] = try expression(quals, [scope] + outer)
        }
        var entries = left.entries + right.entries
        // `USING (id) AS u`: `u.id` is the merged column, printed as such; the alias is no relation name.
        if let usingAlias = (body.join_using_alias?.body("Alias") ?? body.join_using_alias)?.aliasname {
            let merges = star.prefix(using.count)
            entries.append(Entry(label: usingAlias, printed: usingAlias, columns: merges.map(\.name),
                                 references: Dictionary(merges.map { ($0.name, $0.fields) }, uniquingKeysWith: { first, _ in first })))
        }
        guard let alias = Self.aliasNode(body), let label = alias.aliasname else {
            return FromResult(tree: .wrap("JoinExpr", fields), entries: entries, merged: merged, star: star, unqualifiedMerges: unqualifiedMerges)
        }
        let printed = level.names.next()
        let aliasColumns = alias.colnames.nameList
        let columns = aliasColumns + star.map(\.name).dropFirst(aliasColumns.count)
        fields["alias"] = Self.printedAlias(printed, columns: aliasColumns.isEmpty ? nil : columns)
        return FromResult(tree: .wrap("JoinExpr", fields), entries: [Entry(label: label, printed: printed, columns: columns)],
                          star: columns.map { StarColumn(name: $0, fields: [label, $0]) })
    }

    /// The declared types of a USING column on each side, when both are known.
    static func usingTypes(_ column: String, _ left: [Entry], _ right: [Entry]) -> (TypeReference, TypeReference)? {
        guard let leftType = left.first(where: { $0.columns.contains(column) })?.types[column],
              let rightType = right.first(where: { $0.columns.contains(column) })?.types[column] else { return nil }
        return (leftType, rightType)
    }

    /// `star` without the first column of each of `names` (the columns a join merged).
    static func removingFirst(_ names: [String], from star: [StarColumn]) -> [StarColumn] {
        var remaining = star
        for name in names {
            if let index = remaining.firstIndex(where: { $0.name == name }) { remaining.remove(at: index) }
        }
        return remaining
    }
}
