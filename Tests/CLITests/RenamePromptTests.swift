import Foundation
import Testing

/// A drop and an add that look like a rename: `sync` asks on a terminal, and never guesses otherwise.
@Suite struct RenamePromptTests {
    static let kept = "CREATE TABLE notes (id bigint PRIMARY KEY);\n"
    static let before = kept + "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n"
    static let after = kept + "CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);\n"

    @Test func withoutATerminalItIsADropAndAnAddWithTheHintPointedOut() throws {
        let cli = try CLIHarness()
        try cli.write("schema.sql", Self.before)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        let first = Set(cli.allMigrationFiles)
        try cli.write("schema.sql", Self.after)
        let outcome = try cli.run(["sync", "--yes"])
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.stderr.contains("looks like a rename of public.accounts"))
        #expect(outcome.stderr.contains("-- monolayer: renamed from public.accounts"))
        let plan = cli.allMigrationFiles.filter { !first.contains($0) }.compactMap { try? String(contentsOfFile: cli.migrations.appendingPathComponent($0).path, encoding: .utf8) }
            .joined()
        #expect(plan.contains("DROP TABLE public.accounts") && !plan.contains("RENAME"))
    }

    @Test func onATerminalAYesPlansARenameAndANoADropAndAnAdd() throws {
        for (answer, renamed) in [("y\n", true), ("n\n", false)] {
            let cli = try CLIHarness()
            try cli.write("schema.sql", Self.before)
            #expect(try cli.run(["sync", "--yes"]).status == 0)
            let first = Set(cli.allMigrationFiles)
            try cli.write("schema.sql", Self.after)
            let outcome = try cli.runOnTerminal(["migrations", "generate"], answers: answer)
            #expect(outcome.stdout.contains("Table public.accounts is dropped and public.customers created with the same columns"),
                    "\(outcome.output)")
            let files = cli.allMigrationFiles.filter { !first.contains($0) }
            let text = files.compactMap { try? String(contentsOfFile: cli.migrations.appendingPathComponent($0).path, encoding: .utf8) }.joined()
            #expect(text.contains("ALTER TABLE public.accounts RENAME TO customers") == renamed, "\(files) \(outcome.output)")
            #expect(text.contains("DROP TABLE public.accounts") == !renamed)
        }
    }
}
