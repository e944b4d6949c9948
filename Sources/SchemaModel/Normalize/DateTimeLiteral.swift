import Foundation

/// Date, time and interval literals in the form PostgreSQL prints them: a typed constant is stored as its
/// value and printed in the output format (`'2020-01-01'` on a timestamp column comes back as
/// `'2020-01-01 00:00:00'`, `interval '1 YEAR'` as `'1 year'`, `'90 minutes'` as `'01:30:00'`).
///
/// Dates and timestamps meet in one form, whatever their type: `YYYY-MM-DD HH:MM:SS[.f]`, without the
/// zone offset the server prints for `timestamp with time zone` (the value is written and printed in the
/// server's zone). A literal that names a zone of its own is left as written (`hasZone`), since its value
/// in the server's zone is not known offline.
public enum DateTimeLiteral {
    private static let timestamp = try! NSRegularExpression(
        pattern: #"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(z|[+-]\d{1,2}(?::?\d{2})?)?\s*$"#,
        options: [.caseInsensitive])
    private static let time = try! NSRegularExpression(pattern: #"^\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(z|[+-]\d{1,2}(?::?\d{2})?)?\s*$"#,
                                                       options: [.caseInsensitive])

    /// A date or timestamp literal in the one form; nil when the text is not one.
    public static func dateTime(_ text: String) -> (text: String, hasZone: Bool)? {
        guard let groups = match(timestamp, text) else { return nil }
        let date = String(format: "%@-%02d-%02d", groups[0]!, Int(groups[1]!)!, Int(groups[2]!)!)
        let clock = String(format: "%02d:%@:%@", Int(groups[3] ?? "0")!, groups[4] ?? "00", groups[5] ?? "00") + fraction(groups[6])
        return (date + " " + clock, groups[7] != nil)
    }

    /// A time-of-day literal (`time`, `time with time zone`) as `HH:MM:SS[.f]`; nil when the text is not one.
    public static func timeOfDay(_ text: String) -> (text: String, hasZone: Bool)? {
        guard let groups = match(time, text) else { return nil }
        return (String(format: "%02d:%@:%@", Int(groups[0]!)!, groups[1]!, groups[2] ?? "00") + fraction(groups[3]), groups[4] != nil)
    }

    /// An interval literal in PostgreSQL's output style (`1 year 2 mons 3 days 04:05:06`); nil when the
    /// text is not in the `quantity unit ...` or `HH:MM:SS` forms handled here.
    public static func interval(_ text: String) -> String? {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        var sign: Decimal = 1
        if words.last == "ago" {
            sign = -1
            words.removeLast()
        }
        var months: Decimal = 0, days: Decimal = 0, seconds: Decimal = 0
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.contains(":") {
                guard let clock = clockSeconds(word) else { return nil }
                seconds += clock
                index += 1
                continue
            }
            guard let value = Decimal(string: word), index + 1 < words.count, let unit = unitSeconds[words[index + 1]] else { return nil }
            switch unit {
            case -12: months += value * 12
            case -1: months += value
            case 0: days += value * (words[index + 1].hasPrefix("w") ? 7 : 1)
            default: seconds += value * unit
            }
            index += 2
        }
        // Fractions of months or days spill over in ways left to the server.
        guard isWhole(months), isWhole(days) else { return nil }
        return render(months: months * sign, days: days * sign, seconds: seconds * sign)
    }

    /// Units → seconds; -12 years, -1 months, 0 days (or weeks).
    private static let unitSeconds: [String: Decimal] = {
        var units: [String: Decimal] = [:]
        for (names, value) in [(["year", "years", "y", "yr", "yrs"], -12), (["mon", "mons", "month", "months"], -1),
                               (["day", "days", "d", "week", "weeks", "w"], 0), (["hour", "hours", "h", "hr", "hrs"], 3600),
                               (["minute", "minutes", "min", "mins", "m"], 60), (["second", "seconds", "sec", "secs", "s"], 1)] as [([String], Decimal)] {
            for name in names { units[name] = value }
        }
        for name in ["millisecond", "milliseconds", "ms", "msec", "msecs"] { units[name] = Decimal(string: "0.001")! }
        for name in ["microsecond", "microseconds", "us", "usec", "usecs"] { units[name] = Decimal(string: "0.000001")! }
        return units
    }()

    private static func isWhole(_ value: Decimal) -> Bool {
        var copy = value, rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .down)
        return rounded == value
    }

    private static func clockSeconds(_ word: String) -> Decimal? {
        let negative = word.hasPrefix("-")
        let parts = word.drop(while: { $0 == "-" || $0 == "+" }).split(separator: ":").map(String.init)
        guard (2...3).contains(parts.count), let hours = Decimal(string: parts[0]), let minutes = Decimal(string: parts[1]),
              let secs = Decimal(string: parts.count == 3 ? parts[2] : "0") else { return nil }
        let total = hours * 3600 + minutes * 60 + secs
        return negative ? -total : total
    }

    private static func render(months: Decimal, days: Decimal, seconds: Decimal) -> String {
        var parts: [String] = []
        let wholeMonths = NSDecimalNumber(decimal: months).intValue
        let years = wholeMonths / 12, mons = wholeMonths % 12, wholeDays = NSDecimalNumber(decimal: days).intValue
        for (value, unit) in [(years, "year"), (mons, "mon"), (wholeDays, "day")] where value != 0 {
            parts.append("\(value) \(unit)\(value == 1 ? "" : "s")")
        }
        if seconds != 0 || parts.isEmpty {
            let negative = seconds < 0
            let total = negative ? -seconds : seconds
            let whole = NSDecimalNumber(decimal: total).rounding(accordingToBehavior: NSDecimalNumberHandler(
                roundingMode: .down, scale: 0, raiseOnExactness: false, raiseOnOverflow: false, raiseOnUnderflow: false, raiseOnDivideByZero: false))
            let wholeSeconds = whole.intValue
            let fractionDigits = "\(total - whole.decimalValue)".drop(while: { $0 != "." })
            let clock = String(format: "%02d:%02d:%02d", wholeSeconds / 3600, wholeSeconds / 60 % 60, wholeSeconds % 60) + fractionDigits
            let signed = negative ? "-" : (years < 0 || mons < 0 || wholeDays < 0) ? "+" : ""
            parts.append(signed + clock)
        }
        return parts.joined(separator: " ")
    }

    private static func fraction(_ digits: String?) -> String {
        guard var digits, digits.count > 1 else { return "" }
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits == "." ? "" : digits
    }

    private static func match(_ expression: NSRegularExpression, _ text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let result = expression.firstMatch(in: text, range: range) else { return nil }
        return (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { String(text[$0]) }
        }
    }
}
