import Foundation
import PgQuery
import Testing

/// A file's scan outline finds each statement's comments as a walk over every token of the scan does:
/// the comment tokens directly above the statement's first token, and whether any stands there or inside.
@Suite struct ScanOutlineTests {
    /// The walk over the whole scan that the outline stands in for.
    static func walk(_ tokens: [Token], _ range: Range<Int>) -> (leading: [Token], any: Bool) {
        let first = tokens.firstIndex { $0.byteRange.lowerBound >= range.lowerBound } ?? tokens.count
        var leading = first
        while leading > 0, tokens[leading - 1].isComment { leading -= 1 }
        let inside = tokens[first...].prefix { $0.byteRange.lowerBound < range.upperBound }
        return (Array(tokens[leading..<first]), leading < first || inside.contains(where: \.isComment))
    }

    static func expectSame(_ sql: String, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let statements = try? PgQuery.parse(sql) else { return }
        let tokens = try PgQuery.scan(sql)
        let outline = try PgQuery.scanOutline(sql)
        #expect(outline.semicolons == tokens.filter(\.isSemicolon).map(\.byteRange.lowerBound), comment, sourceLocation: sourceLocation)
        var cursor = 0
        for statement in statements {
            let range = statement.byteOffset..<(statement.byteOffset + statement.byteLength)
            let found = outline.comments(of: range, cursor: &cursor)
            let expected = walk(tokens, range)
            #expect(found.leading == expected.leading && found.any == expected.any, comment, sourceLocation: sourceLocation)
        }
    }

    @Test func commentsAboveInsideAndBetweenStatements() throws {
        try Self.expectSame("-- monolayer: renamed from a\nCREATE TABLE b (id int);")
        try Self.expectSame("CREATE TABLE a (id int /* key */);\nCREATE TABLE b (id int);")
        try Self.expectSame("CREATE TABLE a (id int); -- after a\n-- above b\n/* and this */\nCREATE TABLE b (id int);\nCREATE TABLE c ();")
        try Self.expectSame("CREATE TABLE a ();\nCREATE TABLE b () -- trailing, no semicolon")
        try Self.expectSame("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; -- not a comment $$;\nCREATE TABLE t ();")
        try Self.expectSame("CREATE TABLE a (note text DEFAULT '-- not a comment');")
        try Self.expectSame("-- only a comment")
    }

    /// Every SQL file of the shared corpus.
    @Test func theCorpusGivesTheSameComments() throws {
        for file in try CorpusSQLFiles.all() {
            try Self.expectSame(try String(contentsOf: file, encoding: .utf8), Comment(rawValue: file.path))
        }
    }
}
