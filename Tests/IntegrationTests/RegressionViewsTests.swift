import Foundation
import Postgres
import SchemaModel
import Testing
import TestSupport

/// The regression-view measurement (issue 10): every view PostgreSQL 18's regression files create, on the
/// test server, compared between the schema-file front end and the catalog front end at the moment it is
/// created (see `RegressionViewRun`). Prints how many match, how many are refused (by which side, grouped by
/// reason) and how many differ, and writes the report with every refusal and difference to
/// `.build/regression-views-<major>.txt`. Fails when a view differs without being refused, or when the
/// matching rate drops below `threshold`.
@Suite struct RegressionViewsTests {
    /// The measured matching rate (percent of measured views, rounded down to one decimal) per server major
    /// version: raise it when the rate rises, never lower it to make a change pass.
    static let threshold: [Int: Double] = [15: 97.0, 18: 96.3]

    @Test(.enabled(if: RegressionViewFile.isPresent, "the regression files come with `make libpg_query`"))
    func everyRegressionViewMatchesOrIsRefused() throws {
        let started = Date()
        let setup = try RegressionViewFile.setup()
        let files = try RegressionViewFile.withViews()
        var results: [RegressionViewResult] = []
        for file in files {
            let (name, url) = try TestServer.shared.createDatabase(prefix: "regress_views")
            defer { try? TestServer.shared.dropDatabase(name) }
            // A statement that waits or runs long is given up on (`RESET` in a file falls back to these).
            try Connection(url).execute("ALTER DATABASE \(Identifier.quote(name)) SET statement_timeout = '20s'; "
                + "ALTER DATABASE \(Identifier.quote(name)) SET lock_timeout = '20s'")
            results += try RegressionViewRun.run(file, setup: setup, url: url)
        }
        let major = try TestServer.shared.majorVersion
        let report = RegressionViewsReport(results: results, files: files.count, major: major, seconds: Date().timeIntervalSince(started),
                                           threshold: Self.threshold[major] ?? 0)
        let text = report.text()
        print(text)
        let output = SqldefPairsTests.buildFolder.appendingPathComponent("regression-views-\(major).txt")
        try? text.write(to: output, atomically: true, encoding: .utf8)
        print("(report written to \(output.path))")
        #expect(report.differing.count == 0, "\(report.differing.count) views differ without being refused; first: \(report.differing.first.map { "\($0.file):\($0.line) \($0.view)" } ?? "")")
        #expect(report.rate >= report.threshold, "\(report.matched)/\(results.count) views match, below the threshold \(report.threshold)%")
    }
}

/// The measurement as text: totals, refusals by reason, then every refusal and difference.
struct RegressionViewsReport {
    var results: [RegressionViewResult]
    var files: Int
    var major: Int
    var seconds: Double
    var threshold: Double

    var matched: Int { results.filter { if case .matched = $0.outcome { true } else { false } }.count }
    var refused: [(RegressionViewResult, String, String)] {
        results.compactMap { if case .refused(let side, let reason) = $0.outcome { ($0, side, reason) } else { nil } }
    }
    var differing: [RegressionViewResult] { results.filter { if case .differs = $0.outcome { true } else { false } } }
    var rate: Double { results.isEmpty ? 0 : Double(matched) * 100 / Double(results.count) }

    func text() -> String {
        var lines = ["regression views on PostgreSQL \(major): \(results.count) views created by \(files) files in \(String(format: "%.1f", seconds)) s",
                     "matched \(matched), refused \(refused.count) (files \(refused.filter { $0.1 == "files" }.count), catalog \(refused.filter { $0.1 == "catalog" }.count)), differ \(differing.count)",
                     String(format: "rate: %.1f%% (threshold %.1f%%)", rate, threshold), "", "refusals by kind:"]
        var kinds: [String: Int] = [:]
        for (_, side, reason) in refused { kinds["\(side): \(RegressionTallyKind.kind(of: Self.message(reason)))", default: 0] += 1 }
        for (kind, count) in kinds.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) { lines.append(String(format: "%5d  %@", count, kind)) }
        lines += ["", "differences: \(differing.count)"]
        for result in differing {
            if case .differs(let detail) = result.outcome { lines.append("  \(result.file):\(result.line) \(result.view)\n      \(detail)") }
        }
        lines += ["", "refusals: \(refused.count)"]
        for (result, side, reason) in refused { lines.append("  \(result.file):\(result.line) \(result.view) [\(side)] \(reason.replacingOccurrences(of: "\n", with: " ⏎ "))") }
        return lines.joined(separator: "\n")
    }

    /// The diagnostic's message without its location prefix and source excerpt.
    static func message(_ text: String) -> String {
        let first = text.split(separator: "\n").first.map(String.init) ?? text
        guard let range = first.range(of: #"^\S+:\d+:\d+: (error: )?"#, options: .regularExpression) else { return first }
        return String(first[range.upperBound...])
    }
}

/// Messages with names and numbers taken out, to count refusals by kind.
enum RegressionTallyKind {
    static func kind(of message: String) -> String {
        var kind = message.replacingOccurrences(of: #""[^"]*""#, with: "\"…\"", options: .regularExpression)
        kind = kind.replacingOccurrences(of: #"\b[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_"…]*"#, with: "NAME", options: .regularExpression)
        return kind.replacingOccurrences(of: #"\d+"#, with: "N", options: .regularExpression)
    }
}
