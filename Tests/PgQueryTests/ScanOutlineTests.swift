import Foundation
import PgQuery
import Testing

/// A file's scan outline finds each statement's comments as a walk over every token of the scan does:
/// the comment tokens directly above the statement's first token, and those inside it.
@Suite struct ScanOutlineTests {
    /// The walk over the whole scan that the outline stands in for.
    static func walk(_ tokens: [Token], _ range: Range<Int>) -> (leading: [Token], inside: [Token]) {
        // The first token at or after the range's start, by bisection (files of the corpus have many statements).
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].byteRange.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        let first = low
        var leading = first
        while leading > 0, tokens[leading - 1].isComment { leading -= 1 }
        let inside = tokens[first...].prefix { $0.byteRange.lowerBound < range.upperBound }
        return (Array(tokens[leading..<first]), inside.filter(\.isComment))
    }

    /// The outline's answers against the walk's for every statement of `sql`; `withComments`, where given,
    /// says which statements have comments. A text that does not parse is skipped unless `mustParse`.
    static func expectSame(_ sql: String, withComments: [Bool]? = nil, mustParse: Bool = true, _ comment: Comment? = nil,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let statements: [RawStatement]
        do { statements = try PgQuery.parse(sql) } catch {
            if mustParse { throw error }
            return
        }
        let tokens = try PgQuery.scan(sql)
        let outline = try PgQuery.scanOutline(sql)
        #expect(outline.semicolons == tokens.filter(\.isSemicolon).map(\.byteRange.lowerBound), comment, sourceLocation: sourceLocation)
        var cursor = 0
        var found: [Bool] = []
        for statement in statements {
            let range = statement.byteOffset..<(statement.byteOffset + statement.byteLength)
            let outlined = outline.comments(of: range, cursor: &cursor)
            let expected = walk(tokens, range)
            #expect(outlined.leading == expected.leading && outlined.inside == expected.inside, comment, sourceLocation: sourceLocation)
            found.append(!outlined.leading.isEmpty || !outlined.inside.isEmpty)
        }
        if let withComments { #expect(found == withComments, comment, sourceLocation: sourceLocation) }
    }

    @Test func commentsAboveInsideAndBetweenStatements() throws {
        try Self.expectSame("-- monolayer: renamed from a\nCREATE TABLE b (id int);", withComments: [true])
        try Self.expectSame("CREATE TABLE a (id int /* key */);\nCREATE TABLE b (id int);", withComments: [true, false])
        try Self.expectSame("CREATE TABLE a (id int); -- after a\n-- above b\n/* and this */\nCREATE TABLE b (id int);\nCREATE TABLE c ();",
                            withComments: [false, true, false])
        try Self.expectSame("CREATE TABLE a ();\nCREATE TABLE b () -- trailing, no semicolon", withComments: [false, true])
        try Self.expectSame("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; -- not a comment $$;\nCREATE TABLE t ();",
                            withComments: [false, false])
        try Self.expectSame("CREATE TABLE a (note text DEFAULT '-- not a comment');", withComments: [false])
        try Self.expectSame("-- only a comment", withComments: [])
    }

    /// Every SQL file of the shared corpus.
    @Test func theCorpusGivesTheSameComments() throws {
        for file in try CorpusSQLFiles.all() {
            try Self.expectSame(try String(contentsOf: file, encoding: .utf8), mustParse: false, Comment(rawValue: file.path))
        }
    }
}
