import SchemaModel
import SQLTree

/// Functions in a view's FROM (`unnest(...)`, `generate_series(...)`, `jsonb_to_recordset(...) AS x(a int)`,
/// `ROWS FROM (...)`, `WITH ORDINALITY`). PostgreSQL prints such an item with its alias (the function's
/// name when none was written) and the full list of its column names, or its column definition list; the
/// canonical item is the calls, each with its column definitions' types, the ordinality flag and that
/// alias. `LATERAL` is dropped: a function in FROM may read the items before it either way.
///
/// The schema-file side works out the column names as PostgreSQL does (`addRangeTableEntryForFunction`):
/// from the alias's column list, the column definition list, the function's OUT or TABLE parameters, the
/// row type it returns, or, for a function returning a base type, its single named OUT parameter, the alias
/// (when it is the only function) or the function's name; `ordinality` last. A call whose columns cannot be
/// known offline is refused. The catalog side reads them from what the server printed.
extension ViewQueryNormalizer {
    struct FunctionItem {
        var call: Node
        var columnDefinitions: [Node]?
    }

    /// The calls of a `RangeFunction`: a lone call keeps its column definitions on the item, `ROWS FROM`
    /// keeps them on each call.
    static func functionCalls(_ body: Node) -> [FunctionItem] {
        let items = body.functions.compactMap { item -> FunctionItem? in
            let parts = ExpressionNormalizer.listItems(item)
            guard let call = parts.first else { return nil }
            let definitions = parts.count > 1 ? ExpressionNormalizer.listItems(parts[1]) : []
            return FunctionItem(call: call, columnDefinitions: definitions.isEmpty ? nil : definitions)
        }
        if items.count == 1, let definitions = body.coldeflist.nonEmpty {
            return [FunctionItem(call: items[0].call, columnDefinitions: definitions)]
        }
        return items
    }

    func functions(_ body: Node, item: Node, visible: [Entry], level: inout Level, outer: [Level]) throws(Diagnostic) -> FromResult {
        let alias = Self.aliasNode(body)
        let calls = Self.functionCalls(body)
        let printed = level.names.next()
        let label = alias?.aliasname ?? calls.first.flatMap { Self.figure($0.call).name } ?? printed
        let scopes = [Level(entries: visible, ctes: level.ctes, merged: level.merged, names: level.names)] + outer
        var columns: [String] = []
        var items: [Node] = []
        let aliasColumns = alias?.colnames.nameList ?? []
        for function in calls {
            var definitionTypes: Node = .null
            if let definitions = function.columnDefinitions {
                columns += definitions.compactMap { $0.body("ColumnDef")?.colname }
                definitionTypes = .array(definitions.map(columnDefinitionType))
            } else if !columnsArePrinted {
                columns += try resultColumns(function.call, aliasName: calls.count == 1 ? alias?.aliasname : nil, scopes)
            }
            items.append(.array([try expression(function.call, scopes), definitionTypes]))
        }
        if body.ordinality { columns.append("ordinality") }
        // The server prints every column's name, in the alias list or in the column definitions.
        columns = columnsArePrinted && !aliasColumns.isEmpty ? aliasColumns : aliasColumns + columns.dropFirst(aliasColumns.count)
        if Set(columns).count != columns.count {
            throw source.diagnostic(at: item, "this function in FROM gives two columns the same name (\(columns.joined(separator: ", ")))",
                                    hint: "name its columns with an alias list, e.g. AS x(a, b); PostgreSQL prints them renamed")
        }
        let fields: NodeFields = [
            "functions": .array(items), "ordinality": .bool(body.ordinality),
            "alias": Self.printedAlias(printed, columns: columns),
        ]
        return FromResult(tree: .wrap("RangeFunction", fields), entries: [Entry(label: label, printed: printed, columns: columns)],
                          star: columns.map { StarColumn(name: $0, fields: [label, $0]) })
    }

    /// A column definition's type (and collation), as `format_type` prints it; the name is in the alias.
    private func columnDefinitionType(_ definition: Node) -> Node {
        let body = definition.body("ColumnDef") ?? definition
        var fields: NodeFields = ["type": .string(TypeNameRenderer.render(body.typeName ?? .null, resolver: normalizer.resolver).sql)]
        if let collation = CollationName.resolve(body.collClause, resolver: normalizer.resolver, declared: []) {
            fields["collation"] = .string(collation.sql)
        }
        return .object(fields)
    }

