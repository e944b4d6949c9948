import DevDatabase
import Foundation
import TestSupport

/// Runs the built `monolayer` binary as a user would, in a temporary project folder, without a
/// terminal (so confirmations need --yes), and returns exit code and output.
struct CLIHarness {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/monolayer")

    let root: URL
    let databaseURL: String

    var schema: URL { root.appendingPathComponent("schema") }
    var migrations: URL { root.appendingPathComponent("migrations") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("schema"), withIntermediateDirectories: true)
        databaseURL = try TestServer.shared.createDatabase(prefix: "cli").url
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var output: String { stdout + "\n" + stderr }
    }

    /// `monolayer ARGS`, with the project's folders and database unless the arguments say otherwise.
    @discardableResult
    func run(_ arguments: [String], projectFlags: Bool = true, environment: [String: String] = [:]) throws -> Outcome {
        var full = [Self.binary.path] + arguments
        if projectFlags {
            full += ["--schema", schema.path, "--migrations", migrations.path]
            if !arguments.contains("--database-url") && environment["DATABASE_URL"] == nil && !arguments.contains("-c") {
                full += ["--database-url", databaseURL]
            }
        }
        var env = CommandRunner.cleanEnvironment
        env["DATABASE_URL"] = nil
        env.merge(environment) { _, new in new }
        let result = try CommandRunner.run(full, environment: env)
        return Outcome(status: result.status, stdout: result.standardOutput, stderr: result.standardError)
    }

    func write(_ name: String, _ sql: String) throws {
        try sql.write(to: schema.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Migration files of a phase, by file name.
    func migrationFiles(_ phase: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: migrations.appendingPathComponent(phase).path)) ?? []).sorted()
    }

    func read(_ phase: String, _ file: String) throws -> String {
        try String(contentsOf: migrations.appendingPathComponent(phase).appendingPathComponent(file), encoding: .utf8)
    }

    var allMigrationFiles: [String] {
        ["expand", "alter", "data", "contract"].flatMap { phase in migrationFiles(phase).map { "\(phase)/\($0)" } }
    }
}

extension CLIHarness {
    /// `monolayer ARGS` on a pseudo-terminal (util-linux `script`), with `answers` typed in: how a developer
    /// runs it, questions included. Standard output and error arrive together, as on a terminal.
    func runOnTerminal(_ arguments: [String], answers: String) throws -> Outcome {
        let full = [Self.binary.path] + arguments + ["--schema", schema.path, "--migrations", migrations.path, "--database-url", databaseURL]
        let command = full.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        var env = CommandRunner.cleanEnvironment
        env["DATABASE_URL"] = nil
        env["MONOLAYER_ANSWERS"] = answers
        env["MONOLAYER_COMMAND"] = command
        // A short pause lets the question appear before the answer arrives; script ends when the command does.
        let result = try CommandRunner.run(
            ["/bin/sh", "-c", "(sleep 2; printf '%s' \"$MONOLAYER_ANSWERS\"; sleep 5) | script -qefc \"$MONOLAYER_COMMAND\" /dev/null"],
            environment: env)
        return Outcome(status: result.status, stdout: result.standardOutput, stderr: result.standardError)
    }
}
