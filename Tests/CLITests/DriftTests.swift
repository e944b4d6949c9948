import Foundation
import Postgres
import Testing
import TestSupport

/// `drift` as a DBA runs it against a live database: the applied migrations are replayed on the
/// project's dev database server (started from the test server's binaries), and the target is only read.
@Suite struct DriftTests {
    static let users = """
        CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
        CREATE INDEX users_email_idx ON users (email);
        GRANT SELECT ON users TO monolayer_reader;
        """

    /// A project whose schema is applied to its database with `sync`.
    static func syncedProject() throws -> (CLIHarness, [String]) {
        let (cli, flags) = try VerifyTests.project()
        try cli.write("users.sql", Self.users)
        let sync = try cli.run(["sync", "--yes"])
        #expect(sync.status == 0, "\(sync.output)")
        return (cli, flags)
    }

    static func drift(_ cli: CLIHarness, _ flags: [String], _ arguments: [String] = []) throws -> CLIHarness.Outcome {
        try cli.run(["drift"] + arguments + flags, environment: VerifyTests.environment)
    }

    static func json(_ outcome: CLIHarness.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], "\(outcome.output)")
    }

    static func byHand(_ cli: CLIHarness, _ sql: String) throws {
        let connection = try Connection(cli.databaseURL)
        defer { connection.close() }
        try connection.execute(sql)
    }

    @Test func aCleanDatabaseExitsZeroAndAColumnAddedByHandExitsOneNamingIt() throws {
        let (cli, flags) = try Self.syncedProject()
        defer { VerifyTests.destroyDevDatabase(cli) }
        let clean = try Self.drift(cli, flags)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.stdout.contains("drift: none; the database matches what its 1 applied migration(s) build"), "\(clean.stdout)")

        try Self.byHand(cli, "ALTER TABLE users ADD COLUMN nickname varchar(40)")
        let drifted = try Self.drift(cli, flags)
        #expect(drifted.status == 1, "\(drifted.output)")
        #expect(drifted.stdout.contains("column public.users.nickname: in the database, not in the applied migrations"), "\(drifted.stdout)")
        #expect(drifted.stdout.contains("    nickname character varying(40)\n"), "\(drifted.stdout)")

        let report = try Self.json(try Self.drift(cli, flags, ["--format", "json"]))
        #expect(report["version"] as? Int == 1 && report["drift"] as? Bool == true && report["against"] as? String == "migrations")
        let objects = report["objects"] as? [[String: Any]] ?? []
        #expect(objects.count == 1, "\(report)")
        let object = objects.first?["object"] as? [String: String]
        #expect(object == ["kind": "column", "schema": "public", "parent": "users", "name": "nickname"], "\(objects)")
        #expect(objects.first?["difference"] as? String == "extra")
        #expect(try VerifyTests.scratchDatabases(cli).isEmpty, "scratch databases are dropped")
    }

    /// What docs/commands/drift.md promises: the read takes ACCESS SHARE locks, and only on catalog relations,
    /// monolayer's tracking table and its index, and (through PostgreSQL's pg_get_viewdef, which locks
    /// what a view's query reads) the views and the relations they read; besides those, its own
    /// virtual transaction id and nothing else, no advisory lock. The locks are those pg_locks shows for
    /// the reading session at the end of its transaction, when it still holds every lock it took.
    @Test func theReadTakesOnlyAccessShareLocksOnCatalogTrackingAndViewedRelations() throws {
        let (cli, flags) = try Self.syncedProject()
        defer { VerifyTests.destroyDevDatabase(cli) }
        let withoutViews = try Self.heldLocks(cli, flags)
        #expect(withoutViews.relations.contains("monolayer.migrations"), "\(withoutViews.relations)")
        #expect(withoutViews.relations.allSatisfy(Self.isCatalogOrTracking), "no lock on the user's tables: \(withoutViews.relations)")
        #expect(withoutViews.modes == ["AccessShareLock"] && withoutViews.others == ["virtualxid ExclusiveLock"], "\(withoutViews)")

        try Self.byHand(cli, "CREATE VIEW user_emails AS SELECT email FROM users")
        let withView = try Self.heldLocks(cli, flags)
        let userRelations = withView.relations.filter { !Self.isCatalogOrTracking($0) }
        #expect(userRelations.contains("public.users"), "pg_get_viewdef locks what the view reads: \(withView.relations)")
        #expect(userRelations.isSubset(of: ["public.users", "public.user_emails"]), "\(withView.relations)")
        #expect(withView.modes == ["AccessShareLock"] && withView.others == ["virtualxid ExclusiveLock"], "\(withView)")
    }

    static func isCatalogOrTracking(_ relation: String) -> Bool {
        relation.hasPrefix("pg_catalog.") || relation == "monolayer.migrations" || relation == "monolayer.migrations_pkey"
    }

    /// The relations drift's read locked, the modes of those locks, and its other locks (`type mode`).
    static func heldLocks(_ cli: CLIHarness, _ flags: [String]) throws -> (relations: Set<String>, modes: Set<String>, others: Set<String>) {
        let locks = try Self.json(try Self.drift(cli, flags, ["--format", "json"]))["locks"] as? [[String: String]] ?? []
        let relationLocks = locks.filter { $0["lock_type"] == "relation" }
        return (Set(relationLocks.compactMap { $0["relation"] }), Set(relationLocks.compactMap { $0["mode"] }),
                Set(locks.filter { $0["lock_type"] != "relation" }.map { "\($0["lock_type"] ?? "") \($0["mode"] ?? "")" }))
    }

    @Test func anIndexDroppedAndAColumnChangedByHandAreNamedWithWhatDiffers() throws {
        let (cli, flags) = try Self.syncedProject()
        defer { VerifyTests.destroyDevDatabase(cli) }
        try Self.byHand(cli, "DROP INDEX users_email_idx; ALTER TABLE users ALTER COLUMN email TYPE varchar(100), ALTER COLUMN email DROP NOT NULL")
        let drifted = try Self.drift(cli, flags)
        #expect(drifted.status == 1, "\(drifted.output)")
        #expect(drifted.stdout.contains("index public.users.users_email_idx: in the applied migrations, missing from the database"), "\(drifted.stdout)")
        #expect(drifted.stdout.contains("column public.users.email: differs from the applied migrations"), "\(drifted.stdout)")
        #expect(drifted.stdout.contains("type: text in the applied migrations, character varying(100) in the database"), "\(drifted.stdout)")
        #expect(drifted.stdout.contains("nullable: NOT NULL in the applied migrations, NULL in the database"), "\(drifted.stdout)")
        let markdown = try Self.drift(cli, flags, ["--format", "markdown"])
        #expect(markdown.status == 1 && markdown.stdout.hasPrefix("**drift: the database differs"), "\(markdown.stdout)")
    }

    @Test func anAppliedMigrationWithoutItsFileIsDriftAndAPendingOneIsNot() throws {
        let (cli, flags) = try Self.syncedProject()
        defer { VerifyTests.destroyDevDatabase(cli) }
        try cli.write("users.sql", Self.users + "\nCREATE TABLE teams (id bigint PRIMARY KEY);\n")
        let generate = try cli.run(["migrations", "generate", "--name", "teams", "--yes"])
        #expect(generate.status == 0, "\(generate.output)")
        let pendingKey = "expand/" + (try #require(cli.migrationFiles("expand").last)).dropLast(4)
        let pending = try Self.drift(cli, flags)
        #expect(pending.status == 0, "\(pending.output)")
        #expect(pending.stdout.contains("pending (in the repository, not applied to this database; not drift):\n- \(pendingKey)"), "\(pending.stdout)")

        let applied = try #require(cli.migrationFiles("expand").first)
        try FileManager.default.removeItem(at: cli.migrations.appendingPathComponent("expand").appendingPathComponent(applied))
        let unknown = try Self.drift(cli, flags)
        #expect(unknown.status == 1, "\(unknown.output)")
        #expect(unknown.stdout.contains("- expand/\(applied.dropLast(4)): applied to this database"), "\(unknown.stdout)")
        #expect(unknown.stdout.contains("unknown to the repository"), "\(unknown.stdout)")
        // Nothing the repository has built users, so the table is reported as not from migrations.
        #expect(unknown.stdout.contains("table public.users: in the database, not in the applied migrations"), "\(unknown.stdout)")
        let report = try Self.json(try Self.drift(cli, flags, ["--format", "json"]))
        let kinds = (report["migrations"] as? [[String: Any]] ?? []).map { "\($0["kind"] ?? "") \($0["drift"] ?? "")" }
        #expect(kinds.sorted() == ["pending 0", "unknown_to_repository 1"], "\(report)")
    }

    @Test func againstSchemaComparesWithTheSchemaFiles() throws {
        let (cli, flags) = try Self.syncedProject()
        defer { VerifyTests.destroyDevDatabase(cli) }
        try cli.write("users.sql", Self.users.replacingOccurrences(of: "NOT NULL", with: "NOT NULL, name text"))
        let drifted = try Self.drift(cli, flags, ["--against", "schema"])
        #expect(drifted.status == 1, "\(drifted.output)")
        #expect(drifted.stdout.contains("column public.users.name: in the schema files, missing from the database"), "\(drifted.stdout)")
        #expect(try Self.drift(cli, flags).status == 0, "the applied migrations still match the database")
        #expect(try Self.drift(cli, flags, ["--against", "nothing"]).status == 2)
    }

    @Test func aDatabaseMonolayerNeverTouchedIsReadWithoutCreatingTheTrackingSchema() throws {
        let (cli, flags) = try VerifyTests.project()
        defer { VerifyTests.destroyDevDatabase(cli) }
        try Self.byHand(cli, "CREATE TABLE legacy (id int)")
        let drifted = try Self.drift(cli, flags)
        #expect(drifted.status == 1, "\(drifted.output)")
        #expect(drifted.stdout.contains("note: the database has no monolayer tracking table"), "\(drifted.stdout)")
        #expect(drifted.stdout.contains("table public.legacy: in the database, not in the applied migrations"), "\(drifted.stdout)")
        let connection = try Connection(cli.databaseURL)
        defer { connection.close() }
        let schemas = try connection.query("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'monolayer'").records
        #expect(schemas.first?.int("n") == 0, "drift never creates the tracking schema")
        let unreachable = try cli.run(["drift", "--database-url", "postgresql://nobody@127.0.0.1:1/none"] + flags,
                                      environment: VerifyTests.environment)
        #expect(unreachable.status == 4, "\(unreachable.output)")
    }
}
