import DevDatabase
import Foundation
import Postgres

// `make bench`: figures for SPEC section 11, printed, never asserted. Runs a throwaway PostgreSQL
// cluster (the dev database code) in a temporary folder, and the real `monolayer` binary against it.
//
//   monolayer-bench [--baseline NAME=PATH] [TABLES ...] [routines[=N] ...] [changes[=N]] [musicbrainz]
//
// With no schema named: synthetic 1,000, 10,000 and 50,000 tables, 2,000 views and 2,000 functions, the
// plans that create 10,000 tables in an empty database, drop them and add one beside them, and MusicBrainz.
// `--baseline` adds another build's binary, run in turn with this one (`make bench-compare`).
// MONOLAYER_BENCH_RUNS sets the runs per command (default 5), MONOLAYER_BENCH_VERIFY=0 skips the `--verify` line.
// MONOLAYER_BENCH_WRAPPER runs each `plan` under another command (`make link-order` traces them).

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == MeasuredProcess.measureFlag { MeasuredProcess.measureChild(Array(arguments.dropFirst())) }
let thisBinary = ProcessInfo.processInfo.environment["MONOLAYER_BENCH_BINARY"]
    ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("monolayer").path
var builds = [Build(name: "this build", binary: thisBinary)]
if let flag = arguments.firstIndex(of: "--baseline"), flag + 1 < arguments.count {
    let value = arguments[flag + 1]
    let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
    builds.append(parts.count == 2 ? Build(name: parts[0], binary: parts[1]) : Build(name: "baseline", binary: value))
    arguments.removeSubrange(flag...flag + 1)
}
for build in builds where !FileManager.default.isExecutableFile(atPath: build.binary) {
    FileHandle.standardError.write(Data("monolayer-bench: no monolayer binary at \(build.binary) (build it with swift build -c release)\n".utf8))
    exit(2)
}

let root = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-bench-\(getpid())")
try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
let cluster = DevDatabase(projectRoot: root)
defer { try? cluster.destroy(); try? FileManager.default.removeItem(at: root) }
// pg_dump locks every table it dumps in one transaction: 50,000 tables need a larger lock table than the
// default (as they would on a user's server), which only a restart applies.
try Connection(try cluster.start().url()).execute("ALTER SYSTEM SET max_locks_per_transaction = 2048")
try cluster.stop()
let endpoint = try cluster.start()
let admin = try Connection(endpoint.url())
let binaries = try PostgresBinaries.locate()
print("PostgreSQL \(try binaries.version()) from \(binaries.directory.path); median of \(BenchRun.runs) runs each, plan and pg_dump in turn")
print(String(format: "peak: the process's peak resident memory (no figure reads below %.1f MB, what /bin/true reads as)\n",
             Double(try MeasuredProcess.floor()) / 1_048_576))

let everything = arguments.isEmpty
let sizes = everything ? [1_000, 10_000, 50_000] : arguments.compactMap { Int($0) }
var results: [BenchResult] = []
for tables in sizes {
    let schema = SyntheticSchema(tables: tables)
    results.append(try BenchRun.measure(BenchSchema(label: "synthetic \(tables) tables", files: [schema.file], loadSQL: schema.sql),
                                        builds: builds, admin: admin, endpoint: endpoint, binaries: binaries))
}
// `routines` is 2,000 views and 2,000 functions; `routines=N` is N of each, and may be given for several N
// (memory that grows faster than the schema shows between two sizes).
let routineCounts = arguments.filter { $0 == "routines" || $0.hasPrefix("routines=") }
    .map { Int($0.dropFirst("routines=".count)) ?? 2_000 }
for count in routineCounts.isEmpty && everything ? [2_000] : routineCounts {
    let schema = RoutineSchema(views: count, functions: count)
    results.append(try BenchRun.measure(BenchSchema(label: "\(count) views, \(count) functions", files: [schema.file], loadSQL: schema.sql),
                                        builds: builds, admin: admin, endpoint: endpoint, binaries: binaries))
}
// `changes` plans the creation of 10,000 tables in an empty database, their drop, and one more table
// beside them; `changes=N`, with N.
let changesArgument = arguments.first { $0 == "changes" || $0.hasPrefix("changes=") }
if everything || changesArgument != nil {
    let count = changesArgument.flatMap { Int($0.dropFirst("changes=".count)) } ?? 10_000
    for schema in [BenchSchema.creating(tables: count), BenchSchema.dropping(tables: count), BenchSchema.adding(toTables: count)] {
        results.append(try BenchRun.measure(schema, builds: builds, admin: admin, endpoint: endpoint, binaries: binaries))
    }
}
if everything || arguments.contains("musicbrainz") {
    results.append(try MusicBrainzBench.run(builds: builds, admin: admin, endpoint: endpoint, binaries: binaries))
}

print(BenchResult.header)
for result in results { result.lines.forEach { print($0) } }
print("")
for result in results where !result.extra.isEmpty { print(result.extra) }
for (index, build) in builds.enumerated() {
    guard let small = results.first(where: { $0.label == "synthetic 1000 tables" })?.builds[index],
          let large = results.first(where: { $0.label == "synthetic 10000 tables" })?.builds[index], small.plan > 0 else { continue }
    print(String(format: "%@: growth 1,000 → 10,000 tables: plan time x%.1f (linear is x10; target at most x11)", build.name, large.plan / small.plan))
}
