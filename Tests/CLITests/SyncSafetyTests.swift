import Foundation
import Postgres
import Testing

/// `sync` run the ways developers run it by accident: several at once, on the wrong folder, after a
/// migration that fails.
@Suite struct SyncSafetyTests {
    static let schema = """
        CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
        CREATE INDEX accounts_email_idx ON accounts (email);
        """

    /// Two terminals and an editor hook: the runs queue on the runner's lock and the later ones plan
    /// against what the first applied.
    @Test func fourSyncsAtOnceWriteAndApplyOneSetOfMigrations() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        let outcomes = SimultaneousRuns.run(4) { try cli.run(["sync", "--yes"]) }
        for outcome in outcomes { #expect(outcome?.status == 0, "\(outcome?.output ?? "did not run")") }
        let wrote = outcomes.filter { $0?.stdout.contains("Applied") == true }
        let unchanged = outcomes.filter { $0?.stdout.contains("No changes") == true }
        #expect(wrote.count == 1 && unchanged.count == 3, "\(outcomes.map { $0?.stdout ?? "" })")
        let files = cli.allMigrationFiles
        let runs = Set(files.map { $0.split(separator: "/")[1].prefix(17) })
        #expect(!files.isEmpty && runs.count == 1, "the migrations of one run: \(files)")
        let connection = try Connection(cli.databaseURL)
        #expect(try connection.query("SELECT count(*) AS n FROM monolayer.migrations").records[0].int("n") == files.count)
        let status = try cli.run(["migrations", "status", "--json"])
        #expect(status.status == 0 && !status.stdout.contains("\"pending\""), "\(status.output)")
    }

    @Test func anEmptyOrMissingSchemaFolderIsAnInputError() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        let empty = cli.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let flags = ["--migrations", cli.migrations.path, "--database-url", cli.databaseURL]
        let emptyRun = try cli.run(["sync", "--yes", "--schema", empty.path] + flags, projectFlags: false)
        #expect(emptyRun.status == 2, "\(emptyRun.output)")
        #expect(emptyRun.stderr.contains("the schema folder holds no .sql file"))
        let missing = try cli.run(["sync", "--yes", "--schema", cli.root.appendingPathComponent("nowhere").path] + flags,
                                  projectFlags: false)
        #expect(missing.status == 2, "\(missing.output)")
        #expect(missing.stderr.contains("schema path does not exist"))
        #expect(cli.migrationFiles("contract").isEmpty)
    }

    @Test func droppingEveryTableNeedsAllowDropAllBesidesYes() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try cli.write("accounts.sql", "-- everything removed on purpose\n")
        for command in [["sync", "--yes"], ["migrations", "generate"]] {
            let refused = try cli.run(command)
            #expect(refused.status == 3, "\(command): \(refused.output)")
            #expect(refused.stderr.contains("drops every table of the database (1 table)"), "\(refused.stderr)")
            #expect(refused.stderr.contains("--allow-drop-all"))
            #expect(cli.migrationFiles("contract").isEmpty, "nothing written")
        }
        let allowed = try cli.run(["sync", "--yes", "--allow-drop-all"])
        #expect(allowed.status == 0, "\(allowed.output)")
        #expect(!cli.migrationFiles("contract").isEmpty)
        // Dropping some tables, not all, needs no such flag.
        try cli.write("accounts.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n")
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try cli.write("accounts.sql", "CREATE TABLE a (id int);\n")
        #expect(try cli.run(["sync", "--yes"]).status == 0)
    }

    @Test(arguments: [
        ("ALTER TABLE", "CREATE TABLE accounts (id bigint PRIMARY KEY, email text, name text NOT NULL);", "23502"),
        ("CREATE TYPE", "CREATE TABLE accounts (id bigint PRIMARY KEY, email text, kind no_such_type);", "42704"),
    ])
    func aFailedSyncRemovesTheFilesItDidNotApply(_ label: String, broken: String, sqlState: String) throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try Connection(cli.databaseURL).execute("INSERT INTO accounts VALUES (1, 'a@example.com')")
        let before = cli.allMigrationFiles
        try cli.write("accounts.sql", broken)
        let failed = try cli.run(["sync", "--yes"])
        #expect(cli.allMigrationFiles == before, "the failed run's files are gone")
        #expect(failed.status == 4, "\(failed.output)")
        #expect(failed.stderr.contains(sqlState), "\(failed.stderr)")
        #expect(failed.stderr.contains("The migrations this sync wrote and did not apply were removed"), "\(failed.stderr)")
        #expect(failed.stderr.contains("run sync again"))
        let status = try cli.run(["migrations", "status", "--json"])
        #expect(!status.stdout.contains("\"pending\""), "no file left pending: \(status.stdout)")
        try cli.write("accounts.sql", Self.schema.replacingOccurrences(of: "email text", with: "email text, name text NOT NULL DEFAULT ''"))
        let fixed = try cli.run(["sync", "--yes"])
        #expect(fixed.status == 0, "\(fixed.output)")
        #expect(try cli.run(["plan", "--exit-code"]).status == 0)
    }

    @Test func generateKeepsItsFilesWhenTheyWouldFail() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try Connection(cli.databaseURL).execute("INSERT INTO accounts VALUES (1, 'a@example.com')")
        try cli.write("accounts.sql", Self.schema.replacingOccurrences(of: "email text", with: "email text, name text NOT NULL"))
        #expect(try cli.run(["migrations", "generate"]).status == 0)
        let written = cli.allMigrationFiles
        #expect(try cli.run(["migrate", "--yes"]).status == 4)
        #expect(cli.allMigrationFiles == written, "the user asked for these files: they stay")
    }
}

/// Starts every run on a thread of its own at the same moment (concurrentPerform would cap them at the
/// number of cores).
enum SimultaneousRuns {
    static func run<T: Sendable>(_ count: Int, _ body: @escaping @Sendable () throws -> T) -> [T?] {
        let results = ResultBox<T>(count: count)
        let start = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread {
                start.wait()
                results.set(index, try? body())
                group.leave()
            }.start()
        }
        for _ in 0..<count { start.signal() }
        group.wait()
        return results.values
    }
}
