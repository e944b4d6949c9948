import PgQuery
import Testing

/// `PgQuery.split` and `PgQuery.scan`: statement boundaries and tokens with byte ranges.
@Suite struct PgQuerySplitScanTests {
    static func pieces(_ sql: String) throws -> [String] {
        let bytes = Array(sql.utf8)
        return try PgQuery.split(sql).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsOnSemicolons() throws {
        #expect(try Self.pieces("SELECT 1; SELECT 2;\nSELECT 3") == ["SELECT 1", "SELECT 2", "SELECT 3"])
    }

    @Test func keepsSemicolonsInsideStringsAndIdentifiers() throws {
        let sql = "SELECT 'a;b', \"c;d\"; SELECT E'\\';'"
        #expect(try Self.pieces(sql) == ["SELECT 'a;b', \"c;d\"", "SELECT E'\\';'"])
    }

    @Test func keepsDollarQuotedBodiesWhole() throws {
        let function = """
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; SELECT 2 $body$
            """
        let block = "DO $$ BEGIN PERFORM 1; END $$"
        let sql = function + ";\n" + block + ";\nSELECT 3;"
        #expect(try Self.pieces(sql) == [function, block, "SELECT 3"])
    }

    @Test func keepsCommentsWithSemicolonsOutOfTheWay() throws {
        let pieces = try Self.pieces("SELECT 1 -- a; b\n; /* c; d */ SELECT 2;")
        #expect(pieces.count == 2)
        #expect(pieces[0].hasPrefix("SELECT 1"))
        #expect(pieces[1].hasSuffix("SELECT 2"))
    }

    @Test func splitRangesAreBytes() throws {
        let sql = "SELECT 'ü';SELECT 'ß'"
        #expect(try PgQuery.split(sql) == [0..<11, 12..<23])
    }

    @Test func splitReportsSyntaxErrorsWithTheirOffset() {
        #expect {
            _ = try PgQuery.split("SELECT 1; SELEC 2")
        } throws: { error in
            (error as? PgQueryError)?.byteOffset == 10
        }
    }

    @Test func scanReturnsCommentsAsTokens() throws {
        let sql = "SELECT a -- line\n/* block */ FROM t"
        let tokens = try PgQuery.scan(sql)
        let bytes = Array(sql.utf8)
        let texts = tokens.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
        #expect(texts == ["SELECT", "a", "-- line", "/* block */", "FROM", "t"])
        #expect(tokens.map(\.isComment) == [false, false, true, true, false, false])
        #expect(tokens[2].name == "SQL_COMMENT")
        #expect(tokens[3].name == "C_COMMENT")
    }

    @Test(arguments: [
        ("SELECT", "SELECT", Token.KeywordKind.reserved),
        ("key", "KEY", .unreserved),
        ("int", "INT_P", .columnName),
        ("left", "LEFT", .typeOrFunctionName),
        ("users", "IDENT", Token.KeywordKind.none),
        ("\"select\"", "IDENT", Token.KeywordKind.none),
    ])
    func scanClassifiesKeywords(word: String, name: String, kind: Token.KeywordKind) throws {
        let tokens = try PgQuery.scan(word)
        #expect(tokens.count == 1)
        #expect(tokens.first?.name == name)
        #expect(tokens.first?.keywordKind == kind)
    }

    @Test func scanNamesPunctuationAndGivesByteRanges() throws {
        let sql = "f('é', [1]);"
        let tokens = try PgQuery.scan(sql)
        #expect(tokens.map(\.name) == ["IDENT", "ASCII_40", "SCONST", "ASCII_44", "ASCII_91", "ICONST", "ASCII_93", "ASCII_41", "ASCII_59"])
        #expect(tokens[2].byteRange == 2..<6)
        #expect(tokens.map(\.isOpenParen) == [false, true, false, false, true, false, false, false, false])
        #expect(tokens.map(\.isCloseParen) == [false, false, false, false, false, false, true, true, false])
        #expect(tokens.filter(\.isComma).count == 1)
        #expect(tokens.last?.isSemicolon == true)
        #expect(tokens.last?.byteRange == 12..<13)
    }

    @Test func scanKeepsDollarQuotedStringsAsOneToken() throws {
        let tokens = try PgQuery.scan("AS $f$ a; b $f$ LANGUAGE")
        #expect(tokens.map(\.name) == ["AS", "SCONST", "LANGUAGE"])
        #expect(tokens[1].byteRange == 3..<15)
    }

    @Test func scanReportsAnUnterminatedString() {
        #expect {
            _ = try PgQuery.scan("SELECT 'abc")
        } throws: { error in
            (error as? PgQueryError)?.byteOffset == 7
        }
    }
}
