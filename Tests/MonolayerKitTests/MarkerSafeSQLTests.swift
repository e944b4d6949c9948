import Foundation
@testable import Migrations
import Plan
import Testing

/// The writer: literals holding a line that reads like a marker are written in an escaped one-line
/// form, so the file splits where it was meant to; other multi-line literals stay readable.
@Suite struct MarkerSafeSQLTests {
    static let markerText = "first\n-- monolayer:down\nmiddle\n-- monolayer:up\nlast"

    static func file(up: String, down: String = "") -> MigrationFile {
        MigrationFile(id: "20260101000000000-x", phase: .expand, transactional: true, warnings: [], up: up, down: down)
    }

    /// Lines of the rendered file whose trimmed text starts with `-- monolayer:`.
    static func markerLines(_ text: String) -> [String] {
        text.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("-- monolayer:") }
    }

    @Test func stringsCommentsBodiesAndNamesWithMarkerLinesAreEscaped() throws {
        let up = """
            CREATE TABLE t (note text DEFAULT 'a''s\n-- monolayer:down\nb');
            COMMENT ON TABLE t IS E'it\\'s\\\\\n  -- monolayer:up';
            CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$
            SELECT 'x'
            -- monolayer:down
            $body$;
            CREATE TABLE "odd\n-- monolayer:down\nname" (id int);
            """
        let rendered = Self.file(up: up, down: "DROP TABLE t;").rendered
        #expect(Self.markerLines(rendered) == ["-- monolayer:up", "-- monolayer:down"], "\(rendered)")
        #expect(rendered.contains("DEFAULT E'a\\'s\\n-- monolayer:down\\nb'"))
        #expect(rendered.contains("IS E'it\\'s\\\\\\n  -- monolayer:up'"))
        #expect(rendered.contains("AS E'\\nSELECT \\'x\\'\\n-- monolayer:down\\n'"))
        #expect(rendered.contains("CREATE TABLE U&\"odd\\000A-- monolayer:down\\000Aname\""))
        let parsed = try MigrationFile.parse(rendered, id: "20260101000000000-x", phase: .expand, url: nil)
        #expect(parsed.down == "DROP TABLE t;")
        #expect(parsed.rendered == rendered, "writing what was read changes nothing")
    }

    @Test func ordinaryMultiLineLiteralsStayAsWritten() {
        let up = """
            CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$
            BEGIN
              -- monolayer is mentioned here, but no line starts like a marker
              RETURN 1;
            END $$;
            COMMENT ON FUNCTION g() IS 'two
            lines';
            """
        #expect(Self.file(up: up).rendered.contains(up))
    }

    @Test(arguments: [
        ("'a\n-- monolayer:down'", "a\n-- monolayer:down"),
        ("'it''s'\n'-- monolayer:up'", "it's-- monolayer:up"),
        ("E'\\x41\\101\\u00e9\\t\\'\\\\'", "AA\u{e9}\t'\\"),
        ("e'a''b'", "a'b"),
        ("$$x$y$$", "x$y"),
        ("$tag$ $$ -- $tag$", " $$ -- "),
    ])
    func constantsAreDecodedAndTheEscapedFormKeepsTheValue(raw: String, value: String) {
        #expect(SQLConstantText.stringValue(raw) == value)
        let escaped = SQLConstantText.escapedString(value)
        #expect(SQLConstantText.stringValue(escaped) == value)
        #expect(!escaped.contains("\n"), "one physical line: \(escaped)")
    }

    @Test func quotedNamesAreDecoded() {
        #expect(SQLConstantText.identifierValue("\"a\"\"b\"") == "a\"b")
        #expect(SQLConstantText.escapedIdentifier("a\"\\\nb") == "U&\"a\"\"\\\\\\000Ab\"")
    }
}
