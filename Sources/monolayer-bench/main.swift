import DevDatabase
import Foundation
import Introspection
import Plan
import Postgres
import SchemaModel
import SchemaSource

// `make bench`: figures for SPEC section 11, printed, never asserted. Runs a throwaway PostgreSQL
// cluster (the dev database code) in a temporary folder.

let root = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-bench-\(getpid())")
try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
let cluster = DevDatabase(projectRoot: root)
let endpoint = try cluster.start()
defer { try? cluster.destroy(); try? FileManager.default.removeItem(at: root) }
let admin = try Connection(endpoint.url())
let binaries = try PostgresBinaries.locate()
print("PostgreSQL \(try binaries.version()) from \(binaries.directory.path)\n")

// `monolayer-bench 1000` or `monolayer-bench musicbrainz`: only what is named (for profiling one schema).
let arguments = Array(CommandLine.arguments.dropFirst())
let requestedSizes = arguments.compactMap { Int($0) }
var results: [BenchResult] = []
for tables in arguments.isEmpty ? [1_000, 10_000] : requestedSizes {
    let schema = SyntheticSchema(tables: tables)
    results.append(try BenchRun.measure(label: "synthetic \(tables) tables", files: [schema.file], loadSQL: schema.sql,
                                        admin: admin, endpoint: endpoint, binaries: binaries))
}
if arguments.isEmpty || arguments.contains("musicbrainz") { results.append(try MusicBrainzBench.run(admin: admin, endpoint: endpoint, binaries: binaries)) }

print(BenchResult.header)
for result in results { print(result.line) }
for result in results where !result.extra.isEmpty { print(result.extra) }
if results.count >= 2, let small = results.first(where: { $0.label.contains(" 1000 ") }),
   let large = results.first(where: { $0.label.contains(" 10000 ") }), small.plan > 0 {
    print(String(format: "\ngrowth 1,000 → 10,000 tables: plan time x%.1f (linear is x10; target at most x11)", large.plan / small.plan))
}
