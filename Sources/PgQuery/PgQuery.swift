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
        return statements(of: tree, from: 0, to: sql.utf8.count)
    }

    /// The statements of a parse of the text from byte `start` to `end` (offsets already the whole text's).
    /// libpg_query leaves out a first statement's location of 0 and a last statement's length (or gives 0):
    /// it runs from where the text starts to where it ends.
    private static func statements(of tree: Node, from start: Int, to end: Int) -> [RawStatement] {
        tree.stmts.map { entry in
            let location = max(entry.stmt_location ?? start, start)
            let length = entry.stmt_len ?? 0
            return RawStatement(node: entry.stmt ?? .null, byteOffset: location, byteLength: length == 0 ? end - location : length)
        }
    }

    /// Parses SQL in pieces of at least `pieceSize` bytes, cut at `;` tokens of its scan (`semicolons`, their offsets):
    /// libpg_query then holds one piece's tree and JSON at a time rather than the whole text's, which for
    /// a large file was most of a plan's peak memory (its C tree and JSON are many times the text). A piece
    /// holds many statements, so a file costs a few calls, not one per statement. Offsets come out as
    /// `parse(_:)` gives them. A `;` inside a statement (`BEGIN ATOMIC ... END`, a rule's action list)
    /// can leave a piece that does not parse: the text is then parsed whole, so the statements and any
    /// error are exactly those of `parse(_:)`.
    ///
    /// `blanking` (ranges in order, each ending before a `;` of `semicolons`) is text read as spaces: the
    /// statements there are left for the caller to parse later (`parseStatement(_:in:)`), and every other
    /// statement keeps the offsets it has in the whole text.
    public static func parse(_ sql: String, splitAt semicolons: [Int], blanking: [Range<Int>] = [],
                             pieceSize: Int = 65_536) throws(PgQueryError) -> [RawStatement] {
        var sql = sql
        let pieces: [RawStatement]? = sql.withUTF8 { bytes in
            if bytes.count <= pieceSize { return nil }
            var ends: [Int] = []
            var pieceStart = 0
            for semicolon in semicolons where semicolon - pieceStart >= pieceSize {
                ends.append(semicolon)
                pieceStart = semicolon + 1
            }
            ends.append(bytes.count)
            var statements: [RawStatement] = []
            var piece: [UInt8] = []
            var blanks = blanking[...]
            var start = 0
            for end in ends where start <= end {
                defer { start = end + 1 }
                guard let parsed = parsePiece(bytes, start..<end, blanking: &blanks, buffer: &piece) else { return nil }
                statements += parsed
            }
            return statements
        }
        if let pieces { return pieces }
        guard !blanking.isEmpty else { return try parse(sql) }
        var text = Array(sql.utf8)
        for range in blanking { text.replaceSubrange(range, with: repeatElement(0x20, count: range.count)) }
        return try parse(String(decoding: text, as: UTF8.self))
    }

    /// The statements of one range of a text (offsets the whole text's), or nil when it does not parse alone:
    /// a statement that `parse(_:splitAt:blanking:)` left blank, parsed when its reader needs its tree.
    public static func parseStatement(_ text: [UInt8], in range: Range<Int>) -> [RawStatement]? {
        var piece: [UInt8] = []
        var noBlanks: ArraySlice<Range<Int>> = []
        return text.withUnsafeBufferPointer { parsePiece($0, range, blanking: &noBlanks, buffer: &piece) }
    }

    /// Parses `bytes[range]`, with the parts of `blanking` that fall in it as spaces (those wholly before the
    /// range's end are taken off the front), into `buffer`; nil when the piece does not parse.
    private static func parsePiece(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, blanking: inout ArraySlice<Range<Int>>,
                                   buffer piece: inout [UInt8]) -> [RawStatement]? {
        // After the first, a piece starts with a space: no offset in it is 0, which libpg_query
        // leaves out of its JSON (as it does in the whole text, where 0 is the first byte only).
        let lead = range.lowerBound == 0 ? 0 : 1
        piece.removeAll(keepingCapacity: true)
        if lead == 1 { piece.append(0x20) }
        piece.append(contentsOf: bytes[range])
        while let blank = blanking.first, blank.lowerBound < range.upperBound {
            let clipped = blank.clamped(to: range)
            for offset in clipped { piece[offset - range.lowerBound + lead] = 0x20 }
            guard blank.upperBound <= range.upperBound else { break }
            blanking.removeFirst()
        }
        piece.append(0)
        let result = piece.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pg_query_parse($0.baseAddress!) }
        }
        defer { pg_query_free_parse_result(result) }
        guard result.error == nil, let json = result.parse_tree,
              let tree = try? JSONReader.parse(cString: json, offsetShift: range.lowerBound - lead) else { return nil }
        return statements(of: tree, from: range.lowerBound, to: range.upperBound)
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

    /// Runs the scanner over `sql`, telling `starting` how many tokens there are, then handing each to `body`
    /// in order.
    private static func scanTokens(_ sql: String, starting: (Int) -> Void = { _ in }, _ body: (Token) -> Void) throws(PgQueryError) {
        let result = pg_query_scan_tokens(sql)
        defer { pg_query_free_scan_tokens_result(result) }
        if let error = result.error { throw PgQueryError(error.pointee, in: sql) }
        starting(Int(result.n_tokens))
        for index in 0..<Int(result.n_tokens) {
            let token = result.tokens[index]
            body(Token(start: Int(token.start), end: Int(token.end), code: TokenCodes.code(token.token),
                       keywordKind: keywordKind(token.keyword_kind)))
        }
    }

    /// The scanner's tokens, comments included, with byte ranges into the input.
    public static func scan(_ sql: String) throws(PgQueryError) -> [Token] {
        var tokens: [Token] = []
        try scanTokens(sql, starting: { tokens.reserveCapacity($0) }) { tokens.append($0) }
        return tokens
    }

    /// What reading a file needs of its scan: its semicolons and its comments (see ScanOutline).
    /// `observing` sees every token that is not a comment, in order (a caller's recognizer of statement shapes
    /// rides on this scan rather than scanning again).
    public static func scanOutline(_ sql: String, observing: (Token) -> Void = { _ in }) throws(PgQueryError) -> ScanOutline {
        var semicolons: [Int] = []
        var comments: [ScanOutline.Comment] = []
        var waiting = 0  // comments at the end of `comments` whose next code token is still to come
        try scanTokens(sql) { token in
            if token.isComment {
                comments.append(ScanOutline.Comment(token: token, nextCodeStart: 0))
                waiting += 1
                return
            }
            for pending in (comments.count - waiting)..<comments.count { comments[pending].nextCodeStart = token.byteRange.lowerBound }
            waiting = 0
            if token.isSemicolon { semicolons.append(token.byteRange.lowerBound) }
            observing(token)
        }
        let end = sql.utf8.count
        for pending in (comments.count - waiting)..<comments.count { comments[pending].nextCodeStart = end }
        return ScanOutline(semicolons: semicolons, comments: comments)
    }

    private static let keywordKinds: [Token.KeywordKind] = (0..<keywordKindCount).map { code in
        pg_query_keyword_kind_name(PgQueryKeywordKind(rawValue: code)).flatMap { Token.KeywordKind(rawValue: String(cString: $0)) } ?? .none
    }
    private static let keywordKindCount: UInt32 = 8

    private static func keywordKind(_ kind: PgQueryKeywordKind) -> Token.KeywordKind {
        kind.rawValue < keywordKindCount ? keywordKinds[Int(kind.rawValue)] : .none
    }
}
