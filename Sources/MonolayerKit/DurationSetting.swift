import Foundation

/// PostgreSQL's syntax for time settings such as `lock_timeout` (its documentation's "Parameter Names and
/// Values"): a number, optionally followed by a unit (`us`, `ms`, `s`, `min`, `h`, `d`; case matters; no
/// unit means milliseconds), from 0 to 2147483647 ms. Checked here so that a bad value is a configuration
/// error before anything runs, not a database error half-way through a migration.
public enum DurationSetting {
    static let millisecondsPerUnit: [String: Double] = [
        "us": 0.001, "ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000, "d": 86_400_000,
    ]

    /// Why `text` is not a valid duration, or nil when it is.
    public static func problem(with text: String) -> String? {
        guard let milliseconds = milliseconds(text) else {
            return "must be a duration such as \"5s\", \"15min\" or \"500ms\" (units: us, ms, s, min, h, d)"
        }
        guard milliseconds >= 0 else { return "must not be negative (0 turns the timeout off)" }
        guard milliseconds.rounded() <= Double(Int32.max) else { return "must be at most 2147483647ms (about 24 days)" }
        return nil
    }

    /// The duration in milliseconds, or nil when `text` is not a number with an optional unit.
    static func milliseconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberPart = trimmed.prefix { $0.isNumber || "+-.eE".contains($0) }
        // "1e" would read as a number followed by the unknown unit "e".
        guard let value = Double(numberPart), value.isFinite else { return nil }
        let unit = trimmed.dropFirst(numberPart.count).trimmingCharacters(in: .whitespaces)
        guard let factor = unit.isEmpty ? 1 : millisecondsPerUnit[unit] else { return nil }
        return value * factor
    }
}
