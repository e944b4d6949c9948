import Foundation
import Testing

/// `MONOLAYER_TIMINGS`: `plan` reports its phases on stderr (what `make bench` reads), and the number of
/// statements introspection sends does not grow with the number of objects (one query per kind).
@Suite struct PlanTimingsTests {
    static func tables(_ count: Int) -> String {
        (0..<count).map { "CREATE TABLE t\($0) (id integer PRIMARY KEY, name text NOT NULL DEFAULT '', CHECK (name <> 'x'));\n" }.joined()
            + (1..<max(count, 1)).map { "CREATE INDEX t\($0)_name ON t\($0) (name);\n" }.joined()
    }

    /// Round trips reported by a plan of `count` tables after a sync of them (so the plan finds no changes).
    func roundTrips(tables count: Int) throws -> Int {
        let cli = try CLIHarness()
        try cli.write("tables.sql", Self.tables(count))
        let sync = try cli.run(["sync", "--yes"])
        #expect(sync.status == 0, "\(sync.output)")
        let plan = try cli.run(["plan"], environment: ["MONOLAYER_TIMINGS": "1"])
        #expect(plan.status == 0, "\(plan.output)")
        #expect(plan.stdout.contains("No changes"), "\(plan.output)")
        let line = try #require(plan.stderr.split(separator: "\n").first { $0.hasPrefix("timings: ") }, "\(plan.stderr)")
        for phase in ["parse", "introspection", "diff"] {
            #expect(line.contains(" \(phase)="), "\(line)")
        }
        let field = try #require(line.split(separator: " ").first { $0.hasPrefix("round_trips=") })
        return try #require(Int(field.dropFirst("round_trips=".count)))
    }

    @Test func introspectionRoundTripsDoNotGrowWithTheSchema() throws {
        let small = try roundTrips(tables: 1)
        let large = try roundTrips(tables: 40)
        #expect(small > 0)
        #expect(large == small)
    }

    @Test func withoutTheVariableNoTimingsArePrinted() throws {
        let cli = try CLIHarness()
        try cli.write("tables.sql", Self.tables(2))
        let plan = try cli.run(["plan"])
        #expect(plan.status == 0, "\(plan.output)")
        #expect(!plan.stderr.contains("timings:"), "\(plan.stderr)")
    }
}