    /// The columns a call gives when no column definition list names them.
    private func resultColumns(_ call: Node, aliasName: String?, _ scopes: [Level]) throws(Diagnostic) -> [String] {
        // `FROM CURRENT_DATE`, `FROM coalesce(1, 2)`, `FROM CAST(x AS int)`: one column, named as an output column would be.
        guard let body = call.body("FuncCall") else { return [aliasName ?? Self.figure(call).name ?? "?column?"] }
        let parts = normalizer.resolver.functionNameParts(body.funcname.nameList)
        let name = parts.last ?? ""
        let arguments = body.args
        let scalarName = aliasName ?? name
        let result: FunctionResult
        if parts.count == 1 {
            switch BuiltinFunctionResults.lookup(name) {
            case .unnest?:
                var columns: [String] = []
                for argument in arguments {
                    columns += try unnestColumns(argument, name: arguments.count == 1 ? scalarName : name, scopes)
                }
                return columns
            case .versionDependent?:
                throw source.diagnostic(at: call, "the columns of \(name) differ between PostgreSQL versions",
                                        hint: "name them with an alias list (AS x(a, b, ...)) as the server at hand gives them, or select the columns you need in a subquery")
            case .result(let builtin)?: result = builtin
            case nil: result = .scalar(outName: nil)
            }
        } else {
            guard let declared = lookups.functionResult(QualifiedName(parts[0], parts[1])) else {
                throw source.diagnostic(at: call, "monolayer does not know what \(parts.joined(separator: ".")) returns",
                                        hint: "views may call in FROM the functions the schema files declare and PostgreSQL's own")
            }
            result = declared
        }
        switch result {
        case .scalar(let outName): return [outName ?? scalarName]
        case .columns(let columns): return columns
        case .row(let type): return try rowColumns(type, at: call)
        case .record:
            throw source.diagnostic(at: call, "\(name) returns record: it needs a column definition list, e.g. AS x(a integer, b text)")
        case .polymorphic:
            guard let first = arguments.first, case .known(let type) = argumentType(first, scopes) else {
                throw source.diagnostic(at: call, "monolayer cannot tell the type \(name) returns here",
                                        hint: "cast its first argument to the row type, e.g. null::my_type")
            }
            return try rowColumns(type, at: call)
        }
    }

    /// The columns `unnest` gives for one argument: a tsvector's parts, the element of an array (its
    /// columns when it is a row type), or a multirange's ranges.
    private func unnestColumns(_ argument: Node, name: String, _ scopes: [Level]) throws(Diagnostic) -> [String] {
        switch argumentType(argument, scopes) {
        case .tsvector: return ["lexeme", "positions", "weights"]
        case .scalar: return [name]
        case .known(let element): return try rowColumns(element, at: argument)
        case .unknown:
            throw source.diagnostic(at: argument, "monolayer cannot tell the type of this unnest argument, which decides its columns",
                                    hint: "cast it, e.g. unnest(x::text[]), or read it from a table's column")
        }
    }

    private func rowColumns(_ type: QualifiedName, at node: Node) throws(Diagnostic) -> [String] {
        if let columns = try lookups.columns(type) ?? lookups.compositeColumns(type) ?? BuiltinRelations.columns(of: type)?.columns {
            return columns
        }
        throw source.diagnostic(at: node, "monolayer does not know the columns of the row type \(type)")
    }

    enum ArgumentType {
        /// A base type (or an array of one): one column.
        case scalar
        /// A row type (for unnest: the array's element row type).
        case known(QualifiedName)
        case tsvector
        case unknown
    }

    /// What an argument's type is, as far as the columns it gives depend on it: from a table column's
    /// declared type, a cast, an array of constants, or a built-in function's result type.
    func argumentType(_ argument: Node, _ scopes: [Level]) -> ArgumentType {
        if let reference = argument.body("ColumnRef"), let type = columnType(reference, scopes) {
            return classify(type.userType, base: type.baseName)
        }
        if let cast = argument.body("TypeCast") {
            let type = TypeNameRenderer.render(cast.typeName ?? .null, resolver: normalizer.resolver)
            return classify(type.userType, base: type.baseName)
        }
        if let elements = argument.body("A_ArrayExpr")?.elements, !elements.isEmpty {
            return elements.allSatisfy { $0.kind == "A_Const" } ? .scalar : argumentType(elements[0], scopes)
        }
        if argument.kind == "A_Const" && argument.body?.sval == nil { return .scalar }
        if let type = ExpressionNormalizer.resultType(of: normalizer.normalize(argument)) {
            return type.hasPrefix("tsvector") ? .tsvector : .scalar
        }
        return .unknown
    }

    private func classify(_ userType: QualifiedName?, base: String) -> ArgumentType {
        if base == "tsvector" { return .tsvector }
        guard let userType else { return .scalar }
        let isRow = (try? lookups.columns(userType)) != nil || lookups.compositeColumns(userType) != nil
        return isRow ? .known(userType) : .scalar
    }

    /// The declared type of the column a reference resolves to, when the relation is a declared table.
    func columnType(_ reference: Node, _ scopes: [Level]) -> TypeReference? {
        guard let column = reference.fieldsField.nameList.last else { return nil }
        return owner(of: reference, scopes)?.types[column]
    }

    /// The relation in scope a column reference reads.
    func owner(of reference: Node, _ scopes: [Level]) -> Entry? {
        let names = reference.fieldsField.nameList
        guard let column = names.last else { return nil }
        for scope in scopes {
            let candidates = names.count >= 2 ? scope.entries.filter { $0.label == names[names.count - 2] } : scope.entries.filter { $0.columns.contains(column) }
            if let entry = candidates.first { return entry }
        }
        return nil
    }
}
