import SchemaModel
import SQLTree

/// `CREATE VIEW` / `CREATE MATERIALIZED VIEW` → `View`. Introspection parses `pg_get_viewdef` output
/// (wrapped in a `CREATE [MATERIALIZED] VIEW ... AS`) with this same builder; the query is compared by
/// its normalized tree (see `ViewQueryNormalizer`).
public struct ViewBuilder {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer
    public let lookups: ViewLookups
    /// Whether the statement is the server's rendering (`pg_get_viewdef`), which names every column of a
    /// function in FROM; the schema-file side works them out instead.
    public let printedByServer: Bool

    public init(source: StatementSource, normalizer: ExpressionNormalizer, lookups: ViewLookups, printedByServer: Bool = false) {
        self.source = source
        self.normalizer = normalizer
        self.lookups = lookups
        self.printedByServer = printedByServer
    }

    /// The qualified name a view statement declares, without building it.
    public static func name(of node: Node, resolver: NameResolver) -> QualifiedName? {
        let relation: Node?
        if let view = node.body("ViewStmt") { relation = view.view }
        else if let create = node.body("CreateTableAsStmt"), create.objtype == "OBJECT_MATVIEW" {
            let into = create.into?.body("IntoClause") ?? create.into
            relation = into?.rel
        } else { return nil }
        return relation.map { resolver.qualifyRelation(rangeVar: $0) }
    }

    public func build() throws(Diagnostic) -> View {
        let parts = try statementParts()
        let (name, materialized, columnNames, options) = (parts.name, parts.materialized, parts.columnNames, parts.options)
        let (queryNormalizer, result) = try normalized(parts)
        var text = try queryText()
        if materialized == false, Self.isRecursive(source) {
            // `CREATE RECURSIVE VIEW v (a, b) AS q` is `CREATE VIEW v (a, b) AS WITH RECURSIVE v (a, b) AS (q) SELECT a, b FROM v`.
            let columns = columnNames.map(Identifier.quote).joined(separator: ", ")
            text = "WITH RECURSIVE \(Identifier.quote(name.name))(\(columns)) AS (\n\(text)\n)\nSELECT \(columns) FROM \(Identifier.quote(name.name))"
        }
        var view = View(name: name, materialized: materialized, queryDigest: CanonicalDigest(of: result.tree.canonicalText), queryText: text,
                        columnNames: columnNames, options: options.sorted(), outputColumns: result.outputColumns,
                        outputExpressions: result.outputExpressions.map { CanonicalDigest(of: $0) },
                        shape: result.shape.map { CanonicalDigest(of: $0) }, dependencies: queryNormalizer.dependencies)
        view.searchPath = source.searchPath
        view.outputTypes = result.outputTypes
        view.calledFunctions = ExpressionNormalizer.calledFunctions(result.tree)
        return view
    }

    /// The canonical text of the view's normalized query, whose digest the view holds: for showing where two
    /// views that should be equal part. Reads the statement's tree, as `build` does.
    public func canonicalText() throws(Diagnostic) -> String {
        try normalized(try statementParts()).result.tree.canonicalText
    }

    /// What the statement says besides its query's meaning: name, kind, column names, options.
    private struct StatementParts {
        var name: QualifiedName
        var materialized: Bool
        var query: Node
        var columnNames: [String]
        var options: [String]
    }

    /// The query normalized (the normalizer keeps what the query reads).
    private func normalized(_ parts: StatementParts) throws(Diagnostic) -> (normalizer: ViewQueryNormalizer, result: ViewQueryNormalizer.Result) {
        let queryNormalizer = ViewQueryNormalizer(source: source, normalizer: normalizer, lookups: lookups, columnsArePrinted: printedByServer)
        return (queryNormalizer, try queryNormalizer.normalize(parts.query, columnNames: parts.columnNames))
    }

