import Foundation
import PgQuery
import SQLTree
import Testing

/// `PgQuery.parse(_:splitAt:pieceSize:)` parses a text in pieces and must give exactly what the whole-text
/// parse gives: the same trees (positions included), offsets and lengths, and the same errors. Pieces of
/// one byte cut at every `;` (a statement a piece); pieces of a few dozen bytes hold several statements.
@Suite struct PgQueryPieceParseTests {
    static func expectSame(_ sql: String, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        for pieceSize in [1, 48] {
            expectSame(sql, pieceSize: pieceSize, comment, sourceLocation: sourceLocation)
        }
    }

    static func expectSame(_ sql: String, pieceSize: Int, _ comment: Comment?, sourceLocation: SourceLocation) {
        let whole = Result { () throws(PgQueryError) in try PgQuery.parse(sql) }
        let pieces = Result { () throws(PgQueryError) in try PgQuery.parse(sql, splitAt: try PgQuery.scanOutline(sql).semicolons, pieceSize: pieceSize) }
        switch (whole, pieces) {
        case (.success(let expected), .success(let got)):
            #expect(got.count == expected.count, comment, sourceLocation: sourceLocation)
            for (left, right) in zip(got, expected) {
                #expect(left.byteOffset == right.byteOffset && left.byteLength == right.byteLength, comment, sourceLocation: sourceLocation)
                #expect(left.node == right.node, comment, sourceLocation: sourceLocation)
            }
        case (.failure(let expected), .failure(let got)):
            #expect(got.message == expected.message && got.byteOffset == expected.byteOffset, comment, sourceLocation: sourceLocation)
        default:
            Issue.record("one parse failed and the other did not: \(comment?.rawValue ?? sql)", sourceLocation: sourceLocation)
        }
    }

    @Test func statementsAndPositionsAsTheWholeTextGives() {
        Self.expectSame("""
            CREATE TABLE a (id int PRIMARY KEY, note text DEFAULT 'x');
            CREATE INDEX a_note ON a (lower(note)) WHERE id > 0; CREATE VIEW v AS SELECT id FROM a;
            COMMENT ON TABLE a IS 'semi;colon'; CREATE TABLE b (a_id int REFERENCES a (id));
            CREATE SEQUENCE s
            """)
        Self.expectSame("CREATE TABLE a (id int PRIMARY KEY);\n-- note\nCREATE INDEX ON a (id);\n\nSELECT 1")
        Self.expectSame("CREATE TABLE a (x text DEFAULT 'é;ü');CREATE VIEW v AS SELECT x FROM a WHERE x IN ('1', '2');")
        Self.expectSame(";;  ; CREATE TABLE b ();\n;")
        Self.expectSame("/* ; */ CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;")
        Self.expectSame("")
        Self.expectSame("-- only a comment")
    }

    /// A text several times the default piece size, as schema files that large are read.
    @Test func aLargeTextInPiecesOfTheDefaultSize() {
        let sql = (0..<3_000).map { "CREATE TABLE t\($0) (id bigint PRIMARY KEY, name text NOT NULL DEFAULT '');\n" }.joined()
        #expect(sql.utf8.count > 3 * 65_536)
        Self.expectSame(sql, pieceSize: 65_536, nil, sourceLocation: #_sourceLocation)
    }

    /// A `;` inside a statement: the pieces do not parse, the whole text does.
    @Test func semicolonsInsideAStatement() {
        Self.expectSame("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\nCREATE TABLE t ();")
        Self.expectSame("CREATE TABLE t (); CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b);")
    }

    @Test func errorsAsTheWholeTextGives() {
        Self.expectSame("CREATE TABLE a ();\nCREATE TABLEX b ();")
        Self.expectSame("CREATE TABLE a (x text DEFAULT 'open);")
    }

    /// Every SQL file of the shared corpus (schemas and before/after pairs) parses the same both ways.
    @Test func theCorpusParsesTheSame() throws {
        for file in try CorpusSQLFiles.all() {
            Self.expectSame(try String(contentsOf: file, encoding: .utf8), Comment(rawValue: file.path))
        }
    }
}
