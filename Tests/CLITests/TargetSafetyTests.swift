import Foundation
import Postgres
import Testing

/// A command must work on the database it was told about, or on none: an empty or malformed target, or
/// a bad setting, stops it before it writes a file or touches a database (exit 2).
@Suite struct TargetSafetyTests {
    static let schema = "CREATE TABLE accounts (id bigint PRIMARY KEY);\n"

    /// libpq's defaults (the PG* variables) point at the test database, as a developer's shell or a CI
    /// job's may: an empty target that fell through to them would apply migrations there.
    func projectWithDefaultsPointingAtItsDatabase() throws -> (CLIHarness, [String: String]) {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        let target = try ConnectionTarget(parsing: cli.databaseURL)
        let defaults = ["PGHOST": target.value(of: "host") ?? "", "PGPORT": target.value(of: "port") ?? "",
                        "PGUSER": target.value(of: "user") ?? "", "PGDATABASE": target.database ?? ""]
        return (cli, defaults)
    }

    func untouched(_ cli: CLIHarness) throws -> Bool {
        let connection = try Connection(cli.databaseURL)
        let rows = try connection.query("SELECT to_regnamespace('monolayer') IS NULL AND to_regclass('public.accounts') IS NULL AS clean")
        return rows.records[0].bool("clean") == true && cli.allMigrationFiles.isEmpty
    }

    @Test func anEmptyDatabaseURLFlagIsRefused() throws {
        let (cli, defaults) = try projectWithDefaultsPointingAtItsDatabase()
        let outcome = try cli.run(["sync", "--yes", "--database-url", ""], environment: defaults)
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains("invalid database target from --database-url: it is empty"), "\(outcome.stderr)")
        #expect(try untouched(cli))
    }

    @Test func anEmptyDatabaseURLVariableIsRefusedRatherThanStartingTheDevDatabase() throws {
        let (cli, defaults) = try projectWithDefaultsPointingAtItsDatabase()
        let outcome = try cli.run(["sync", "--yes", "--schema", cli.schema.path, "--migrations", cli.migrations.path],
                                  projectFlags: false, environment: defaults.merging(["DATABASE_URL": ""]) { $1 })
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains("from DATABASE_URL: it is empty"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("dev database"))
        #expect(try untouched(cli))
    }

    @Test(arguments: [
        ("url = \"\"", [String: String](), "it is empty"),
        ("url = \"${TARGET}\"", ["TARGET": ""], "set to empty strings"),
        ("url = \"${TARGET}\"", [String: String](), "environment variable TARGET is not set"),
        ("url_env = \"TARGET\"", ["TARGET": ""], "it is empty"),
        ("url_env = \"TARGET\"", [String: String](), "TARGET, which is not set"),
    ])
    func anEmptyConfiguredURLIsRefusedWithItsLine(setting: String, variables: [String: String], reason: String) throws {
        let (cli, defaults) = try projectWithDefaultsPointingAtItsDatabase()
        let config = cli.root.appendingPathComponent("monolayer.toml")
        try "schema = \"schema\"\n\n[environments.production]\n\(setting)\n".write(to: config, atomically: true, encoding: .utf8)
        let outcome = try cli.run(["sync", "--yes", "-c", "production", "--config", config.path], projectFlags: false,
                                  environment: defaults.merging(variables) { $1 })
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains(reason), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("monolayer.toml:4"), "the line of the setting: \(outcome.stderr)")
        #expect(try untouched(cli))
    }

    @Test(arguments: [
        ("notaurl", "neither a URL"),
        ("postgresql://[bad", "closing ']'"),
        ("postgresql://app@127.0.0.1:abc/db", "port must be a number"),
        ("postgresql://app@127.0.0.1/db?sslmode=bogus", "sslmode must be one of"),
        ("host=127.0.0.1 port=abc", "port must be a number"),
        ("mysql://app@127.0.0.1/db", "is not PostgreSQL's"),
    ])
    func aMalformedURLIsAUsageErrorNotADatabaseError(url: String, reason: String) throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        for command in [["plan"], ["sync", "--yes"], ["migrate", "--yes"], ["migrations", "status"]] {
            let outcome = try cli.run(command + ["--database-url", url])
            #expect(outcome.status == 2, "\(command): \(outcome.output)")
            #expect(outcome.stderr.contains(reason), "\(command): \(outcome.stderr)")
        }
        #expect(try untouched(cli))
    }

    @Test(arguments: [
        ("lock_timeout = \"bogus\"", "lock_timeout must be a duration"),
        ("statement_timeout = \"-5\"", "statement_timeout must not be negative"),
        ("runner_lock_wait = \"-1\"", "runner_lock_wait must be a number of seconds"),
        ("runner_lock_wait = \"nan\"", "runner_lock_wait must be a number of seconds"),
    ])
    func badSettingsStopEverythingBeforeAFileIsWritten(setting: String, reason: String) throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        let config = cli.root.appendingPathComponent("monolayer.toml")
        try "[environments.test]\nurl_env = \"TEST_URL\"\n\(setting)\n".write(to: config, atomically: true, encoding: .utf8)
        let outcome = try cli.run(["sync", "--yes", "-c", "test", "--config", config.path, "--schema", cli.schema.path,
                                   "--migrations", cli.migrations.path], projectFlags: false,
                                  environment: ["TEST_URL": cli.databaseURL])
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains("monolayer.toml:3: environments.test.\(reason)"), "\(outcome.stderr)")
        #expect(try untouched(cli))
    }

    @Test(arguments: ["nan", "-1", "inf"])
    func aBadLockWaitFlagIsAUsageError(value: String) throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        let outcome = try cli.run(["migrate", "--yes", "--lock-wait=\(value)"])
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains("--lock-wait must be a number of seconds"), "\(outcome.stderr)")
    }

    @Test func theDatabaseLineSaysWhichTargetAndWhereItCameFrom() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", Self.schema)
        let flag = try cli.run(["plan"])
        #expect(flag.stderr.contains("Database: \(cli.databaseURL) (from --database-url)"), "\(flag.stderr)")
        let variable = try cli.run(["plan", "--schema", cli.schema.path, "--migrations", cli.migrations.path], projectFlags: false,
                                   environment: ["DATABASE_URL": cli.databaseURL])
        #expect(variable.stderr.contains("(from DATABASE_URL)"), "\(variable.stderr)")
        let config = cli.root.appendingPathComponent("monolayer.toml")
        try "[environments.staging]\nurl_env = \"STAGING_URL\"\n".write(to: config, atomically: true, encoding: .utf8)
        let environment = try cli.run(["plan", "-c", "staging", "--config", config.path, "--schema", cli.schema.path],
                                      projectFlags: false, environment: ["STAGING_URL": cli.databaseURL])
        #expect(environment.stderr.contains("(from environment variable STAGING_URL (url_env of environment staging"),
                "\(environment.stderr)")
    }
}
