import DevDatabase
import Foundation
import Introspection
import MonolayerKit
import PgQuery
import Plan
import Postgres
import SchemaModel
import SchemaSource

/// One measured schema: parse, introspection and diff+plan each on their own, then `monolayer plan` as a
/// user runs it (files parsed while the database is read, so less than the sum on two cores), and
/// pg_dump of the same database.
struct BenchResult {
    var label: String
    var parse: Double
    var introspect: Double
    var diff: Double
    var dump: Double
    var note: String = ""
    var plan: Double = 0
    /// The database measured, and a line printed after the table (the `--verify` figure).
    var url: String = ""
    var extra: String = ""

    static let header = "schema                       parse  introspect    diff  plan total  pg_dump -s  plan/pg_dump"

    var line: String {
        guard note.isEmpty else { return label.padding(toLength: 28, withPad: " ", startingAt: 0) + " " + note }
        return label.padding(toLength: 28, withPad: " ", startingAt: 0)
            + String(format: " %6.2fs %10.2fs %6.2fs %10.2fs %10.2fs %12.2f", parse, introspect, diff, plan, dump, plan / max(dump, 0.001))
    }
}

enum BenchRun {
    /// `monolayer plan --database-url URL --schema DIR` on the files written to a folder, through the
    /// same operation the command line runs (its output, one line for no changes, goes to stdout).
    static func runPlanCommand(files: [SourceFile], url: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-bench-files-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema")
        try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: true)
        // Under their own names, with their include lines (the parsed text has them blanked), so that an
        // installer file that includes the others with `\ir` works as it does in a project's schema folder.
        for file in files {
            var lines = file.text.components(separatedBy: "\n")
            for include in file.includes {
                let line = file.position(ofByte: include.byteOffset).line
                lines[line - 1] = (include.relative ? "\\ir " : "\\i ") + include.path
            }
            try lines.joined(separator: "\n").write(to: schema.appendingPathComponent(file.url.lastPathComponent), atomically: true, encoding: .utf8)
        }
        let options = ProjectOptions(databaseURL: url, schema: schema.path, migrations: folder.appendingPathComponent("migrations").path)
        let operation = PlanOperation(project: try Project(options: options, workingDirectory: folder),
                                      console: Console(assumeYes: true, isInteractive: false), format: .text, exitCodeOnChanges: false)
        _ = try operation.run()
    }

    static func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Loads `loadSQL` into a fresh database, then times a `plan` of `files` against it.
    static func measure(label: String, files: [SourceFile], loadSQL: String, admin: Connection, endpoint: ClusterEndpoint,
                        binaries: PostgresBinaries) throws -> BenchResult {
        let database = "bench_\(abs(label.hashValue) % 1_000_000)"
        try admin.execute("DROP DATABASE IF EXISTS \(database)")
        try admin.execute("CREATE DATABASE \(database)")
        let url = endpoint.url(database: database)
        let connection = try Connection(url)
        FileHandle.standardError.write(Data("loading \(label)...\n".utf8))
        // In batches: one multi-statement string is one transaction, whose locks on thousands of new
        // tables exhaust the lock table.
        let statements = try PgQuery.statements(loadSQL)
        for start in stride(from: 0, to: statements.count, by: 500) {
            try connection.execute(statements[start..<min(start + 500, statements.count)].joined(separator: ";\n"))
        }
        let (desired, parse) = try seconds { try SchemaLoader().load(files: files) }
        let (current, introspect) = try seconds { try Introspector(connection: connection).introspect() }
        let (plan, diff) = seconds { Planner.plan(current: current, desired: desired) }
        let (_, total) = try seconds { try runPlanCommand(files: files, url: url) }
        let (_, dump) = try seconds { try CommandRunner.run([binaries.program("pg_dump").path, "--schema-only", "-d", url]) }
        var result = BenchResult(label: label, parse: parse, introspect: introspect, diff: diff, dump: dump, plan: total, url: url)
        if !plan.isEmpty { result.label += " (!)"; FileHandle.standardError.write(Data("warning: \(label) plans \(plan.statements.count) changes against itself\n".utf8)) }
        return result
    }
}
