import SchemaModel
import SQLTree

/// The options of `CREATE FUNCTION` (language, volatility, strictness, cost, `SET`, the body string, ...)
/// in one canonical list. `pg_get_functiondef` prints only options that differ from PostgreSQL's
/// defaults and in its own order, so defaults are dropped and the list is sorted by option name.
struct FunctionOptions {
    let source: StatementSource
    let normalizer: ExpressionNormalizer

    struct Result {
        var language: String
        var nodes: [Node]
    }

    /// Boolean options, and the value PostgreSQL assumes when they are not written.
    static let booleanDefaults: [String: Bool] = ["strict": false, "security": false, "leakproof": false, "window": false]

    /// Word-valued options and their defaults: VOLATILE, PARALLEL UNSAFE.
    static let wordDefaults: [String: String] = ["volatility": "volatile", "parallel": "unsafe"]

    func normalize(_ options: [Node]) throws(Diagnostic) -> Result {
        var language = "sql"
        var entries: [(name: String, position: Int, value: Node)] = []
        var cost: Double?
        var rows: Double?
        for (position, option) in options.enumerated() {
            let element = option.body("DefElem") ?? option
            let name = element.defname ?? ""
            let argument = element.arg ?? .null
            let value: Node
            switch name {
            case "language":
                language = (argument.stringValue ?? "").lowercased()
                value = .string(language)
            case _ where Self.booleanDefaults[name] != nil:
                // libpg_query leaves `boolval` out when it is false.
                let flag = argument.body("Boolean")?.boolval?.bool ?? false
                if flag == Self.booleanDefaults[name] { continue }
                value = .bool(flag)
            case _ where Self.wordDefaults[name] != nil:
                let word = (argument.stringValue ?? "").lowercased()
                if word == Self.wordDefaults[name] { continue }
                value = .string(word)
            case "cost":
                cost = try number(argument, option)
                continue
            case "rows":
                rows = try number(argument, option)
                continue
            case "as":
                // The body string (or a C function's file and symbol) is compared exactly as stored.
                value = .array((argument.body("List")?.items ?? argument.array).map { .string($0.stringValue ?? "") })
            default:
                // Includes `SET search_path = a, b`, which parses like the printed `SET search_path TO 'a', 'b'`.
                value = normalizer.normalize(Self.lowercasingSettingName(argument))
            }
            entries.append((name, position, value))
        }
        // COST defaults to 1 for C and internal functions and to 100 for any other language; ROWS to 1000.
        let defaultCost: Double = ["c", "internal"].contains(language) ? 1 : 100
        if let cost, cost != defaultCost { entries.append(("cost", options.count, .string(Self.text(cost)))) }
        if let rows, rows != 1000 { entries.append(("rows", options.count + 1, .string(Self.text(rows)))) }
        // SET options keep their relative order (a later SET of the same setting wins).
        entries.sort { ($0.name, $0.position) < ($1.name, $1.position) }
        return Result(language: language, nodes: entries.map { .object(["option": .string($0.name), "value": $0.value]) })
    }

    /// Setting names are case-insensitive; the catalog keeps the spelling of PostgreSQL's own table
    /// (`SET timezone` is printed `SET "TimeZone"`), so the model keeps them in lower case.
    static func lowercasingSettingName(_ node: Node) -> Node {
        guard let set = node.body("VariableSetStmt"), let name = set.name?.string else { return node }
        return .wrap("VariableSetStmt", set.setting("name", .string(name.lowercased())).fields)
    }

    private func number(_ node: Node, _ option: Node) throws(Diagnostic) -> Double {
        if let integer = node.body("Integer") { return Double(integer.ival?.int ?? 0) }
        if let text = node.body("Float")?.fval?.string, let value = Double(text) { return value }
        throw source.diagnostic(at: option, "expected a number")
    }

    /// `5`, `5.5`: whole numbers without a fraction, as PostgreSQL prints them.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
