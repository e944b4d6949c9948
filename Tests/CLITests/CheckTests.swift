import Foundation
import Testing
import TestSupport

/// `check` as CI runs it: the migrations are replayed on the project's dev database server (started
/// from the test server's binaries), never on the target, and compared with the schema files.
@Suite struct CheckTests {
    static let users = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"

    @Test func inSyncPassesAndASchemaChangeWithoutAMigrationFails() throws {
        let (cli, flags) = try VerifyTests.project()
        defer { VerifyTests.destroyDevDatabase(cli) }
        try cli.write("users.sql", Self.users)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        let clean = try cli.run(["check"] + flags, environment: VerifyTests.environment)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.stdout.contains("check: in sync (1 migration(s) replayed, down sections checked)"), "\(clean.stdout)")

        try cli.write("users.sql", Self.users.replacingOccurrences(of: "NOT NULL", with: "NOT NULL, name text"))
        let changed = try cli.run(["check"] + flags, environment: VerifyTests.environment)
        #expect(changed.status == 1, "\(changed.output)")
        #expect(changed.stdout.contains("ALTER TABLE public.users ADD COLUMN name text;"), "\(changed.stdout)")
        let json = try cli.run(["check", "--format", "json"] + flags, environment: VerifyTests.environment)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["in_sync"] as? Bool == false && report?["version"] as? Int == 1, "\(json.stdout)")
        let findings = report?["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["kind"] as? String } == ["missing_changes"], "\(json.stdout)")
        #expect(try VerifyTests.scratchDatabases(cli).isEmpty, "scratch databases are dropped")
    }

    @Test func aDownThatDoesNotRestoreAndABrokenFileAreFindings() throws {
        let (cli, flags) = try VerifyTests.project()
        defer { VerifyTests.destroyDevDatabase(cli) }
        try cli.write("users.sql", Self.users)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        let file = try #require(cli.migrationFiles("expand").first)
        let url = cli.migrations.appendingPathComponent("expand").appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "DROP TABLE public.users;", with: "SELECT 1;").write(to: url, atomically: true, encoding: .utf8)
        let down = try cli.run(["check"] + flags, environment: VerifyTests.environment)
        #expect(down.status == 1, "\(down.output)")
        #expect(down.stdout.contains("the down section of expand/\(file.dropLast(4)) does not give back the schema before it"), "\(down.stdout)")
        #expect(try cli.run(["check", "--no-down"] + flags, environment: VerifyTests.environment).status == 0, "--no-down skips it")

        try FileManager.default.createDirectory(at: cli.migrations.appendingPathComponent("alter"), withIntermediateDirectories: true)
        try "-- monolayer migration\nnot a migration".write(to: cli.migrations.appendingPathComponent("alter/20260101000000000-broken.sql"),
                                                            atomically: true, encoding: .utf8)
        let broken = try cli.run(["check", "--no-down"] + flags, environment: VerifyTests.environment)
        #expect(broken.status == 1, "\(broken.output)")
        #expect(broken.stdout.contains("20260101000000000-broken"), "\(broken.stdout)")
    }
}
