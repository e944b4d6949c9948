import Foundation
import SQLTree

/// The one normalizer for expressions. Both front ends hand it a parse tree: the schema-file front end
/// the node from the user's statement, the introspection front end the tree of PostgreSQL's rendering
/// (`pg_get_expr`, `pg_get_constraintdef`, ...), parsed by the same libpg_query. It rewrites the
/// spellings PostgreSQL changes on the way in (see ANCHORS.md, lesson 1) into one form, and the
/// serialized result is what expressions are compared by.
public struct ExpressionNormalizer: Sendable {
    public var resolver: NameResolver
    /// Type of each column of the table an expression is on (a check, an index), when known: a cast
    /// of a column to `text` is PostgreSQL's relabelling only when the column is a string already.
    public var columnTypes: ColumnTypes?
    /// Where the expressions made take equal texts and name sets from (one per model being built).
    public var parts: ExpressionParts?

    public init(resolver: NameResolver, parts: ExpressionParts? = nil) {
        self.resolver = resolver
        self.parts = parts
    }

    /// The same normalizer, for expressions over a table with these columns.
    public func with(columns: [Column]) -> ExpressionNormalizer {
        var copy = self
        copy.columnTypes = ColumnTypes(columns)
        return copy
    }

    /// Types whose values PostgreSQL relabels to text when it compares them with text.
    public static let stringTypes: Set<String> = ["text", "character varying", "character"]

    /// Casts PostgreSQL applies by itself (pg_cast's implicit casts between common built-ins) and
    /// prints when it renders an expression: `price * (quantity)::numeric` for an integer quantity.
    /// Dropping one changes nothing, since the server would insert it again.
    public static let implicitCasts: [String: Set<String>] = [
        "smallint": ["integer", "bigint", "numeric", "real", "double precision"],
        "integer": ["bigint", "numeric", "real", "double precision"],
        "bigint": ["numeric", "real", "double precision"],
        "numeric": ["real", "double precision"],
        "real": ["double precision"],
        "character varying": ["text"],
        "character": ["text", "character varying"],
        "text": ["character varying"],
        "date": ["timestamp without time zone", "timestamp with time zone"],
        "timestamp without time zone": ["timestamp with time zone"],
    ]

    static let sequenceFunctions: Set<String> = ["nextval", "currval", "setval"]

    /// Functions whose default values force a table rewrite when a column is added (volatile).
    static let volatileFunctions: Set<String> = [
        "random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v4", "clock_timestamp",
        "timeofday", "nextval", "setseed", "txid_current", "uuidv4", "uuidv7",
    ]

    /// The canonical form of a bare `NULL` (with or without a cast).
    public static let nullCanonical = Node.wrap("Const", ["null": .bool(true)]).canonicalText

    /// A column or domain default as the model keeps it: `DEFAULT NULL` is no default. PostgreSQL skips
    /// storing a bare NULL, but stores one coerced to a length-limited type (`varchar(64) DEFAULT NULL`
    /// is kept as `NULL::character varying`), and pg_dump then prints it; either way it means nothing.
    public static func columnDefault(_ value: Expression?) -> Expression? {
        guard let value, value.canonical != nullCanonical else { return nil }
        return value
    }

    /// A column default as PostgreSQL stores it: a string constant is coerced to the column's type
    /// (`interval DEFAULT '90 minutes'` is kept as `'01:30:00'::interval`), so it is read as a value of it.
    /// `node` is the parse of `text`.
    public func defaultExpression(_ node: Node, text: String, columnType: Node?) -> Expression {
        guard let columnType, node.body("A_Const")?.sval != nil else { return expression(node, parsedFrom: text) }
        return expression(.wrap("TypeCast", ["arg": node, "typeName": columnType]), parsedFrom: text, wrapped: columnType.canonicalText)
    }

    /// Normalizes an expression tree and packages it with its SQL text.
    /// A column's type, held once per model build like expressions' parts.
    public func columnType(_ typeName: Node) -> TypeReference {
        let type = TypeNameRenderer.render(typeName, resolver: resolver)
        return parts?.shared(type) ?? type
    }

