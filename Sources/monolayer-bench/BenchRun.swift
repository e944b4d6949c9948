import DevDatabase
import Foundation
import MonolayerKit
import PgQuery
import Postgres

/// A `monolayer` binary to measure: this build, or another revision's (`make bench-compare`).
struct Build {
    var name: String
    var binary: String
}

/// The medians of one build's runs of `plan` on one schema, with pg_dump's runs taken in turn with them.
struct BuildFigures {
    var build: String
    /// The phases as the command reported them (nil for a build that does not report them).
    var timings: PlanTimings?
    var plan: Double
    var peakBytes: Int
    /// Median of the ratios taken run by run against the pg_dump run beside it.
    var ratio: Double
    /// Set when a run failed, or found changes where there are none (a plan of a schema against itself) or
    /// none where there are.
    var problem: String?
}

struct BenchResult {
    var label: String
    var sqlBytes: Int = 0
    var builds: [BuildFigures] = []
    var dump: Double = 0
    var dumpPeakBytes: Int = 0
    var note: String = ""
    /// The database measured, and a line printed after the table (the `--verify` figure).
    var url: String = ""
    var extra: String = ""

    static let header = "schema                        build         parse introspect   diff  trips    plan    peak   pg_dump    peak  plan/pg_dump"

    var lines: [String] {
        let title = label.padding(toLength: 29, withPad: " ", startingAt: 0)
        guard note.isEmpty else { return [title + " " + note] }
        let dumpColumns = String(format: " %8.3fs %6.1fMB", dump, megabytes(dumpPeakBytes))
        let size = String(format: "  (SQL %.1f MB)", megabytes(sqlBytes))
        let rows = builds.enumerated().map { position, figures in
            let first = position == 0 ? title : (position == 1 ? size : "").padding(toLength: 29, withPad: " ", startingAt: 0)
            let phases = figures.timings.map {
                String(format: " %6.3fs %9.3fs %6.3fs %6d", $0.parse, $0.introspection, $0.diff, $0.roundTrips)
            } ?? "       -          -       -      -"
            return first + " " + figures.build.padding(toLength: 12, withPad: " ", startingAt: 0) + phases
                + String(format: " %6.3fs %5.1fMB", figures.plan, megabytes(figures.peakBytes)) + dumpColumns
                + String(format: " %13.2f", figures.ratio) + (figures.problem.map { "  (!) " + $0 } ?? "")
        }
        // The schema's size goes under its name, on a line of its own when there is one build.
        return builds.count == 1 ? rows + [size] : rows
    }

    private func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}

enum BenchRun {
    /// Runs of each command per schema (`MONOLAYER_BENCH_RUNS`, default 5).
    static let runs = max(1, Int(ProcessInfo.processInfo.environment["MONOLAYER_BENCH_RUNS"] ?? "") ?? 5)
    /// A command each `plan` runs under (`MONOLAYER_BENCH_WRAPPER`, words split at spaces): `make link-order`
    /// records with it which functions `plan` runs. Its figures are then the wrapper's, not the program's.
    static let wrapper = (ProcessInfo.processInfo.environment["MONOLAYER_BENCH_WRAPPER"] ?? "").split(separator: " ").map(String.init)

