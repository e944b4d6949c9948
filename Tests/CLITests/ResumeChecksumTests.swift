import Foundation
import Postgres
import Testing

/// Item 3 of the failing-safe issue: a non-transactional migration records its file's checksum when
/// it starts, and a resume after the file was edited is refused, naming what already ran.
@Suite struct ResumeChecksumTests {
    static let id = "20260101000000000-audit"
    static let original = """
        -- monolayer migration
        -- id: 20260101000000000-audit
        -- phase: expand
        -- transaction: no

        -- monolayer:up
        CREATE TABLE audit (id int PRIMARY KEY, note text);
        INSERT INTO audit VALUES (1, 'first');
        INSERT INTO audit VALUES (2, 'second');

        -- monolayer:down
        DROP TABLE audit;

        """
    static let edited = original.replacingOccurrences(of: "'second'", with: "'changed'")

    func file(_ cli: CLIHarness) throws -> URL {
        let folder = cli.migrations.appendingPathComponent("expand")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(Self.id + ".sql")
    }

    /// Killed after the second statement has run but before it committed: the first one is done.
    func killedHalfWay(_ cli: CLIHarness) throws -> Connection {
        try Self.original.write(to: try file(cli), atomically: true, encoding: .utf8)
        let killed = try cli.run(["migrate", "--yes"], environment: ["MONOLAYER_FAULT_KILL_AFTER_STATEMENTS": "2"])
        #expect(killed.status == 9, "\(killed.output)")
        let connection = try Connection(cli.databaseURL)
        let progress = try connection.query("SELECT statements_done, checksum FROM monolayer.migration_progress").records
        #expect(progress.count == 1 && progress[0].int("statements_done") == 1)
        #expect(progress.first?["checksum"]?.count == 64, "the checksum is recorded when the migration starts")
        return connection
    }

    @Test func anEditedPartlyAppliedMigrationIsRefusedNamingWhatRan() throws {
        let cli = try CLIHarness()
        let connection = try killedHalfWay(cli)
        try Self.edited.write(to: try file(cli), atomically: true, encoding: .utf8)
        let refused = try cli.run(["migrate", "--yes"])
        #expect(refused.status == 3, "\(refused.output)")
        #expect(refused.stderr.contains("migration expand/\(Self.id) was partly applied"), "\(refused.stderr)")
        #expect(refused.stderr.contains("  1. CREATE TABLE audit (id int PRIMARY KEY, note text)\n"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("2. INSERT"), "only what ran is named")
        #expect(try connection.query("SELECT count(*) AS n FROM audit").records[0].int("n") == 0)
        try Self.original.write(to: try file(cli), atomically: true, encoding: .utf8)
        let resumed = try cli.run(["migrate", "--yes"])
        #expect(resumed.status == 0, "\(resumed.output)")
        #expect(try connection.query("SELECT string_agg(note, ',' ORDER BY id) AS notes FROM audit").records[0].string("notes") == "first,second")
        #expect(try connection.query("SELECT count(*) AS n FROM monolayer.migration_progress").records[0].int("n") == 0)
    }

    @Test func progressFromAnOlderMonolayerWithoutAChecksumResumesAsBefore() throws {
        let cli = try CLIHarness()
        let connection = try killedHalfWay(cli)
        // The tracking schema as an older monolayer left it: no checksum column.
        try connection.execute("ALTER TABLE monolayer.migration_progress DROP COLUMN checksum")
        try Self.edited.write(to: try file(cli), atomically: true, encoding: .utf8)
        let resumed = try cli.run(["migrate", "--yes"])
        #expect(resumed.status == 0, "\(resumed.output)")
        #expect(resumed.stderr.contains("resuming after 1 completed statement"))
        #expect(try connection.query("SELECT string_agg(note, ',' ORDER BY id) AS notes FROM audit").records[0].string("notes") == "first,changed")
        #expect(try connection.query("""
            SELECT count(*) AS n FROM information_schema.columns
            WHERE table_schema = 'monolayer' AND table_name = 'migration_progress' AND column_name = 'checksum'
            """).records[0].int("n") == 1, "the tracking schema is upgraded")
    }
}
