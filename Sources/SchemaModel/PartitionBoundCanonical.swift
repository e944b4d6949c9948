import Foundation

extension SchemaModel {
    /// Bound literals in the text PostgreSQL's output function gives for the key column's type, so that
    /// a file's `IN (FALSE)` or `FROM ('2022-01-01')` meets the catalog's `IN (false)` and
    /// `FROM ('2022-01-01 00:00:00+00')`. Run by both front ends once all tables are known (a bound's
    /// type is its parent's key column's type). Literals of other types are compared as written.
    public mutating func canonicalizePartitionBounds() {
        for (name, table) in tables {
            guard let bound = table.partitionOf, let parent = tables[bound.parent], let key = parent.partitionKey else { continue }
            let types = key.columnNames.map { column in column.flatMap { parent.column(named: $0)?.type.baseName } }
            tables[name]?.partitionOf = bound.mapLiterals { position, text in
                let type = position < types.count ? types[position] : (types.first ?? nil)
                return PartitionLiteral.canonical(text, type: type ?? "")
            }
        }
    }
}

/// Canonical text of one bound literal for a few types whose output differs from what people write.
enum PartitionLiteral {
    static func canonical(_ text: String, type: String) -> String {
        switch type {
        case "boolean": return boolean(text) ?? text
        case "timestamp with time zone": return timestamp(text, zoned: true) ?? text
        case "timestamp without time zone": return timestamp(text, zoned: false) ?? text
        case "smallint", "integer", "bigint": return Int64(text.trimmingCharacters(in: .whitespaces)).map(String.init) ?? text
        default: return text
        }
    }

    static func boolean(_ text: String) -> String? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "t", "true", "y", "yes", "on", "1": return "true"
        case "f", "false", "n", "no", "off", "0": return "false"
        default: return nil
        }
    }

    /// `YYYY-MM-DD[ HH:MM[:SS[.ffffff]]][+HH[:MM]]` → `YYYY-MM-DD HH:MM:SS[.ffffff]` (UTC `+00` when zoned).
    /// A zoned literal without an offset is read as UTC: monolayer's sessions and test servers run in UTC,
    /// and the catalog prints bounds in the session's zone. Anything else is left as written.
    static func timestamp(_ text: String, zoned: Bool) -> String? {
        let pattern = #"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:([+-])(\d{2})(?::?(\d{2}))?)?\s*$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        func group(_ index: Int) -> String? {
            guard let range = Range(match.range(at: index), in: text) else { return nil }
            return String(text[range])
        }
        var components = DateComponents()
        components.year = Int(group(1) ?? "")
        components.month = Int(group(2) ?? "")
        components.day = Int(group(3) ?? "")
        components.hour = Int(group(4) ?? "0")
        components.minute = Int(group(5) ?? "0")
        components.second = Int(group(6) ?? "0")
        var fraction = group(7) ?? ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if fraction == "." { fraction = "" }
        var offsetSeconds = 0
        if let sign = group(8) {
            guard zoned else { return nil }
            offsetSeconds = ((Int(group(9) ?? "0") ?? 0) * 3600 + (Int(group(10) ?? "0") ?? 0) * 60) * (sign == "-" ? -1 : 1)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let local = calendar.date(from: components) else { return nil }
        let utc = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: local.addingTimeInterval(TimeInterval(-offsetSeconds)))
        let rendered = String(format: "%04d-%02d-%02d %02d:%02d:%02d", utc.year!, utc.month!, utc.day!, utc.hour!, utc.minute!, utc.second!)
        return rendered + fraction + (zoned ? "+00" : "")
    }
}
