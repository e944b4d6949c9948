import Foundation

/// Where a `plan` spent its time, printed on stderr when `MONOLAYER_TIMINGS` is set, so that `make bench`
/// can read the phases of the real command (run as a child process, as a user runs it) and compare builds.
/// Parsing runs on its own thread while the database is read, so the phases add up to more than the whole.
public struct PlanTimings: Equatable, Sendable {
    public var parse: Double = 0
    public var introspection: Double = 0
    /// Statements sent to the server while introspecting (each a round trip).
    public var roundTrips: Int = 0
    public var diff: Double = 0

    public init(parse: Double = 0, introspection: Double = 0, roundTrips: Int = 0, diff: Double = 0) {
        self.parse = parse
        self.introspection = introspection
        self.roundTrips = roundTrips
        self.diff = diff
    }

    static let prefix = "timings:"
    static let variable = "MONOLAYER_TIMINGS"

    /// `timings: parse=0.1234 introspection=0.2345 round_trips=31 diff=0.0456` (seconds).
    public var line: String {
        String(format: "%@ parse=%.4f introspection=%.4f round_trips=%d diff=%.4f", Self.prefix, parse, introspection, roundTrips, diff)
    }

    /// The figures of a `line` found among the lines of `output`, or nil when the build printed none.
    public init?(findingIn output: String) {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix(Self.prefix) }) else { return nil }
        var values: [Substring: Substring] = [:]
        for pair in line.dropFirst(Self.prefix.count).split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let parse = values["parse"].flatMap({ Double($0) }), let introspection = values["introspection"].flatMap({ Double($0) }),
              let roundTrips = values["round_trips"].flatMap({ Int($0) }), let diff = values["diff"].flatMap({ Double($0) })
        else { return nil }
        self.init(parse: parse, introspection: introspection, roundTrips: roundTrips, diff: diff)
    }

    /// Seconds taken by `body`, with its value.
    static func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
