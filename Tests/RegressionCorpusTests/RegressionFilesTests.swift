import Foundation
import PgQuery
import SchemaSource
import Testing

/// Parser robustness (issue 3): every statement of PostgreSQL 18's regression SQL (shipped in the
/// pglast source distribution under vendor/) goes through the schema-file front end on its own. Each
/// must become model objects or a clear diagnostic with a position; nothing may crash or hang.
@Suite struct RegressionFilesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("vendor/libpg_query/test/sql/postgres_regress")

    @Test func everyStatementBecomesModelOrDiagnostic() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files.count > 200, "the regression files come with `make libpg_query`")
        var tally = RegressionTally()
        for name in files {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            let bytes = Array(text.utf8)
            guard let ranges = try? PgQuery.splitWithScanner(text) else {
                // The scanner itself stops (an unterminated literal): the file is one input with one diagnostic.
                tally.unsplittable += 1
                tally.record(text, file: name)
                continue
            }
            for range in ranges {
                let statement = String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
                tally.record(statement, file: name)
            }
        }
        print(tally.report)
        #expect(tally.statements > 20_000)
        #expect(tally.withoutPosition.isEmpty, "diagnostics without a position: \(tally.withoutPosition.prefix(5))")
        #expect(tally.accepted > 1_000, "plain CREATE TABLE and friends are accepted")
    }
}

/// Counts outcomes by kind of diagnostic (the message with names and numbers taken out).
struct RegressionTally {
    var statements = 0
    var accepted = 0
    var unsplittable = 0
    var kinds: [String: Int] = [:]
    var withoutPosition: [String] = []

    mutating func record(_ statement: String, file: String) {
        statements += 1
        let source = SourceFile(url: URL(fileURLWithPath: "/regress/\(file)"), displayPath: file, text: statement)
        do {
            _ = try SchemaLoader().load(files: [source])
            accepted += 1
        } catch {
            for diagnostic in error.diagnostics {
                kinds[Self.kind(of: diagnostic.message), default: 0] += 1
                if diagnostic.line == 0 && diagnostic.file != "schema files" { withoutPosition.append("\(file): \(diagnostic.message)") }
            }
        }
    }

    static func kind(of message: String) -> String {
        var kind = message.replacingOccurrences(of: #""[^"]*""#, with: "\"…\"", options: .regularExpression)
        kind = kind.replacingOccurrences(of: #"\b[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_"…]*"#, with: "NAME", options: .regularExpression)
        kind = kind.replacingOccurrences(of: #"\d+"#, with: "N", options: .regularExpression)
        return kind
    }

    var report: String {
        var lines = ["regression files: \(statements) statements, \(accepted) accepted as schema, "
                     + "\(statements - accepted) refused with a diagnostic, \(unsplittable) files unsplittable",
                     "diagnostics by kind (top 40):"]
        for (kind, count) in kinds.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(40) {
            lines.append(String(format: "%7d  %@", count, kind))
        }
        return lines.joined(separator: "\n")
    }
}