    public func expression(_ node: Node, text: String) -> Expression {
        let normalized = normalize(node)
        let named = namedObjects(node)
        let facts = ExpressionFacts(normalized)
        let expression = Expression(text: text, canonical: normalized.canonicalText, isVolatile: facts.isVolatile,
                                    calledFunctions: facts.calledFunctions,
                                    namedRelations: sequences(facts).union(named["regclass"] ?? []),
                                    namedConfigurations: named["regconfig"] ?? [], columns: facts.columns)
        return parts?.shared(expression) ?? expression
    }

    /// An expression whose tree is the parse of `text` and nothing else (`wrapped` names what was built
    /// around it, when anything was): normalized once per model build for each text, resolver and type of
    /// the columns it reads, since nothing else goes into the result. Schemas repeat their checks and
    /// defaults on table after table.
    public func expression(_ node: Node, parsedFrom text: String, wrapped: String = "") -> Expression {
        guard let parts, !text.isEmpty else { return expression(node, text: text) }
        let context = ExpressionParts.Context(
            resolver: resolver, columnTypes: columnTypes.map { types in Self.columnReferenceNames(node).map { types[$0] } })
        if let known = parts.normalized(text, wrapped: wrapped, in: context) { return known }
        let made = expression(node, text: text)
        parts.remember(made, text: text, wrapped: wrapped, in: context)
        return made
    }

    /// The last part of each column reference in a tree, as a cast of a column looks its type up.
    public static func columnReferenceNames(_ node: Node) -> [String] {
        var names: [String] = []
        node.forEach { child in
            if let ref = child.body("ColumnRef"), let name = ref.fieldsField.nameList.last, !names.contains(name) {
                names.append(name)
            }
        }
        return names
    }

    public func normalize(_ node: Node) -> Node {
        node.rewrittenWithoutLocations(rewrite)
    }

    private func rewrite(_ node: Node) -> Node {
        guard let kind = node.kind, let body = node.body else { return node }
        switch kind {
        case "A_Const": return Self.canonicalConstant(body)
        case "TypeCast": return rewriteCast(body)
        case "FuncCall": return rewriteFunctionCall(body)
        case "A_Expr": return rewriteOperatorExpression(body)
        case "BoolExpr": return Self.flattenBoolean(body)
        // `ROW(a, b)` and `(a, b)` are one row constructor; PostgreSQL prints the first.
        case "RowExpr": return .wrap("RowExpr", body.fields.filter { $0.key != "row_format" })
        // A CASE without ELSE is stored with `ELSE NULL`.
        case "CaseExpr" where body.defresult?.canonicalText == Self.nullCanonical:
            return .wrap("CaseExpr", body.fields.filter { $0.key != "defresult" })
        default: return node
        }
    }

    /// Constants compare by their text: `1`, `'1'` and the `'1'::bigint` PostgreSQL prints all carry "1".
    static func canonicalConstant(_ body: Node) -> Node {
        if body.isnull { return .wrap("Const", ["null": .bool(true)]) }
        let value: String
        if let int = body.ival { value = String(int.ival?.int ?? 0) }
        else if let float = body.fval { value = float.fval?.string ?? "" }
        else if let bool = body.boolval { value = (bool.boolval?.bool ?? false) ? "true" : "false" }
        else if let string = body.sval {
            // Dates and timestamps in one form, typed or not (PostgreSQL prints them in its output format).
            let text = string.sval?.string ?? ""
            value = DateTimeLiteral.dateTime(text)?.text ?? text
        }
        else if let bits = body.bsval { value = bitDigits(bits.bsval?.string ?? "") }
        else { value = "" }
        return .wrap("Const", ["value": .string(value)])
    }

