import MonolayerKit
import Testing

/// The `timings:` line `plan` prints under MONOLAYER_TIMINGS, and its reading back by `make bench`.
@Suite struct PlanTimingsLineTests {
    @Test func aLineIsReadBackFromAmongOtherOutput() throws {
        let timings = PlanTimings(parse: 0.1234, introspection: 0.5, roundTrips: 31, diff: 0.0456)
        #expect(timings.line == "timings: parse=0.1234 introspection=0.5000 round_trips=31 diff=0.0456")
        let output = "Database: postgresql://x (from --database-url)\n\(timings.line)\nNo changes\n"
        #expect(PlanTimings(findingIn: output) == timings)
    }

    @Test(arguments: ["", "timings:", "timings: parse=1 introspection=2 diff=3", "timings: parse=x introspection=2 round_trips=1 diff=3"])
    func anIncompleteLineReadsAsNone(output: String) {
        #expect(PlanTimings(findingIn: output) == nil)
    }
}
