import Foundation
import PgQuery

/// Keeps SQL written into a migration file from containing a line that could be taken for a section
/// marker. A comment, default or function body may hold `\n-- monolayer:down\n`; written with real line
/// breaks, that text would look like the marker to anyone reading the file by lines. Such literals
/// are written in an escaped, one-line form with the same value; every other literal (an ordinary
/// multi-line function body) stays as written, so the file stays readable.
enum MarkerSafeSQL {
    static let markerPrefix = "-- monolayer:"

    static func protect(_ sql: String) -> String {
        guard sql.contains(markerPrefix), let tokens = try? PgQuery.scan(sql) else { return sql }
        let bytes = Array(sql.utf8)
        var out: [UInt8] = []
        var copied = 0
        for token in tokens {
            guard let replacement = replacement(String(decoding: bytes[token.byteRange], as: UTF8.self), kind: token.name)
            else { continue }
            out += bytes[copied..<token.byteRange.lowerBound]
            out += Array(replacement.utf8)
            copied = token.byteRange.upperBound
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func replacement(_ raw: String, kind: String) -> String? {
        guard raw.contains(markerPrefix) else { return nil }
        switch kind {
        case "SCONST":
            guard let value = SQLConstantText.stringValue(raw), hasMarkerLine(value) else { return nil }
            return SQLConstantText.escapedString(value)
        case "IDENT":
            guard let value = SQLConstantText.identifierValue(raw), hasMarkerLine(value) else { return nil }
            return SQLConstantText.escapedIdentifier(value)
        default:
            return nil
        }
    }

    /// A line whose trimmed text starts like a marker (`-- monolayer:up`, or one added later).
    static func hasMarkerLine(_ text: String) -> Bool {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).contains {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix(markerPrefix)
        }
    }
}