    /// A bit-string constant's digits: `B'0101'` arrives as `b0101`, `X'1F'` as `x1F`, and PostgreSQL
    /// prints either as the binary digits of a string (`'00011111'::"bit"`).
    static func bitDigits(_ literal: String) -> String {
        guard let kind = literal.first else { return literal }
        let digits = literal.dropFirst()
        switch kind {
        case "b", "B": return String(digits)
        case "x", "X":
            let nibbles = digits.map { character -> String? in
                guard let value = character.hexDigitValue else { return nil }
                let bits = String(value, radix: 2)
                return String(repeating: "0", count: 4 - bits.count) + bits
            }
            return nibbles.contains(nil) ? literal : nibbles.compactMap { $0 }.joined()
        default: return literal
        }
    }

    /// A string read as `boolin` reads it (`'t'`, `'yes'`, `'off'`, any unique prefix, any case), as the
    /// `true` or `false` PostgreSQL prints; nil for text that is not a boolean.
    static func booleanText(_ text: String) -> String? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !value.isEmpty else { return nil }
        let words = [("true", "true"), ("yes", "true"), ("false", "false"), ("no", "false"), ("on", "true"), ("off", "false")]
        // `o` alone could be either `on` or `off`.
        for (word, meaning) in words where word.hasPrefix(value) && (value.count >= 2 || !word.hasPrefix("o")) { return meaning }
        return ["1": "true", "0": "false"][value]
    }

    /// PostgreSQL labels constants with their resolved type (`'todo'::public.task_status`,
    /// `'{}'::text[]`) and relabels columns of binary-coercible types (`(name)::text` for a varchar).
    /// Such casts say nothing the column does not already say, so they are dropped on both sides.
    private func rewriteCast(_ body: Node) -> Node {
        guard let argument = body.arg else { return .wrap("TypeCast", body.fields) }
        let rendered = TypeNameRenderer.render(body.typeName ?? .null, resolver: resolver)
        if Self.isConstantLike(argument) {
            // `boolean 'f'` is stored as the constant `false`.
            if rendered.sql == "boolean", let text = argument.body("Const")?.value?.string, let value = Self.booleanText(text) {
                return .wrap("Const", ["value": .string(value)])
            }
            // Money, interval, time and bytea constants are stored as values and printed back in one form.
            if let text = argument.body("Const")?.value?.string, !rendered.isArray {
                let typmods = ((body.typeName ?? .null).body("TypeName") ?? body.typeName ?? .null).typmods
                    .compactMap(TypeNameRenderer.constantText)
                let value = rendered.baseName == "money" ? MoneyLiteral.canonical(text)
                    : rendered.baseName == "interval" ? IntervalLiteral.canonical(text, typmods: typmods)
                    : rendered.baseName.hasPrefix("time with") ? DateTimeLiteral.timeOfDay(text)?.text
                    : rendered.baseName == "bytea" ? Self.byteaCanonical(text) : nil
                if let value { return .wrap("Const", ["value": .string(value)]) }
            }
            return argument
        }
        let target = rendered.sql
        // A cast to the type the expression has already is none: `current_setting('x')::text` is stored bare.
        if Self.resultType(of: argument) == target { return argument }
        if let column = argument.body("ColumnRef")?.fieldsField.nameList.last {
            if let types = columnTypes {
                if let type = types[column]?.baseName, type == rendered.baseName || Self.implicitCasts[type]?.contains(rendered.baseName) == true {
                    return argument
                }
            } else if target == "text" || target == "character varying" {
                // Without the table's columns (view queries) the cast is taken for the relabelling it usually is.
                return argument
            }
        }
        return .wrap("TypeCast", ["arg": argument, "type": .string(target)])
    }

    /// The type of a normalized call to a built-in function, of a cast, or of an array of either, when
    /// it is known offline.
    public static func resultType(of node: Node) -> String? {
        if let cast = node.body("TypeCast") { return cast.type?.string }
        if let names = node.body("FuncCall")?.funcname.nameList, names.count == 1 { return BuiltinFunctions.resultTypes[names[0]] }
        if let elements = node.body("A_ArrayExpr")?.elements, let type = elements.first.flatMap(resultType),
           !type.hasSuffix("[]"), elements.allSatisfy({ resultType(of: $0) == type }) {
            return type + "[]"
        }
        return nil
    }

    /// A bytea literal in one form whichever way it is written or printed (`bytea_output` hex or escape):
    /// its bytes as plain text when they are all printable ASCII without a backslash (`','`, as an untyped
    /// literal that PostgreSQL types as bytea is written), else in hex (`\x00546f6d00`); nil when the
    /// text is neither input form.
    static func byteaCanonical(_ text: String) -> String? {
        var bytes: [UInt8] = []
        if text.hasPrefix("\\x") {
            let digits = Array(text.dropFirst(2).filter { !$0.isWhitespace })
            guard digits.count % 2 == 0 else { return nil }
            for index in stride(from: 0, to: digits.count, by: 2) {
                guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else { return nil }
                bytes.append(byte)
            }
        } else {
            var characters = Array(text.utf8)[...]
            while let first = characters.popFirst() {
                guard first == UInt8(ascii: "\\") else { bytes.append(first); continue }
                if characters.first == UInt8(ascii: "\\") {
                    bytes.append(characters.removeFirst())
                    continue
                }
                let digits = characters.prefix(3)
                guard digits.count == 3, let value = UInt8(String(decoding: digits, as: UTF8.self), radix: 8) else { return nil }
                bytes.append(value)
                characters.removeFirst(3)
            }
        }
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "\\") }) { return String(decoding: bytes, as: UTF8.self) }
        return "\\x" + bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func isConstantLike(_ node: Node) -> Bool {
        if node.kind == "Const" { return true }
        if let array = node.body("A_ArrayExpr") {
            return array.elements.allSatisfy(isConstantLike)
        }
        return false
    }

    private func rewriteFunctionCall(_ body: Node) -> Node {
        var fields = body.fields
        let names = resolver.functionNameParts(body.funcname.nameList)
        fields["funcname"] = .array(names.map(Node.stringNode))
        // Whether PostgreSQL prints `EXTRACT(x FROM y)` or `extract(x, y)` is layout, not meaning.
        fields["funcformat"] = nil
        // PostgreSQL packs the trailing arguments of a call to a variadic function into an array and
        // prints `f(a, VARIADIC ARRAY[b, c])`; the user wrote `f(a, b, c)`.
        if body.func_variadic, let elements = body.args.last?.body("A_ArrayExpr")?.elements, !elements.isEmpty {
            fields["args"] = .array(body.args.dropLast() + elements)
            fields["func_variadic"] = nil
        }
        // `nextval('t_id_seq')`: the name inside the string is a relation, which PostgreSQL stores by oid
        // and prints qualified; qualify it the same way.
        if names.count == 1, Self.sequenceFunctions.contains(names[0]), let text = body.args.first?.body("Const")?.value?.string {
            var args = body.args
            args[0] = .wrap("Const", ["value": .string(resolver.qualifySequence(text).sql)])
            fields["args"] = .array(args)
        }
        return .wrap("FuncCall", fields)
    }

    private func rewriteOperatorExpression(_ body: Node) -> Node {
        var fields = body.fields
        // The catalog qualifies every operator outside pg_catalog (`OPERATOR(public.<->)` for pgvector's,
        // whose symbol is also a built-in one), users write the symbol: operators compare by symbol.
        // Two schemas defining one symbol for the same argument types would compare equal.
        let operatorNames = (body.name?.nameList ?? []).suffix(1).map { $0 }
        fields["name"] = .array(operatorNames.map(Node.stringNode))
        let kind = body.kindField ?? "AEXPR_OP"
        let left = body.lexpr ?? .null
        let right = body.rexpr ?? .null
        switch kind {
        case "AEXPR_LIKE", "AEXPR_ILIKE":
            // `LIKE` is stored as the operator `~~` and printed that way.
            fields["kind"] = .string("AEXPR_OP")
        case "AEXPR_IN":
            return Self.expandIn(left: left, items: Self.listItems(right), negated: operatorNames == ["<>"])
        case "AEXPR_BETWEEN", "AEXPR_NOT_BETWEEN":
            return Self.expandBetween(left: left, bounds: Self.listItems(right), negated: kind == "AEXPR_NOT_BETWEEN")
        case "AEXPR_OP":
            return Self.comparison(operatorNames, left, right, fields: fields)
        default:
            break
        }
        return .wrap("A_Expr", fields)
    }

    /// A binary operator expression; `ROW(a, b) = ROW(x, y)` as PostgreSQL's `make_row_comparison_op`
    /// stores it: `a = x AND b = y` (`<>`: `a <> x OR b <> y`). Other row comparisons stay rows.
    static func comparison(_ operatorNames: [String], _ left: Node, _ right: Node, fields: NodeFields? = nil) -> Node {
        let fields = fields ?? ["kind": .string("AEXPR_OP"), "name": .array(operatorNames.map(Node.stringNode)), "lexpr": left, "rexpr": right]
        guard operatorNames == ["="] || operatorNames == ["<>"],
              let leftItems = left.body("RowExpr")?.args, let rightItems = right.body("RowExpr")?.args,
              leftItems.count == rightItems.count, !leftItems.isEmpty else { return .wrap("A_Expr", fields) }
        let pairs = zip(leftItems, rightItems).map { comparison(operatorNames, $0, $1) }
        guard pairs.count > 1 else { return pairs[0] }
        return flattenBoolean(.object(["boolop": .string(operatorNames == ["="] ? "AND_EXPR" : "OR_EXPR"), "args": .array(pairs)]))
    }

    /// Lists inside expressions come as `{"List": {"items": [...]}}` (or a bare array).
    public static func listItems(_ node: Node) -> [Node] {
        node.body("List")?.items ?? node.array
    }

    /// `x IN (a, b)` as PostgreSQL's `transformAExprIn` stores it: two or more items without column
    /// references become one `x = ANY (ARRAY[a, b])`, every other item its own `x = item`, the
    /// comparisons joined by OR. So `x IN ('a')` is `x = 'a'`. `NOT IN` is `<> ALL` and `<>` joined by
    /// AND. Rows (`(a, b) IN ((1, 2), (3, 4))`) never become an array comparison.
    static func expandIn(left: Node, items: [Node], negated: Bool) -> Node {
        let op = negated ? "<>" : "="
        var separate = items
        var comparisons: [Node] = []
        let constants = items.filter { !containsColumn($0) }
        if constants.count > 1, left.kind != "RowExpr" {
            comparisons.append(.wrap("A_Expr", [
                "kind": .string(negated ? "AEXPR_OP_ALL" : "AEXPR_OP_ANY"), "name": .array([.stringNode(op)]),
                "lexpr": left, "rexpr": .wrap("A_ArrayExpr", ["elements": .array(constants)]),
            ]))
            separate = items.filter(containsColumn)
        }
        comparisons += separate.map { comparison([op], left, $0) }
        guard comparisons.count > 1 else { return comparisons.first ?? left }
        return flattenBoolean(.object(["boolop": .string(negated ? "AND_EXPR" : "OR_EXPR"), "args": .array(comparisons)]))
    }

    static func containsColumn(_ node: Node) -> Bool {
        var found = false
        node.forEach { if $0.kind == "ColumnRef" { found = true } }
        return found
    }

    /// `x BETWEEN a AND b` is stored as `x >= a AND x <= b`.
    static func expandBetween(left: Node, bounds: [Node], negated: Bool) -> Node {
        guard bounds.count == 2 else { return left }
        func comparison(_ op: String, _ right: Node) -> Node {
            .wrap("A_Expr", ["kind": .string("AEXPR_OP"), "name": .array([.stringNode(op)]), "lexpr": left, "rexpr": right])
        }
        let args = negated
            ? [comparison("<", bounds[0]), comparison(">", bounds[1])]
            : [comparison(">=", bounds[0]), comparison("<=", bounds[1])]
        return .wrap("BoolExpr", ["boolop": .string(negated ? "OR_EXPR" : "AND_EXPR"), "args": .array(args)])
    }

    /// `a AND (b AND c)` and `(a AND b) AND c` are one conjunction.
    static func flattenBoolean(_ body: Node) -> Node {
        let op = body.boolop ?? ""
        guard op != "NOT_EXPR" else { return .wrap("BoolExpr", body.fields) }
        var args: [Node] = []
        for arg in body.args {
            if let inner = arg.body("BoolExpr"), inner.boolop == op {
                args.append(contentsOf: inner.args)
            } else {
                args.append(arg)
            }
        }
        return .wrap("BoolExpr", ["boolop": .string(op), "args": .array(args)])
    }

    /// The qualified names of the calls in a normalized tree: `rewriteFunctionCall` has qualified user
    /// functions and left built-ins bare.
    public static func calledFunctions(_ node: Node) -> Set<QualifiedName> {
        ExpressionFacts(node).calledFunctions
    }

    /// The sequences named by `nextval`, `currval` and `setval` calls in a normalized tree (where
    /// `rewriteFunctionCall` has qualified them).
    func sequences(_ node: Node) -> Set<QualifiedName> {
        sequences(ExpressionFacts(node))
    }

    private func sequences(_ facts: ExpressionFacts) -> Set<QualifiedName> {
        Set(facts.sequenceArguments.map(resolver.qualifySequence))
    }

    /// Objects named by strings cast to an object identifier type (`'public.bare'::regconfig`), by type,
    /// from the tree as parsed (normalizing drops casts of constants). A bare name takes the first
    /// schema of the search path, as PostgreSQL would look there first.
    func namedObjects(_ node: Node) -> [String: Set<QualifiedName>] {
        var named: [String: Set<QualifiedName>] = [:]
        node.forEach { child in
            guard let cast = child.body("TypeCast"), let typeName = cast.typeName,
                  let type = (typeName.body("TypeName") ?? typeName).names.nameList.last,
                  ["regclass", "regconfig"].contains(type),
                  let text = cast.arg?.body("A_Const")?.sval?.sval?.string else { return }
            let parts = RelationNameParser.split(text)
            guard let name = parts.last else { return }
            let schema = parts.count >= 2 ? parts[parts.count - 2] : resolver.searchPath.first ?? "public"
            named[type, default: []].insert(QualifiedName(schema, name))
        }
        return named
    }

    /// The last part of every column reference in a tree.
    static func columnNames(_ node: Node) -> Set<String> {
        ExpressionFacts(node).columns
    }

    public static func isVolatile(_ node: Node) -> Bool {
        ExpressionFacts(node).isVolatile
    }
}

/// What an expression's normalized tree calls and reads, found in one walk: functions called (qualified
/// ones), the arguments of sequence functions, the last part of each column reference, and whether a
/// call is volatile.
struct ExpressionFacts {
    private(set) var calledFunctions: Set<QualifiedName> = []
    private(set) var sequenceArguments: [String] = []
    private(set) var columns: Set<String> = []
    private(set) var isVolatile = false

    init(_ node: Node) {
        node.forEach { child in visit(child) }
    }

    private mutating func visit(_ child: Node) {
        if let call = child.body("FuncCall") {
            let names = call.funcname.nameList
            if names.count >= 2 { calledFunctions.insert(QualifiedName(names[names.count - 2], names[names.count - 1])) }
            // Built-ins are judged by the list; user functions cannot be judged offline, so assume the worst.
            if names.count > 1 || ExpressionNormalizer.volatileFunctions.contains(names.last ?? "") { isVolatile = true }
            if names.count == 1, ExpressionNormalizer.sequenceFunctions.contains(names[0]),
               let text = call.args.first?.body("Const")?.value?.string {
                sequenceArguments.append(text)
            }
        } else if let last = child.body("ColumnRef")?.fieldsField.last?.stringValue {
            columns.insert(last)
        }
    }
}
