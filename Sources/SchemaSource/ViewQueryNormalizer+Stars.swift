import SchemaModel
import SQLTree

/// `*` and `t.*`, which PostgreSQL expands when it creates the view: the output columns of the moment are
/// stored and printed, so both sides compare the expanded list.
extension ViewQueryNormalizer {
    /// The target list with `*`, `t.*` and `(f(x)).*` expanded into one output column each.
    func expandingStars(_ targets: [Node], _ scopes: [Level]) throws(Diagnostic) -> [Node] {
        var result: [Node] = []
        for target in targets {
            guard let resTarget = target.body("ResTarget"), let value = resTarget.val else {
                result.append(target)
                continue
            }
            if let reference = value.body("ColumnRef"), reference.fieldsField.last?.kind == "A_Star" {
                for column in try starColumns(reference, at: value, scopes) {
                    let field = Node.wrap("ColumnRef", ["fields": .array(column.fields.map(Node.stringNode))])
                    result.append(.wrap("ResTarget", ["val": field, "name": .string(column.name)]))
                }
            } else if value.body("A_Indirection")?.indirection.last?.kind == "A_Star" {
                result += try expandingFunctionStar(resTarget)
            } else {
                result.append(target)
            }
        }
        return result
    }

    /// The items of a row constructor or `VALUES` row, with `t.*` expanded (`ROW(t.*)` is `ROW(t.a, t.b)`).
    func expandingRowStars(_ items: [Node], _ scopes: [Level]) throws(Diagnostic) -> [Node] {
        var result: [Node] = []
        for item in items {
            guard let reference = item.body("ColumnRef"), reference.fieldsField.last?.kind == "A_Star" else {
                result.append(item)
                continue
            }
            result += try starColumns(reference, at: item, scopes).map { .wrap("ColumnRef", ["fields": .array($0.fields.map(Node.stringNode))]) }
        }
        return result
    }

    /// What `*` (every FROM item of this level, as PostgreSQL orders them) or `t.*` (the relation `t`,
    /// of this level or an enclosing one) stands for.
    private func starColumns(_ reference: Node, at node: Node, _ scopes: [Level]) throws(Diagnostic) -> [StarColumn] {
        let names = reference.fieldsField.nameList
        if names.isEmpty {
            guard let level = scopes.first, !level.star.isEmpty else {
                throw source.diagnostic(at: node, "SELECT * with no relations in FROM is not valid")
            }
            if let entry = level.entries.first(where: \.versionDependent) { throw versionDependentStar(entry, at: node) }
            return level.star
        }
        guard let label = names.last, let entry = Self.entry(label, scopes) else {
            throw source.diagnostic(at: node, "\(names.joined(separator: ".")).* names no relation of this query")
        }
        if entry.versionDependent { throw versionDependentStar(entry, at: node) }
        return entry.columns.map { StarColumn(name: $0, fields: [label, $0]) }
    }

    private func versionDependentStar(_ entry: Entry, at node: Node) -> Diagnostic {
        source.diagnostic(at: node, "* over \(entry.relation?.description ?? entry.label), whose columns differ between PostgreSQL versions",
                          hint: "list the columns: PostgreSQL stores those of the server at hand, which schema files cannot know")
    }

    /// `(f(t)).*` in a target list, where `f` returns a declared table's or view's row type, is what
    /// PostgreSQL stores as one output column per column of that row: `(f(t.*)).col AS col`. Expanded the
    /// same way here; any other `.*` on an expression cannot be compared and is refused.
    private func expandingFunctionStar(_ resTarget: Node) throws(Diagnostic) -> [Node] {
        guard let indirection = resTarget.val?.body("A_Indirection"), let steps = indirection.indirection.nonEmpty,
              steps.count == 1, let call = indirection.arg?.body("FuncCall"),
              case let parts = normalizer.resolver.functionNameParts(call.funcname.nameList), parts.count == 2,
              let relation = lookups.rowTypeOf(QualifiedName(parts[0], parts[1])), let columns = try lookups.columns(relation) else {
            throw source.diagnostic(at: resTarget.val, "this .* in a view is not supported: PostgreSQL stores the columns of the moment",
                                    hint: "list the columns (pg_dump prints views that way)")
        }
        dependencies.insert(relation)
        return columns.map { column in
            let field = Node.wrap("A_Indirection", indirection.setting("indirection", .array([.stringNode(column)])).fields)
            return .wrap("ResTarget", resTarget.setting("val", field).setting("name", .string(column)).fields)
        }
    }
}
