import Foundation
import Testing

/// `sync` end to end, exactly as CI and developers run it non-interactively.
@Suite struct SyncTests {
    static let schema = """
        CREATE TYPE status AS ENUM ('active', 'suspended');
        CREATE TABLE users (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email text NOT NULL UNIQUE,
            age integer,
            status status NOT NULL DEFAULT 'active'
        );
        CREATE INDEX users_age_idx ON users (age);
        """

    @Test func syncAppliesThenReportsNoChanges() throws {
        let cli = try CLIHarness()
        try cli.write("users.sql", Self.schema)
        let first = try cli.run(["sync", "--yes"])
        #expect(first.status == 0, "\(first.output)")
        #expect(cli.migrationFiles("expand").count == 1)
        #expect(first.stdout.contains("Applied 1 migration"))
        #expect(!first.stderr.contains("still differs"), "converged: \(first.stderr)")
        let second = try cli.run(["sync", "--yes"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("No changes"))
        #expect(cli.allMigrationFiles.count == 1)
    }

    @Test func changingAColumnTypeWritesAnAlterMigrationWithAWarning() throws {
        let cli = try CLIHarness()
        try cli.write("users.sql", Self.schema)
        try cli.run(["sync", "--yes"])
        try cli.write("users.sql", Self.schema.replacingOccurrences(of: "age integer", with: "age bigint"))
        let outcome = try cli.run(["sync", "--yes", "--name", "widen age"])
        #expect(outcome.status == 0, "\(outcome.output)")
        let alter = cli.migrationFiles("alter")
        #expect(alter.count == 1 && alter[0].hasSuffix("-widen-age.sql"))
        let text = try cli.read("alter", alter[0])
        #expect(text.contains("B001 blocking"))
        #expect(text.contains("ALTER TABLE public.users ALTER COLUMN age TYPE bigint"))
        #expect(outcome.stdout.contains("WARNING Blocking change"))
    }

    @Test func droppingAColumnNeedsConfirmationAndWritesAContractMigration() throws {
        let cli = try CLIHarness()
        try cli.write("users.sql", Self.schema)
        try cli.run(["sync", "--yes"])
        try cli.write("users.sql", Self.schema.replacingOccurrences(of: "    age integer,\n", with: "")
            .replacingOccurrences(of: "CREATE INDEX users_age_idx ON users (age);", with: ""))
        let refused = try cli.run(["sync"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("--yes"))
        #expect(cli.migrationFiles("contract").isEmpty, "nothing written when refused")
        let accepted = try cli.run(["sync", "--yes"])
        #expect(accepted.status == 0, "\(accepted.output)")
        let contract = cli.migrationFiles("contract")
        #expect(contract.count == 2, "one migration for the column, one (no transaction) for its index: \(contract)")
        let text = try contract.map { try cli.read("contract", $0) }.joined(separator: "\n")
        #expect(text.contains("D003 destructive: Dropped column (column: 'age' table: 'users' schema: 'public')"))
        #expect(text.contains("ALTER TABLE public.users DROP COLUMN age"))
    }

    @Test func badSQLIsReportedWithPositionAndTouchesNoDatabase() throws {
        let cli = try CLIHarness()
        try cli.write("broken.sql", "CREATE TABLE ok (id int);\nCREATE TABLE bad (id int,, name text);\n")
        // A database that cannot be reached: touching it would be exit 4, not 2.
        let outcome = try cli.run(["sync", "--yes", "--database-url", "postgresql://nobody@127.0.0.1:1/none"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("broken.sql:2:26: error: syntax error at or near \",\""), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("CREATE TABLE bad (id int,, name text);"))
        #expect(outcome.stderr.contains("|                          ^"), "\(outcome.stderr)")
        #expect(cli.allMigrationFiles.isEmpty)
    }

    @Test func planWritesNothingAndCanFailOnChanges() throws {
        let cli = try CLIHarness()
        try cli.write("users.sql", Self.schema)
        let plan = try cli.run(["plan", "--exit-code"])
        #expect(plan.status == 1)
        #expect(plan.stdout.contains("CREATE TABLE public.users"))
        #expect(cli.allMigrationFiles.isEmpty)
        let json = try cli.run(["plan", "--format", "json"])
        #expect(json.status == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(decoded?["changes"] as? Bool == true)
        let markdown = try cli.run(["plan", "--format", "markdown"])
        #expect(markdown.stdout.contains("```sql"))
        try cli.run(["sync", "--yes"])
        #expect(try cli.run(["plan", "--exit-code"]).status == 0)
    }

    @Test func connectionErrorsMaskPasswords() throws {
        let cli = try CLIHarness()
        try cli.write("users.sql", Self.schema)
        let outcome = try cli.run(["plan", "--database-url", "postgresql://app:hunter2@127.0.0.1:1/db"])
        #expect(outcome.status == 4)
        #expect(!outcome.output.contains("hunter2"))
        #expect(outcome.stderr.contains("app:***@"))
    }

    @Test func pullWritesFilesThatPlanBackToNothing() throws {
        let cli = try CLIHarness()
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema-examples")
        #expect(try cli.run(["sync", "--yes", "--schema", examples.path], projectFlags: false,
                             environment: ["DATABASE_URL": cli.databaseURL]).status == 0)
        let out = cli.root.appendingPathComponent("pulled")
        let pulled = try cli.run(["pull", "--out", out.path])
        #expect(pulled.status == 0, "\(pulled.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names.contains("05-tables.sql") && names.contains("02-types.sql") && names.contains("06-indexes.sql"), "\(names)")
        let plan = try cli.run(["plan", "--exit-code", "--schema", out.path, "--migrations", cli.migrations.path,
                                "--database-url", cli.databaseURL], projectFlags: false)
        #expect(plan.status == 0, "pulled files must plan to nothing: \(plan.output)")
        #expect(plan.stdout.contains("No changes"))
    }
}
