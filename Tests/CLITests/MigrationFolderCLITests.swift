import Foundation
import Postgres
import Testing

/// Item 1 and 2 of the failing-safe issue: every command that applies reads and checks the whole
/// migrations folder first and refuses (exit 3) before applying anything; `migrations status` lists
/// what is wrong.
@Suite struct MigrationFolderCLITests {
    static func migration(_ id: String, phase: String = "expand", up: String) -> String {
        "-- monolayer migration\n-- id: \(id)\n-- phase: \(phase)\n-- transaction: yes\n-- warnings: none\n\n"
            + "-- monolayer:up\n\(up)\n\n-- monolayer:down\n"
    }

    func put(_ cli: CLIHarness, _ relativePath: String, _ data: Data) throws {
        let url = cli.migrations.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func put(_ cli: CLIHarness, _ relativePath: String, _ text: String) throws { try put(cli, relativePath, Data(text.utf8)) }

    func tableExists(_ cli: CLIHarness, _ name: String) throws -> Bool {
        try Connection(cli.databaseURL).query("SELECT to_regclass($1) IS NOT NULL AS present", [name]).records[0].bool("present")
    }

    @Test func aBrokenPendingMigrationIsRefusedBeforeTheOnesBeforeItAreApplied() throws {
        let cli = try CLIHarness()
        try cli.write("t.sql", "-- nothing declared yet\n")
        try put(cli, "expand/20260101000000000-first.sql", Self.migration("20260101000000000-first", up: "CREATE TABLE first (id int);"))
        try put(cli, "expand/20260102000000000-second.sql", Self.migration("20260102000000000-second", up: "CREATE TABLE second (id int);"))
        // Line 9 of the file, column 29: the second comma.
        try put(cli, "expand/20260103000000000-third.sql",
                Self.migration("20260103000000000-third", up: "CREATE TABLE third (id int);\nCREATE TABLE fourth (id int,, x text);"))
        let path = cli.migrations.path + "/expand/20260103000000000-third.sql"
        for arguments in [["migrate", "--yes"], ["migrations", "apply", "--phase", "expand", "--yes"], ["sync", "--yes"]] {
            let outcome = try cli.run(arguments)
            #expect(outcome.status == 3, "\(arguments): \(outcome.output)")
            #expect(outcome.stderr.contains("\(path):9:29: the up section does not parse: syntax error at or near \",\""),
                    "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains("refusing to apply anything"))
        }
        #expect(try !tableExists(cli, "first"), "nothing applied, not even the migrations before the broken one")
        #expect(cli.allMigrationFiles.count == 3, "sync wrote nothing")
        let status = try cli.run(["migrations", "status"])
        #expect(status.status == 3)
        #expect(status.stdout.contains("broken") && status.stdout.contains("20260103000000000-third"), "\(status.stdout)")
        #expect(status.stdout.contains("\(path):9:29:"))
        let json = try cli.run(["migrations", "status", "--json"])
        #expect(json.status == 3)
        #expect(json.stdout.contains("\"state\" : \"broken\"") && json.stdout.contains("\"reason\" : \"\(path):9:29:"), "\(json.stdout)")
        let plan = try cli.run(["plan"])
        #expect(plan.status == 0, "plan writes and applies nothing: \(plan.output)")
        #expect(plan.stderr.contains("1 file(s) in the migrations folder have problems"))
    }

    @Test func aFileThatIsNotUTF8IsNamedWithItsPath() throws {
        let cli = try CLIHarness()
        try put(cli, "expand/20260101000000000-latin1.sql", Data("-- monolayer:up\nSELECT 'caf".utf8) + Data([0xE9]) + Data("';\n".utf8))
        let outcome = try cli.run(["migrate", "--yes"])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains(cli.migrations.path + "/expand/20260101000000000-latin1.sql: not UTF-8 text"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("Cocoa") && !outcome.stderr.contains("Foundation"), "\(outcome.stderr)")
        #expect(try cli.run(["migrations", "status"]).stdout.contains("not UTF-8 text"))
    }

    @Test func filesTheRunnerWouldSkipOrCouldNotOrderAreReportedAndRefused() throws {
        let cli = try CLIHarness()
        let fine = Self.migration("20260101000000000-fine", up: "CREATE TABLE fine (id int);")
        try put(cli, "expand/20260101000000000-fine.sql", fine)
        try put(cli, ".git/objects/20260101000000000-x.sql", "ignored")
        try put(cli, "expand/.gitkeep", "")
        #expect(try cli.run(["migrations", "status"]).status == 0, "hidden entries are not migrations")
        let bad = [
            "20260102000000000-shout.SQL": "expand/20260102000000000-shout.SQL",
            "add-users.sql": "expand/add-users.sql",
            "20260103000000000-root.sql": "20260103000000000-root.sql",
            "20260104000000000-elsewhere.sql": "expand-old/20260104000000000-elsewhere.sql",
            "20260105000000000-a.sql": "alter/20260105000000000-a.sql",
            "20260105000000000-b.sql": "alter/20260105000000000-b.sql",
            "20260106000000000-copied.sql": "alter/20260106000000000-copied.sql",
        ]
        for (name, path) in bad {
            let id = String(name.dropLast(4))
            let header = name == "20260106000000000-copied.sql" ? "20260101000000000-fine" : id
            try put(cli, path, Self.migration(header, phase: path.hasPrefix("alter") ? "alter" : "expand", up: "SELECT 1;"))
        }
        let status = try cli.run(["migrations", "status"])
        #expect(status.status == 3)
        for name in bad.keys { #expect(status.stdout.contains(name), "status lists \(name): \(status.stdout)") }
        #expect(status.stdout.contains("lower case") && status.stdout.contains("not in a phase folder")
                && status.stdout.contains("same timestamp") && status.stdout.contains("names the id 20260101000000000-fine"))
        let refused = try cli.run(["migrate", "--yes"])
        #expect(refused.status == 3)
        for path in bad.values { #expect(refused.stderr.contains(cli.migrations.path + "/" + path), "names \(path): \(refused.stderr)") }
        #expect(try !tableExists(cli, "fine"))
    }

    @Test func anOlderPendingMigrationNeedsAllowOutOfOrder() throws {
        let cli = try CLIHarness()
        try cli.write("t.sql", "CREATE TABLE newer (id int);\nCREATE TABLE older (id int);\n")
        try put(cli, "expand/20260102000000000-newer.sql", Self.migration("20260102000000000-newer", up: "CREATE TABLE newer (id int);"))
        #expect(try cli.run(["migrate", "--yes"]).status == 0)
        // A branch merged after the newer migration was applied.
        try put(cli, "expand/20260101000000000-older.sql", Self.migration("20260101000000000-older", up: "CREATE TABLE older (id int);"))
        let status = try cli.run(["migrations", "status"])
        #expect(status.status == 0, "seen, not a failure: \(status.output)")
        #expect(status.stdout.contains("pending (out of order)") && status.stdout.contains("20260101000000000-older"))
        for arguments in [["migrate", "--yes"], ["migrations", "apply", "--yes"], ["sync", "--yes"]] {
            let refused = try cli.run(arguments)
            #expect(refused.status == 3, "\(arguments): \(refused.output)")
            #expect(refused.stderr.contains("expand/20260101000000000-older (older than the applied expand/20260102000000000-newer)"))
            #expect(refused.stderr.contains("--allow-out-of-order"))
        }
        #expect(try !tableExists(cli, "older"))
        let allowed = try cli.run(["migrations", "apply", "--yes", "--allow-out-of-order"])
        #expect(allowed.status == 0, "\(allowed.output)")
        #expect(allowed.stderr.contains("applying expand/20260101000000000-older out of order"))
        #expect(try tableExists(cli, "older"))
        #expect(try cli.run(["migrate", "--yes", "--allow-out-of-order"]).status == 0)
        try cli.write("t.sql", "CREATE TABLE newer (id int);\nCREATE TABLE older (id int);\n")
        #expect(try cli.run(["sync", "--yes", "--allow-out-of-order"]).status == 0)
        #expect(try cli.run(["plan", "--allow-out-of-order"]).status != 0, "only the commands that apply take the flag")
    }
}