    private func statementParts() throws(Diagnostic) -> StatementParts {
        let node = source.node
        let materialized: Bool
        let relation: Node?
        let query: Node?
        var columnNames: [String]
        var options: [String] = []
        if let view = node.body("ViewStmt") {
            materialized = false
            relation = view.view
            query = view.query
            columnNames = view.aliases.nameList
            options = try viewOptions(view.options?.array ?? [])
            switch view.withCheckOption {
            case "LOCAL_CHECK_OPTION": options.append("check_option=local")
            case "CASCADED_CHECK_OPTION": options.append("check_option=cascaded")
            default: break
            }
        } else if let create = node.body("CreateTableAsStmt"), create.objtype == "OBJECT_MATVIEW" {
            materialized = true
            let into = create.into?.body("IntoClause") ?? create.into
            relation = into?.rel
            query = create.query
            columnNames = into?.colNames.nameList ?? []
            if into?.tableSpaceName != nil || !["", "heap"].contains(into?.accessMethod ?? "") {
                throw source.diagnostic(at: relation, "tablespaces and access methods of materialized views are not supported yet")
            }
            // Storage parameters, as the catalog's reloptions hold them (`fillfactor=70`).
            options = try OptionList.read(into?.options?.array ?? [], source: source, what: "storage parameters")
                .map { "\($0.key)=\($0.value)" }
            // `WITH NO DATA` (as pg_dump writes it) is about contents, not schema: monolayer creates it populated.
        } else {
            throw source.diagnostic(at: node, "not a view definition")
        }
        if relation?.relpersistence == "t" {
            throw source.diagnostic(at: relation, "temporary views are not schema", hint: "remove the statement")
        }
        let name = normalizer.resolver.qualifyRelation(rangeVar: relation ?? .null)
        guard let query else { throw source.diagnostic(at: relation, "view \(name) has no query") }
        return StatementParts(name: name, materialized: materialized, query: query, columnNames: columnNames, options: options)
    }

    /// Whether the statement is `CREATE [OR REPLACE] [TEMP] RECURSIVE VIEW`.
    static func isRecursive(_ source: StatementSource) -> Bool {
        let names = source.tokens.filter { !$0.isComment }.prefix(6).map(\.name)
        guard let view = names.firstIndex(of: "VIEW") else { return false }
        return names[..<view].contains("RECURSIVE")
    }

    /// `WITH (security_barrier, security_invoker = true)`: booleans, spelled canonically.
    func viewOptions(_ elements: [Node]) throws(Diagnostic) -> [String] {
        var options: [String] = []
        for element in elements {
            let option = element.body("DefElem") ?? element
            let name = option.defname ?? ""
            let value = option.arg.map { $0.stringValue ?? $0.body("Boolean")?.boolval.map { ($0.bool ?? false) ? "true" : "false" }
                ?? $0.body("Integer")?.ival?.int.map(String.init) ?? "0" } ?? "true"
            switch name {
            case "security_barrier", "security_invoker":
                switch value.lowercased() {
                case "true", "on", "1", "yes", "t", "y": options.append("\(name)=true")
                case "false", "off", "0", "no", "f", "n": options.append("\(name)=false")
                default: throw source.diagnostic(at: element, "\(name) takes a boolean")
                }
            case "check_option":
                guard ["local", "cascaded"].contains(value.lowercased()) else { throw source.diagnostic(at: element, "check_option is local or cascaded") }
                options.append("check_option=\(value.lowercased())")
            default:
                throw source.diagnostic(at: element, "view option \(name) is not supported")
            }
        }
        return options
    }

    /// The query as written: from the `AS` before it to the end, without a trailing `WITH ... CHECK
    /// OPTION` or `WITH [NO] DATA` (the planner writes those).
    private func queryText() throws(Diagnostic) -> String {
        let tokens = source.tokens.filter { !$0.isComment }
        var depth = 0
        var start: Int?
        for (index, token) in tokens.enumerated() {
            if token.isOpenParen { depth += 1 } else if token.isCloseParen { depth -= 1 }
            else if depth == 0, token.name == "AS" { start = index + 1; break }
        }
        guard let start, start < tokens.count else { throw source.diagnostic(atByte: nil, "could not find this view's query") }
        var last = tokens.count - 1
        while last > start, tokens[last].isSemicolon { last -= 1 }
        let names = tokens[start...last].map(\.name)
        if names.count > 3, names.suffix(2) == ["CHECK", "OPTION"] {
            while last > start, tokens[last].name != "WITH" { last -= 1 }
            last -= 1
        } else if names.count > 2, names.last == "DATA" || names.last == "DATA_P" {
            last -= names[names.count - 2] == "NO" ? 3 : 2
        }
        return source.file.slice(tokens[start].byteRange.lowerBound..<tokens[last].byteRange.upperBound)
    }
}
