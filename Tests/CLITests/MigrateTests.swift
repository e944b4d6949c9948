import Foundation
import Testing

/// The runner through the command line: phases, prerequisites, single contract migrations,
/// checksums, environments from the config.
@Suite struct MigrateTests {
    static let before = "CREATE TABLE accounts (id bigint PRIMARY KEY, legacy text, email text);\n"
    static let after = """
        CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, plan text DEFAULT 'free');
        CREATE INDEX accounts_email_idx ON accounts (email);
        """

    /// A project where the second schema is generated (not applied): expand, alter and contract pending.
    func projectWithPendingPhases() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.before)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try cli.write("accounts.sql", Self.after)
        let generated = try cli.run(["migrations", "generate", "--name", "tighten"])
        #expect(generated.status == 0, "\(generated.output)")
        return cli
    }

    @Test func phasesApplyInOrderAndRefuseWhenEarlierPhasesArePending() throws {
        let cli = try projectWithPendingPhases()
        #expect(!cli.migrationFiles("expand").isEmpty && !cli.migrationFiles("alter").isEmpty && !cli.migrationFiles("contract").isEmpty)
        let alterFirst = try cli.run(["migrations", "apply", "--phase", "alter", "--yes"])
        #expect(alterFirst.status == 3)
        #expect(alterFirst.stderr.contains("pending") && alterFirst.stderr.contains("expand/"))
        let contractFirst = try cli.run(["migrate", "--phase", "contract", "--yes"])
        #expect(contractFirst.status == 3)
        #expect(try cli.run(["migrate", "--phase", "expand", "--yes"]).status == 0)
        #expect(try cli.run(["migrate", "--phase", "alter", "--yes"]).status == 0)
        let single = try cli.run(["migrations", "apply", "--phase", "contract", "single", "--name=tighten", "--yes"])
        #expect(single.status == 0, "\(single.output)")
        #expect(single.stdout.contains("Applied 1 migration"))
        let status = try cli.run(["migrations", "status", "--json"])
        #expect(status.status == 0)
        #expect(!status.stdout.contains("\"pending\""), "\(status.stdout)")
        #expect(try cli.run(["plan", "--exit-code"]).status == 0)
    }

    @Test func destructiveContractNeedsConfirmationWithoutATerminal() throws {
        let cli = try projectWithPendingPhases()
        #expect(try cli.run(["migrate", "--phase", "expand"]).status == 0)
        #expect(try cli.run(["migrate", "--phase", "alter"]).status == 0)
        let refused = try cli.run(["migrate", "--phase", "contract"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("pass --yes"))
    }

    @Test func editedAppliedMigrationIsRefused() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.before)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        let file = cli.migrations.appendingPathComponent("expand").appendingPathComponent(cli.migrationFiles("expand")[0])
        try (try String(contentsOf: file, encoding: .utf8) + "\n-- edited\n").write(to: file, atomically: true, encoding: .utf8)
        let outcome = try cli.run(["migrate", "--yes"])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("edited after they were applied"))
        let status = try cli.run(["migrations", "status"])
        #expect(status.status == 3)
        #expect(status.stdout.contains("changed"))
    }

    @Test func environmentsComeFromTheConfigAndDatabaseURL() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.before)
        let config = cli.root.appendingPathComponent("monolayer.toml")
        try """
            schema = "schema"
            migrations = "migrations"

            [environments.production]
            url_env = "PRODUCTION_URL"
            lock_timeout = "2s"
            """.write(to: config, atomically: true, encoding: .utf8)
        let viaEnv = try cli.run(["sync", "--yes", "-c", "production", "--config", config.path], projectFlags: false,
                                 environment: ["PRODUCTION_URL": cli.databaseURL])
        #expect(viaEnv.status == 0, "\(viaEnv.output)")
        #expect(viaEnv.stderr.contains("production"))
        let unknown = try cli.run(["plan", "-c", "staging", "--config", config.path], projectFlags: false)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no environment named staging"))
        let viaVariable = try cli.run(["plan", "--exit-code"], environment: ["DATABASE_URL": cli.databaseURL])
        #expect(viaVariable.status == 0, "\(viaVariable.output)")
    }

    @Test func scaffoldWritesADataMigrationTemplate() throws {
        let cli = try CLIHarness()
        let outcome = try cli.run(["migrations", "scaffold", "data", "--name", "Backfill emails"])
        #expect(outcome.status == 0, "\(outcome.output)")
        let files = cli.migrationFiles("data")
        #expect(files.count == 1 && files[0].hasSuffix("-backfill-emails.sql"))
        let text = try cli.read("data", files[0])
        #expect(text.contains("-- monolayer:up") && text.contains("-- monolayer:down") && text.contains("batch"))
    }

    @Test func unknownSingleContractNameAndRollbackWithoutTargetAreUsageErrors() throws {
        let cli = try projectWithPendingPhases()
        #expect(try cli.run(["migrate", "--phase", "expand", "--yes"]).status == 0)
        #expect(try cli.run(["migrate", "--phase", "alter", "--yes"]).status == 0)
        let unknown = try cli.run(["migrate", "--phase", "contract", "--name", "nope", "--yes"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no migration named nope"))
        let wrongPhase = try cli.run(["migrate", "--phase", "alter", "single", "--name", "x"])
        #expect(wrongPhase.status == 2)
        #expect(wrongPhase.stderr.contains("contract phase only"))
        let noTarget = try cli.run(["rollback"])
        #expect(noTarget.status == 2)
        #expect(noTarget.stderr.contains("--to NAME, --steps K or --all"))
        let unconfirmed = try cli.run(["rollback", "--steps", "1"])
        #expect(unconfirmed.status == 3)
        #expect(unconfirmed.stderr.contains("pass --yes"))
    }

    @Test func rollbackStepsKeepsFilesPendingAndReappliesCleanly() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.before)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try cli.write("accounts.sql", Self.after)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        let applied = cli.allMigrationFiles.count
        let rolled = try cli.run(["rollback", "--all", "--keep-files", "--yes"])
        #expect(rolled.status == 0, "\(rolled.output)")
        #expect(rolled.stdout.contains("Rolled back \(applied) migrations"))
        #expect(cli.allMigrationFiles.count == applied)
        #expect(try cli.run(["migrate", "--yes"]).status == 0)
        #expect(try cli.run(["plan", "--exit-code"]).status == 0)
    }
}
