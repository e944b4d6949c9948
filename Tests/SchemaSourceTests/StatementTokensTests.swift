import Foundation
import PgQuery
import SchemaModel
@testable import SchemaSource
import Testing

/// A statement's tokens are scanned from its own text when first asked for, and come out as the scan of
/// the whole file gave them; they go with the statement's tree.
@Suite struct StatementTokensTests {
    static let sql = """
        CREATE TABLE a (id bigint PRIMARY KEY, note text DEFAULT 'x;y' CHECK (note <> $$;$$));
        /* a block comment; with a semicolon */
        -- monolayer: renamed from old_b
        CREATE TABLE b (id int);
        CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
        CREATE INDEX a_note_idx ON a (lower(note)) -- trailing comment
          WHERE note IS NOT NULL;
        COMMENT ON TABLE a IS 'it''s a table'
        """

    static func read() throws -> (file: SourceFile, statements: [StatementSource]) {
        let file = SourceFile(url: URL(fileURLWithPath: "/x/t.sql"), displayPath: "t.sql", text: sql)
        var reading = StatementReading()
        try SchemaLoader().readStatements(file, into: &reading)
        #expect(reading.problems.isEmpty)
        return (file, reading.statements)
    }

    @Test func eachStatementScansAsWithinItsFile() throws {
        let (file, statements) = try Self.read()
        let fileTokens = try PgQuery.scan(file.text)
        #expect(statements.count == 5)
        for statement in statements {
            let expected = fileTokens.filter { statement.byteRange.contains($0.byteRange.lowerBound) }
            #expect(Array(statement.tokens) == expected, "\(statement.text)")
            #expect(!expected.isEmpty)
        }
    }

    @Test func renameHintsAboveAndWithinAreKnownWithoutTheTokens() throws {
        let (_, statements) = try Self.read()
        #expect(statements.map(\.hasRenameHints) == [false, true, false, false, false], "a comment that is not a hint is not counted")
        let renamed = statements[1]
        #expect(RenameHintReader(source: renamed).hintText(before: nil)?.text == "old_b")
    }

    @Test func tokensGoWithTheTreeAndAreScannedAgainWhenAskedFor() throws {
        let (_, statements) = try Self.read()
        let index = statements[3]
        let first = Array(index.tokens)
        index.releaseTree()
        #expect(!index.holdsTree)
        #expect(Array(index.tokens) == first)
        #expect(index.parenthesizedText(from: index.byteRange.lowerBound) == "lower(note)")
    }
}
