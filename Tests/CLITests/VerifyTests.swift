import DevDatabase
import Foundation
import Postgres
import Testing
import TestSupport

/// `--verify` as a user runs it: the plan is applied to a scratch copy of the target's schema on the
/// project's dev database server, started from the test server's binaries (MONOLAYER_PG_BIN).
@Suite struct VerifyTests {
    static let base = """
        CREATE TABLE accounts (id bigint PRIMARY KEY, email text, nickname text);
        GRANT SELECT ON accounts TO monolayer_reader;
        """

    @Test func aNormalChangeVerifiesAndAMissingExtensionIsRefused() throws {
        let (cli, flags) = try Self.project()
        defer { Self.destroyDevDatabase(cli) }
        try cli.write("accounts.sql", Self.base)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try cli.write("accounts.sql", Self.base.replacingOccurrences(of: "nickname text", with: "nickname text, created timestamptz DEFAULT now()")
            + "\nCREATE INDEX accounts_email_idx ON accounts (email);\n")
        let plan = try cli.run(["plan", "--verify"] + flags, environment: Self.environment)
        #expect(plan.status == 0, "\(plan.output)")
        #expect(plan.stderr.contains("verify: restored the current schema (pg_dump)"), "\(plan.stderr)")
        #expect(plan.stderr.contains("no differences"), "\(plan.stderr)")
        // The test cluster's roles are not on a fresh dev server: the grant above needs them there.
        #expect(plan.stderr.contains("monolayer_reader"), "\(plan.stderr)")
        #expect(plan.stdout.contains("CREATE INDEX CONCURRENTLY"), "the plan is shown after it verified: \(plan.stdout)")

        let sync = try cli.run(["sync", "--yes", "--verify"] + flags, environment: Self.environment)
        #expect(sync.status == 0 && sync.stdout.contains("Applied"), "\(sync.output)")

        try cli.write("extension.sql", "CREATE EXTENSION monolayer_no_such_extension;\n")
        let missing = try cli.run(["plan", "--verify"] + flags, environment: Self.environment)
        #expect(missing.status == 3, "\(missing.output)")
        #expect(missing.stderr.contains("cannot verify: extension monolayer_no_such_extension is not available on the dev database server"),
                "\(missing.stderr)")
        #expect(try Self.scratchDatabases(cli).isEmpty, "scratch databases are dropped")
    }

    /// A rule is a database object monolayer does not model, so the plan cannot know about it, but
    /// it depends on the column it reads: `DROP COLUMN` without CASCADE fails on the real database.
    /// pg_dump carries the rule into the scratch copy, so the verification fails the same way.
    @Test func aPlanThatFailsOnTheDatabaseIsRefusedAndNothingIsWritten() throws {
        let (cli, flags) = try Self.project()
        defer { Self.destroyDevDatabase(cli) }
        try cli.write("accounts.sql", Self.base)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        let target = try Connection(cli.databaseURL)
        try target.execute("CREATE RULE keep_nickname AS ON UPDATE TO accounts WHERE NEW.nickname IS NULL DO INSTEAD NOTHING")
        try cli.write("accounts.sql", Self.base.replacingOccurrences(of: ", nickname text", with: ""))
        #expect(try cli.run(["plan"] + flags).status == 0, "without --verify the plan looks fine")

        let plan = try cli.run(["plan", "--verify"] + flags, environment: Self.environment)
        #expect(plan.status == 3, "\(plan.output)")
        for expected in ["migration: contract/", "ALTER TABLE public.accounts DROP COLUMN nickname",
                         "cannot drop column nickname of table accounts because other objects depend on it", "SQLSTATE 2BP01"] {
            #expect(plan.stderr.contains(expected), "\(expected) in \(plan.stderr)")
        }
        #expect(!plan.stdout.contains("DROP COLUMN"), "a refused plan is not shown as a plan")

        for command in [["sync", "--yes", "--verify"], ["migrations", "generate", "--verify"]] {
            let refused = try cli.run(command + flags, environment: Self.environment)
            #expect(refused.status == 3, "\(command): \(refused.output)")
            #expect(refused.stderr.contains("SQLSTATE 2BP01"), "\(refused.stderr)")
            #expect(cli.migrationFiles("contract").isEmpty, "\(command) wrote nothing")
        }
        let columns = try target.query("SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'accounts' AND column_name = 'nickname'")
        #expect(columns.records[0].int("n") == 1, "the target is untouched")
        #expect(try Self.scratchDatabases(cli).isEmpty, "scratch databases are dropped")
    }

    /// The dev database runs from the same binaries as the test server.
    static var environment: [String: String] { ["MONOLAYER_PG_BIN": TestServer.shared.binaries.directory.path] }

    /// A harness with a monolayer.toml, so the project root (and its dev database) is the harness's folder.
    static func project() throws -> (CLIHarness, [String]) {
        let cli = try CLIHarness()
        let config = cli.root.appendingPathComponent("monolayer.toml")
        try "schema = \"schema\"\nmigrations = \"migrations\"\n".write(to: config, atomically: true, encoding: .utf8)
        return (cli, ["--config", config.path])
    }

    static func scratchDatabases(_ cli: CLIHarness) throws -> [String] {
        guard let endpoint = try DevDatabase(projectRoot: cli.root, binaries: TestServer.shared.binaries).status() else { return [] }
        let admin = try Connection(endpoint.url())
        return try admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'monolayer_verify%'").records.map { $0.string("datname") }
    }

    static func destroyDevDatabase(_ cli: CLIHarness) {
        try? DevDatabase(projectRoot: cli.root, binaries: TestServer.shared.binaries).destroy()
    }
}
