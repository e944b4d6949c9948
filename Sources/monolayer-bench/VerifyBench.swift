import DevDatabase
import Foundation
import Introspection
import Migrations
import MonolayerKit
import Plan
import Postgres
import SchemaSource

/// What `--verify` adds to a plan: the schema files plus one new table that references an existing
/// one, verified against the loaded database on the same server (restore, apply, introspect, diff).
enum VerifyBench {
    static func run(label: String, files: [SourceFile], change: String, url: String, endpoint: ClusterEndpoint,
                    binaries: PostgresBinaries) throws -> String {
        let target = try Connection(url)
        let changed = files + [SourceFile(url: URL(fileURLWithPath: "/bench/zz-change.sql"), displayPath: "zz-change.sql", text: change)]
        let desired = try SchemaLoader().load(files: changed)
        let current = try Introspector(connection: target).introspect()
        let plan = Planner.plan(current: current, desired: desired)
        let migrations = MigrationStore.files(for: plan, name: "bench", at: Date())
        let verifier = PlanVerifier(server: ScratchServer(endpoint: endpoint, binaries: binaries)) {
            FileHandle.standardError.write(Data(($0 + "\n").utf8))
        }
        let (_, seconds) = try BenchRun.seconds {
            try verifier.verify(migrations, target: target, current: current, desired: desired)
        }
        return String(format: "%@ plan --verify (%d statements): %.2fs on top of the plan", label, plan.statements.count, seconds)
    }
}
