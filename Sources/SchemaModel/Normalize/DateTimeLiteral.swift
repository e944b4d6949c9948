import Foundation

/// Date, time and interval literals in the form PostgreSQL prints them: a typed constant is stored as its
/// value and printed in the output format (`'2020-01-01'` on a timestamp column comes back as
/// `'2020-01-01 00:00:00'`). Intervals: see `IntervalLiteral`.
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
        // Every string constant is asked; one without the date's hyphen cannot match, and is not put to
        // the regular expression (whose library starts on first use, milliseconds of a run).
        guard text.utf8.contains(UInt8(ascii: "-")), let groups = match(timestamp, text) else { return nil }
        let date = String(format: "%@-%02d-%02d", groups[0]!, Int(groups[1]!)!, Int(groups[2]!)!)
        let clock = String(format: "%02d:%@:%@", Int(groups[3] ?? "0")!, groups[4] ?? "00", groups[5] ?? "00") + fraction(groups[6])
        return (date + " " + clock, groups[7] != nil)
    }

    /// A time-of-day literal (`time`, `time with time zone`) as `HH:MM:SS[.f]`; nil when the text is not one.
    public static func timeOfDay(_ text: String) -> (text: String, hasZone: Bool)? {
        guard text.utf8.contains(UInt8(ascii: ":")), let groups = match(time, text) else { return nil }
        return (String(format: "%02d:%@:%@", Int(groups[0]!)!, groups[1]!, groups[2] ?? "00") + fraction(groups[3]), groups[4] != nil)
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
