import DevDatabase
import Foundation
import Postgres
import Testing
import TestSupport

/// The pages under docs/commands stay true: every command has one, it lists every option the command
/// takes (the shared database options on the index page) and no option the command lacks, and every
/// example command on it runs, in a fresh copy of the example project the index describes, with the
/// exit status the page says.
@Suite struct CommandDocsTests {
    static let commands = (try? CommandTree.load()) ?? []

    @Test func theCommandTreeIsRead() {
        #expect(Self.commands.count > 10, "monolayer --experimental-dump-help should describe every command")
    }

    @Test func everyCommandHasAPageLinkedFromTheIndex() throws {
        let index = try CommandDocs.page([])
        for command in Self.commands where !command.path.isEmpty {
            let url = CommandDocs.pageURL(command.path)
            #expect(FileManager.default.fileExists(atPath: url.path), "no page for monolayer \(command.path.joined(separator: " ")): \(url.path)")
            #expect(index.contains("(\(url.lastPathComponent))"), "the index links \(url.lastPathComponent)")
        }
    }

    @Test func pagesListExactlyTheOptionsOfTheirCommand() throws {
        let common = CommandDocs.tableOptions("Common options", of: try CommandDocs.page([]))
        #expect(common.contains("--database-url") && common.contains("-c"), "the index lists the shared options")
        for command in Self.commands where !command.path.isEmpty {
            let listed = CommandDocs.tableOptions("Options", of: try CommandDocs.page(command.path))
            let name = "monolayer \(command.path.joined(separator: " "))"
            let missing = command.options.subtracting(listed).subtracting(common)
            #expect(missing.isEmpty, "\(name) takes \(missing.sorted()) but its page does not list them")
            let stale = listed.subtracting(command.options)
            #expect(stale.isEmpty, "\(name)'s page lists \(stale.sorted()), which the command does not take")
            let sharedTaken = command.options.intersection(common)
            #expect(sharedTaken.isEmpty || sharedTaken == common,
                    "\(name) takes only some of the shared options (\(sharedTaken.sorted())): document the rest on its page")
        }
    }

    static var pagesWithExamples: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: CommandDocs.folder.path)) ?? []
        return files.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }

    @Test(arguments: pagesWithExamples)
    func examplesRunAsDocumented(_ file: String) throws {
        let text = try String(contentsOf: CommandDocs.folder.appendingPathComponent(file), encoding: .utf8)
        let examples = CommandDocs.examples(in: text)
        #expect(!examples.isEmpty, "\(file) shows no example")
        let project = try ExampleProject()
        defer { project.destroy() }
        for example in examples {
            let outcome = try project.run(example.command)
            #expect(outcome.status == example.expectedStatus,
                    "\(file): `\(example.command)` exited \(outcome.status), the page says \(example.expectedStatus)\n\(outcome.output)")
            if outcome.status != example.expectedStatus { break }
        }
    }
}

/// The project the command pages' examples run in: made by `monolayer init`, with the schema file and
/// the environments the index page shows, and a fresh database for development, staging and production.
struct ExampleProject {
    let root: URL
    let environment: [String: String]

    init() throws {
        let index = try CommandDocs.page([])
        let setup = CommandDocs.section("The example project", of: index)
        let schema = try #require(CommandDocs.blocks("sql", in: setup).first, "the index shows the example schema").joined(separator: "\n")
        let config = try #require(CommandDocs.blocks("toml", in: setup).first, "the index shows the example environments").joined(separator: "\n")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var environment = CommandRunner.cleanEnvironment
        // monolayer, then the test server's psql and pg_dump, for examples that change a database by hand.
        environment["PATH"] = [CLIHarness.binary.deletingLastPathComponent().path, TestServer.shared.binaries.directory.path,
                               environment["PATH"] ?? "/usr/bin:/bin"].joined(separator: ":")
        environment["MONOLAYER_PG_BIN"] = TestServer.shared.binaries.directory.path
        environment["DATABASE_URL"] = try TestServer.shared.createDatabase(prefix: "docs").url
        environment["STAGING_DATABASE_URL"] = try TestServer.shared.createDatabase(prefix: "docs").url
        environment["PRODUCTION_DATABASE_URL"] = try TestServer.shared.createDatabase(prefix: "docs").url
        environment["GITHUB_ACTIONS"] = nil
        self.environment = environment
        let made = try run("monolayer init")
        guard made.status == 0 else { throw DevDatabaseError("monolayer init failed: \(made.output)") }
        try schema.write(to: root.appendingPathComponent("schema/app.sql"), atomically: true, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: root.appendingPathComponent("monolayer.toml"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(("\n" + config + "\n").utf8))
        try handle.close()
    }

    /// One shell line, run in the project's folder, with `extra` added to the environment.
    func run(_ command: String, environment extra: [String: String] = [:]) throws -> CLIHarness.Outcome {
        let quotedRoot = "'" + root.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let result = try CommandRunner.run(["/bin/sh", "-c", "cd \(quotedRoot) && \(command)"],
                                           environment: environment.merging(extra) { _, new in new })
        return CLIHarness.Outcome(status: result.status, stdout: result.standardOutput, stderr: result.standardError)
    }

    func destroy() {
        try? DevDatabase(projectRoot: root, binaries: TestServer.shared.binaries).destroy()
        try? FileManager.default.removeItem(at: root)
    }
}
