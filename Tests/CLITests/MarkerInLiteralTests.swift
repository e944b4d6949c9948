import Foundation
import Migrations
import Postgres
import Testing

/// Item 4 of the failing-safe issue: text holding a line that reads like a section marker, in a
/// comment, a default and a function body, survives writing, reading and applying unchanged.
@Suite struct MarkerInLiteralTests {
    static let text = "first line\n-- monolayer:down\nit's \\ here\n-- monolayer:up\nlast line"
    static let body = "\n  SELECT 'ok'::text\n-- monolayer:down\n-- monolayer:up\n"

    static var literal: String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    @Test func writtenReadAndAppliedTheValuesAreExactlyTheOriginalText() throws {
        let cli = try CLIHarness()
        let migration = MigrationFile(
            id: "20260101000000000-notes", phase: .expand, transactional: true, warnings: [],
            up: """
                CREATE TABLE notes (id int PRIMARY KEY, body text DEFAULT \(Self.literal));
                COMMENT ON TABLE notes IS \(Self.literal);
                CREATE FUNCTION note_text() RETURNS text LANGUAGE sql AS $fn$\(Self.body)$fn$;
                """,
            down: "DROP FUNCTION note_text();\nDROP TABLE notes;")
        let rendered = migration.rendered
        let markerLines = rendered.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("-- monolayer:") }
        #expect(markerLines == ["-- monolayer:up", "-- monolayer:down"], "\(rendered)")
        let read = try MigrationFile.parse(rendered, id: migration.id, phase: .expand, url: nil)
        #expect(read.down == "DROP FUNCTION note_text();\nDROP TABLE notes;")

        let folder = cli.migrations.appendingPathComponent("expand")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try rendered.write(to: folder.appendingPathComponent(migration.id + ".sql"), atomically: true, encoding: .utf8)
        let applied = try cli.run(["migrate", "--yes"])
        #expect(applied.status == 0, "\(applied.output)")
        let connection = try Connection(cli.databaseURL)
        try connection.execute("INSERT INTO notes (id) VALUES (1)")
        #expect(try connection.query("SELECT body FROM notes").records[0].string("body") == Self.text)
        #expect(try connection.query("SELECT obj_description('notes'::regclass, 'pg_class') AS c").records[0].string("c") == Self.text)
        #expect(try connection.query("SELECT prosrc FROM pg_proc WHERE proname = 'note_text'").records[0].string("prosrc") == Self.body)
        #expect(try connection.query("SELECT note_text() AS v").records[0].string("v") == "ok")
        #expect(try cli.run(["migrations", "status"]).status == 0)
        let rolledBack = try cli.run(["rollback", "--all", "--keep-files", "--yes"])
        #expect(rolledBack.status == 0, "the down section is intact: \(rolledBack.output)")
        #expect(try connection.query("SELECT to_regclass('notes') IS NULL AS gone").records[0].bool("gone"))
    }

    @Test func syncWritesSuchACommentAndDefaultSafely() throws {
        let cli = try CLIHarness()
        try cli.write("notes.sql", """
            CREATE TABLE notes (id int PRIMARY KEY, body text DEFAULT \(Self.literal));
            COMMENT ON TABLE notes IS \(Self.literal);
            """)
        let synced = try cli.run(["sync", "--yes"])
        #expect(synced.status == 0, "\(synced.output)")
        let connection = try Connection(cli.databaseURL)
        try connection.execute("INSERT INTO notes (id) VALUES (1)")
        #expect(try connection.query("SELECT body FROM notes").records[0].string("body") == Self.text)
        #expect(try connection.query("SELECT obj_description('notes'::regclass, 'pg_class') AS c").records[0].string("c") == Self.text)
        #expect(try cli.run(["plan", "--exit-code"]).status == 0)
        #expect(try cli.run(["migrations", "status"]).status == 0)
    }
}
