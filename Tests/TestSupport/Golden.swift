import Foundation

/// Golden files: compared exactly; a missing golden is recorded and the test fails so that a person
/// reviews it; `MONOLAYER_RECORD=1` re-records every golden (then review the diff in git).
public enum Golden {
    public enum Outcome: Equatable {
        case matches
        case recorded
        case differs(expected: String)
    }

    public static func check(_ actual: String, against url: URL) -> Outcome {
        let record = ProcessInfo.processInfo.environment["MONOLAYER_RECORD"] == "1"
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if let expected, !record {
            return expected == actual ? .matches : .differs(expected: expected)
        }
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return record && expected == actual ? .matches : .recorded
    }
}