    static func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Loads `schema` into a fresh database, then runs each build's `monolayer plan` of its files against it
    /// and `pg_dump --schema-only` of it in turn (build A, build B, pg_dump, then B, A, pg_dump), `runs` times.
    static func measure(_ schema: BenchSchema, builds: [Build], admin: Connection, endpoint: ClusterEndpoint,
                        binaries: PostgresBinaries) throws -> BenchResult {
        let url = try load(schema, admin: admin, endpoint: endpoint)
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-bench-project-\(getpid())")
        defer { try? FileManager.default.removeItem(at: project) }
        let (schemaFolder, migrations) = try schema.writeProject(in: project)
        var environment = ProcessInfo.processInfo.environment
        environment["MONOLAYER_TIMINGS"] = "1"
        environment["DATABASE_URL"] = nil
        let dumpCommand = [binaries.program("pg_dump").path, "--schema-only", "-f", "/dev/null", "-d", url]

        var planRuns = Array(repeating: [MeasuredProcess](), count: builds.count)
        var dumpRuns: [MeasuredProcess] = []
        for round in 1...runs {
            FileHandle.standardError.write(Data("\(schema.label): run \(round) of \(runs)\n".utf8))
            // The build run first in a round runs right after pg_dump, which costs it a little: each build
            // takes that place in turn, so that the order does not show as a difference between builds.
            for step in builds.indices {
                let index = (round + step) % builds.count, build = builds[index]
                planRuns[index].append(try MeasuredProcess.run(
                    wrapper + [build.binary, "plan", "--exit-code", "--no-color", "--database-url", url, "--schema", schemaFolder.path,
                     "--migrations", migrations.path], environment: environment))
            }
            let dump = try MeasuredProcess.run(dumpCommand)
            guard dump.exitStatus == 0 else { throw BenchError("pg_dump failed: \(dump.standardError)") }
            dumpRuns.append(dump)
        }
        var result = BenchResult(label: schema.label, sqlBytes: schema.sqlBytes, dump: median(dumpRuns.map(\.seconds)),
                                 dumpPeakBytes: median(dumpRuns.map(\.peakBytes)), url: url)
        result.builds = zip(builds, planRuns).map { build, runs in
            figures(build, runs: runs, dumps: dumpRuns, expectedExit: schema.expectsChanges ? 1 : 0)
        }
        return result
    }

    /// `expectedExit`: what `plan --exit-code` exits with when it runs well (1: it found changes).
    private static func figures(_ build: Build, runs: [MeasuredProcess], dumps: [MeasuredProcess], expectedExit: Int32) -> BuildFigures {
        let timings = runs.compactMap { PlanTimings(findingIn: $0.standardError) }
        let reported = timings.count == runs.count ? PlanTimings(
            parse: median(timings.map(\.parse)), introspection: median(timings.map(\.introspection)),
            roundTrips: median(timings.map(\.roundTrips)), diff: median(timings.map(\.diff))) : nil
        var problem: String?
        if let failed = runs.first(where: { $0.exitStatus != expectedExit }) {
            let lastLine = failed.standardError.split(separator: "\n").last.map(String.init) ?? ""
            switch failed.exitStatus {
            case 0: problem = "plans no changes"
            case 1: problem = "plans changes against itself"
            default: problem = "exit \(failed.exitStatus): \(lastLine)"
            }
        }
        return BuildFigures(build: build.name, timings: reported, plan: median(runs.map(\.seconds)),
                            peakBytes: median(runs.map(\.peakBytes)),
                            ratio: median(zip(runs, dumps).map { $0.seconds / max($1.seconds, 0.000_001) }), problem: problem)
    }

    /// A fresh database holding `schema`; returns its URL.
    private static func load(_ schema: BenchSchema, admin: Connection, endpoint: ClusterEndpoint) throws -> String {
        let database = "bench_" + String(schema.label.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "_" })
        try admin.execute("DROP DATABASE IF EXISTS \(database)")
        try admin.execute("CREATE DATABASE \(database)")
        let url = endpoint.url(database: database)
        let connection = try Connection(url)
        FileHandle.standardError.write(Data("loading \(schema.label)...\n".utf8))
        // In batches: one multi-statement string is one transaction, whose locks on thousands of new
        // tables exhaust the lock table.
        let statements = try PgQuery.statements(schema.loadSQL)
        for start in stride(from: 0, to: statements.count, by: 500) {
            try connection.execute(statements[start..<min(start + 500, statements.count)].joined(separator: ";\n"))
        }
        return url
    }

    static func median<T: Comparable>(_ values: [T]) -> T {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
