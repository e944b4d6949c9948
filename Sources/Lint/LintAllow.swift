import Foundation
import PgQuery
import SchemaSource

/// `-- monolayer: allow CODE reason`: among the comment lines directly above a statement (no blank line
/// between), it suppresses that code's findings for that statement. The reason is required, so the
/// review sees why; an allow that suppresses nothing is reported itself (L001).
struct LintAllow {
    static let directive = "allow"

    var code: LintCode
    var reason: String
    /// Byte offset of the comment in the file.
    var byteOffset: Int
    var used = false

    /// Reads a comment token; nil when it is not a `monolayer: allow` comment. A malformed one (unknown
    /// code, no reason) is an input error at its place.
    static func read(_ comment: String, at byteOffset: Int, in file: SourceFile) throws(Diagnostic) -> LintAllow? {
        guard comment.hasPrefix("--") else { return nil }
        let body = comment.dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard body.hasPrefix("monolayer:") else { return nil }
        let words = body.dropFirst("monolayer:".count).split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.first?.lowercased() == directive else { return nil }
        guard words.count >= 2, let code = LintCode(rawValue: String(words[1]).uppercased()) else {
            throw file.diagnostic(atByte: byteOffset, "`-- monolayer: allow` needs a lint code, such as B101",
                                  hint: "codes: \(LintCode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let reason = words.count == 3 ? words[2].trimmingCharacters(in: .whitespaces) : ""
        guard !reason.isEmpty else {
            throw file.diagnostic(atByte: byteOffset, "`-- monolayer: allow \(code.rawValue)` needs a reason after the code",
                                  hint: "-- monolayer: allow \(code.rawValue) the table has 20 rows")
        }
        return LintAllow(code: code, reason: reason, byteOffset: byteOffset)
    }

    /// The allows of each statement: the indexes (into `allows`) of those in the comment lines directly
    /// above the token at `start`.
    static func above(_ start: Int, tokens: [Token], allows: [LintAllow], file: SourceFile, base: Int) -> [Int] {
        var index = (tokens.firstIndex { $0.byteRange.lowerBound + base >= start } ?? tokens.count) - 1
        var following = start
        var found: [Int] = []
        while index >= 0, tokens[index].isComment {
            let range = (tokens[index].byteRange.lowerBound + base)..<(tokens[index].byteRange.upperBound + base)
            guard file.slice(range.upperBound..<following).filter({ $0 == "\n" }).count <= 1 else { break }
            if let allow = allows.firstIndex(where: { $0.byteOffset == range.lowerBound }) { found.append(allow) }
            following = range.lowerBound
            index -= 1
        }
        return found
    }
}
