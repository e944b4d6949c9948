import Foundation
import Postgres
import Testing

/// sync, check and drift read the schema files on a thread of their own while they start on the
/// database; the files' errors still come first and stop them before anything is applied.
@Suite struct SchemaReadWhileConnectingTests {
    static let broken = "CREATE TABLE ok (id int);\nCREATE TABLE bad (id int,, name text);\n"

    @Test func syncAppliesNoPendingMigrationWhenTheFilesDoNotParse() throws {
        let cli = try CLIHarness()
        try cli.write("schema.sql", "CREATE TABLE users (id int PRIMARY KEY);\n")
        let generated = try cli.run(["migrations", "generate"])
        #expect(generated.status == 0, "\(generated.output)")
        #expect(!cli.allMigrationFiles.isEmpty)
        try cli.write("schema.sql", Self.broken)
        let sync = try cli.run(["sync", "--yes"])
        #expect(sync.status == 2, "\(sync.output)")
        #expect(sync.stderr.contains("schema.sql:2:26: error: syntax error at or near \",\""), "\(sync.stderr)")
        #expect(!sync.output.contains("Applying"), "\(sync.output)")
        let connection = try Connection(cli.databaseURL)
        defer { connection.close() }
        let users = try connection.query("SELECT to_regclass('public.users') IS NULL AS absent").records
        #expect(users.first?.bool("absent") == true, "the pending migration was not applied")
    }

    @Test(arguments: [["drift", "--against", "schema"], ["sync", "--yes"], ["plan"]])
    func fileErrorsComeBeforeAnUnreachableDatabase(_ command: [String]) throws {
        let cli = try CLIHarness()
        try cli.write("schema.sql", Self.broken)
        let outcome = try cli.run(command + ["--database-url", "postgresql://nobody@127.0.0.1:1/none"])
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains("schema.sql:2:26: error: syntax error"), "\(outcome.stderr)")
        #expect(!outcome.output.contains("127.0.0.1"), "no connection error: \(outcome.output)")
    }
}
