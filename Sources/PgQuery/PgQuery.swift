import CPgQuery
import SQLTree

/// Swift's only door to libpg_query. Every C result is copied into Swift values and freed here.
public enum PgQuery {
    /// Parses SQL into raw statements (libpg_query's JSON parse tree, read into `Node`s).
    public static func parse(_ sql: String) throws(PgQueryError) -> [RawStatement] {
        let result = pg_query_parse(sql)
        defer { pg_query_free_parse_result(result) }
        if let error = result.error { throw PgQueryError(error.pointee, in: sql) }
        guard let json = result.parse_tree else { return [] }
        let tree: Node
        do { tree = try JSONReader.parse(cString: json) } catch {
            throw PgQueryError(message: "libpg_query returned unreadable JSON: \(error)", byteOffset: nil)
        }
        let utf8Count = sql.utf8.count
        return tree.stmts.map { entry in
            let location = entry.stmt_location ?? 0
            let length = entry.stmt_len ?? (utf8Count - location)
            return RawStatement(node: entry.stmt ?? .null, byteOffset: location,
                                byteLength: length == 0 ? utf8Count - location : length)
        }
    }

    /// Parses a type name alone (`character varying(20)[]`, `public.mood`) into a `TypeName` node.
    /// (libpg_query's type-name parse mode returns only the name list, without typmods, so the type is
    /// parsed as the target of a cast instead.)
    public static func parseTypeName(_ text: String) throws(PgQueryError) -> Node {
        guard let cast = try parseExpression("NULL::" + text).body("TypeCast"), let typeName = cast.typeName else {
            throw PgQueryError(message: "not a type name: \(text)", byteOffset: nil)
        }
        return typeName
    }

    /// Parses one expression by wrapping it as `SELECT <expression>`; returns the expression's node.
    public static func parseExpression(_ text: String) throws(PgQueryError) -> Node {
        let statements = try parse("SELECT " + text)
        guard statements.count == 1,
              let target = statements[0].node.body("SelectStmt")?.targetList,
              target.count == 1, target[0].body("ResTarget")?.name == nil,
              statements[0].node.body("SelectStmt")?["fromClause"] == nil,
              let value = target[0].body("ResTarget")?.val
        else { throw PgQueryError(message: "not a single expression: \(text)", byteOffset: nil) }
        return value
    }

    /// Parses the PL/pgSQL bodies of the `DO` blocks and `CREATE FUNCTION ... LANGUAGE plpgsql` statements
    /// in `sql` into PL/pgSQL's own tree (`PLpgSQL_function` nodes: blocks, statements, embedded SQL as text
    /// with the line it starts on, counted in the body). Errors carry the body line in their context.
    public static func parsePlpgsql(_ sql: String) throws(PgQueryError) -> [Node] {
        let result = pg_query_parse_plpgsql(sql)
        defer { pg_query_free_plpgsql_parse_result(result) }
        if let error = result.error { throw PgQueryError(error.pointee, in: sql) }
        guard let json = result.plpgsql_funcs else { return [] }
        do { return try JSONReader.parse(cString: json).array } catch {
            throw PgQueryError(message: "libpg_query returned unreadable JSON: \(error)", byteOffset: nil)
        }
    }

    /// Splits SQL into statements with the parser, so strings, comments and bodies containing `;` stay whole.
    public static func split(_ sql: String) throws(PgQueryError) -> [Range<Int>] {
        try ranges(of: pg_query_split_with_parser(sql), in: sql)
    }

    /// The statements' texts, split by the parser.
    public static func statements(_ sql: String) throws(PgQueryError) -> [String] {
        let bytes = Array(sql.utf8)
        return try split(sql).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Splits SQL into statements with the scanner alone: works on text that does not parse, so each
    /// statement of a broken file can be looked at on its own.
    public static func splitWithScanner(_ sql: String) throws(PgQueryError) -> [Range<Int>] {
        try ranges(of: pg_query_split_with_scanner(sql), in: sql)
    }

    /// Copies a split result's byte ranges and frees it.
    private static func ranges(of result: PgQuerySplitResult, in sql: String) throws(PgQueryError) -> [Range<Int>] {
        defer { pg_query_free_split_result(result) }
        if let error = result.error { throw PgQueryError(error.pointee, in: sql) }
        var ranges: [Range<Int>] = []
        for index in 0..<Int(result.n_stmts) {
            guard let statement = result.stmts[index]?.pointee else { continue }
            let start = Int(statement.stmt_location)
            ranges.append(start..<start + Int(statement.stmt_len))
        }
        return ranges
    }

    /// The scanner's tokens, comments included, with byte ranges into the input.
    public static func scan(_ sql: String) throws(PgQueryError) -> [Token] {
        let result = pg_query_scan_tokens(sql)
        defer { pg_query_free_scan_tokens_result(result) }
        if let error = result.error { throw PgQueryError(error.pointee, in: sql) }
        var tokens: [Token] = []
        tokens.reserveCapacity(Int(result.n_tokens))
        for index in 0..<Int(result.n_tokens) {
            let token = result.tokens[index]
            tokens.append(Token(start: Int(token.start), end: Int(token.end), code: TokenCodes.code(token.token),
                                keywordKind: keywordKind(token.keyword_kind)))
        }
        return tokens
    }

    private static let keywordKinds: [Token.KeywordKind] = (0..<keywordKindCount).map { code in
        pg_query_keyword_kind_name(PgQueryKeywordKind(rawValue: code)).flatMap { Token.KeywordKind(rawValue: String(cString: $0)) } ?? .none
    }
    private static let keywordKindCount: UInt32 = 8

    private static func keywordKind(_ kind: PgQueryKeywordKind) -> Token.KeywordKind {
        kind.rawValue < keywordKindCount ? keywordKinds[Int(kind.rawValue)] : .none
    }
}
