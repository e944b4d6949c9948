import Foundation
import Testing

/// `lint` as CI runs it: the migrations not yet applied on the target, against a real server.
@Suite struct LintTests {
    static let schema = "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, name text);\n"
    static let id = "20990101000000000-email-index"

    /// A project whose schema is applied (sync), with a hand-written alter migration that builds an index
    /// on the existing table without CONCURRENTLY, line 8 of the file.
    static func project(above statement: String = "") throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.write("users.sql", schema)
        let synced = try cli.run(["sync", "--yes"])
        #expect(synced.status == 0, "\(synced.output)")
        try write(cli, "CREATE INDEX users_email ON public.users (email);", above: statement)
        return cli
    }

    static func write(_ cli: CLIHarness, _ up: String, above comment: String = "") throws {
        let folder = cli.migrations.appendingPathComponent("alter")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = """
            -- monolayer migration
            -- id: \(id)
            -- phase: alter
            -- transaction: yes
            -- warnings: none

            -- monolayer:up
            \(comment.isEmpty ? "" : comment + "\n")\(up)

            -- monolayer:down
            DROP INDEX public.users_email;

            """
        try text.write(to: folder.appendingPathComponent("\(id).sql"), atomically: true, encoding: .utf8)
    }

    @Test func aHandWrittenIndexWithoutConcurrentlyFailsAtItsLine() throws {
        let cli = try Self.project()
        let outcome = try cli.run(["lint"])
        #expect(outcome.status == 1, "\(outcome.output)")
        #expect(outcome.stdout.contains("\(Self.id).sql:8:1: error B101 (blocking): Created index 'users_email' without CONCURRENTLY"),
                "\(outcome.stdout)")
        #expect(outcome.stdout.contains("lint: 1 error(s), 0 warning(s)"), "only the pending migration is linted: \(outcome.stdout)")
        #expect(outcome.stderr.contains("lint: 1 pending migration(s) of 2"), "\(outcome.stderr)")

        let json = try cli.run(["lint", "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["version"] as? Int == 1 && report?["errors"] as? Int == 1, "\(json.stdout)")
        let finding = (report?["findings"] as? [[String: Any]])?.first
        #expect(finding?["code"] as? String == "B101" && finding?["line"] as? Int == 8 && finding?["severity"] as? String == "error")
    }

    @Test func anAllowCommentSuppressesItAndAnUnusedOneIsReported() throws {
        let cli = try Self.project(above: "-- monolayer: allow B101 users holds a few hundred rows")
        let allowed = try cli.run(["lint"])
        #expect(allowed.status == 0, "\(allowed.output)")
        #expect(allowed.stdout.contains("lint: 0 error(s), 0 warning(s)"), "\(allowed.stdout)")

        try Self.write(cli, "CREATE INDEX CONCURRENTLY users_email ON public.users (email);",
                       above: "-- monolayer: allow B101 users holds a few hundred rows")
        let unused = try cli.run(["lint"])
        #expect(unused.stdout.contains("\(Self.id).sql:8:1: warning L001 (suppression): `-- monolayer: allow B101` suppresses nothing"),
                "\(unused.stdout)")
        #expect(unused.stdout.contains("\(Self.id).sql:9:1: error MF101"), "CONCURRENTLY in a transaction: \(unused.stdout)")
        #expect(unused.status == 1)
    }

    @Test func aSeverityOffInTheConfigSilencesACodeAndABadOneIsAConfigError() throws {
        let cli = try Self.project()
        let config = cli.root.appendingPathComponent("monolayer.toml")
        try "[lint]\nB101 = \"off\"\n".write(to: config, atomically: true, encoding: .utf8)
        let off = try cli.run(["lint", "--config", config.path])
        #expect(off.status == 0, "\(off.output)")
        #expect(!off.stdout.contains("B101"), "\(off.stdout)")

        try "schema = \"schema\"\n[lint]\nB101 = \"loud\"\n".write(to: config, atomically: true, encoding: .utf8)
        let bad = try cli.run(["lint", "--config", config.path])
        #expect(bad.status == 2 && bad.stderr.contains("monolayer.toml:3: lint.B101 must be"), "\(bad.output)")
        try "[lint]\nB999 = \"off\"\n".write(to: config, atomically: true, encoding: .utf8)
        let unknown = try cli.run(["lint", "--config", config.path])
        #expect(unknown.status == 2 && unknown.stderr.contains("monolayer.toml:2: unknown lint code B999"), "\(unknown.output)")
    }

    @Test func onGitHubActionsFindingsAreAnnotations() throws {
        let cli = try Self.project()
        let outcome = try cli.run(["lint"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(outcome.status == 1, "\(outcome.output)")
        let line = outcome.stdout.split(separator: "\n").first { $0.hasPrefix("::") }.map(String.init) ?? ""
        #expect(line.hasPrefix("::error file=") && line.contains("\(Self.id).sql,line=8,col=1,title=B101::Created index"), "\(outcome.stdout)")
    }

    @Test func brokenSQLExits2WithItsPlace() throws {
        let cli = try Self.project()
        try Self.write(cli, "CREATE INDEX ON;")
        let outcome = try cli.run(["lint"])
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains("\(Self.id).sql:8:"), "\(outcome.stderr)")
    }

    @Test func aMigrationMonolayerGeneratesLintsWithoutErrors() throws {
        let cli = try CLIHarness()
        try cli.write("users.sql", Self.schema)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try cli.write("users.sql", """
            CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(200) NOT NULL UNIQUE,
                                plan text NOT NULL DEFAULT 'free');
            CREATE INDEX users_plan ON users (plan);
            CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                                 user_id bigint NOT NULL REFERENCES users (id), total numeric CHECK (total >= 0));
            CREATE INDEX orders_user ON orders (user_id);
            """)
        let generated = try cli.run(["migrations", "generate", "--yes", "--name", "plans and orders"])
        #expect(generated.status == 0, "\(generated.output)")
        let outcome = try cli.run(["lint"])
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.stdout.contains("lint: 0 error(s)"), "\(outcome.stdout)")
        #expect(outcome.stderr.contains("pending migration(s)") && !outcome.stderr.contains(" 0 pending"), "\(outcome.stderr)")
    }

    @Test func withoutADatabaseEveryMigrationIsLintedOrThoseAfterSince() throws {
        let cli = try Self.project()
        let flags = ["--schema", cli.schema.path, "--migrations", cli.migrations.path]
        let all = try cli.run(["lint"] + flags, projectFlags: false)
        #expect(all.status == 1, "\(all.output)")
        #expect(all.stderr.contains("no database named, so every migration is linted"), "\(all.stderr)")
        let first = try #require(cli.migrationFiles("expand").first).dropLast(4)
        let since = try cli.run(["lint", "--since", String(first)] + flags, projectFlags: false)
        #expect(since.status == 1 && since.stdout.contains("B101"), "\(since.output)")
        let path = cli.migrations.appendingPathComponent("alter/\(Self.id).sql").path
        let explicit = try cli.run(["lint", path] + flags, projectFlags: false)
        #expect(explicit.status == 1 && explicit.stdout.contains("lint: 1 error(s), 0 warning(s) in 1 file(s)"), "\(explicit.output)")
    }
}
