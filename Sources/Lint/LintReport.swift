import Foundation

/// What `lint` prints: as text (file:line:col, code, severity, message, the line, mitigation), as JSON
/// (`"version": 1`), or as GitHub workflow commands that annotate the pull request's lines.
public struct LintReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, github }

    public var findings: [LintFinding]
    /// How many files were linted, for the summary line.
    public var fileCount: Int

    public init(findings: [LintFinding], fileCount: Int) {
        self.findings = findings
        self.fileCount = fileCount
    }

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

    public var summary: String {
        "lint: \(errorCount) error(s), \(warningCount) warning(s) in \(fileCount) file(s)"
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: return (findings.map(Self.text) + [summary]).joined(separator: "\n\n")
        case .json: return json
        case .github: return (findings.map(Self.annotation) + [summary]).joined(separator: "\n")
        }
    }

    static func text(_ finding: LintFinding) -> String {
        var lines = ["\(finding.file):\(finding.line):\(finding.column): \(finding.severity.rawValue) \(finding.code.rawValue) "
                        + "(\(finding.category.rawValue)): \(finding.message.summary)"]
        if !finding.sourceLine.isEmpty {
            let gutter = String(finding.line)
            let caret = String(finding.sourceLine.prefix(max(0, finding.column - 1)).map { $0 == "\t" ? "\t" : " " }) + "^"
            lines += [" \(gutter) | \(finding.sourceLine)", " \(String(repeating: " ", count: gutter.count)) | \(caret)"]
        }
        lines.append(finding.message.why)
        if finding.acknowledged { lines.append("(listed in the migration's header: reported as a warning)") }
        if !finding.message.mitigation.isEmpty {
            lines.append(finding.message.mitigationTitle)
            lines += finding.message.mitigation.enumerated().map { "\($0.offset + 1). \($0.element)" }
        }
        if finding.code != .L001, finding.code != .B106 {
            lines.append("To allow it: `-- monolayer: allow \(finding.code.rawValue) <reason>` directly above the statement.")
        }
        return lines.joined(separator: "\n")
    }

    /// `::error file=F,line=L,col=C,title=CODE::message`, escaped as GitHub's workflow commands require.
    static func annotation(_ finding: LintFinding) -> String {
        let command = finding.severity == .error ? "error" : "warning"
        let properties = "file=\(escapeProperty(finding.file)),line=\(finding.line),col=\(finding.column),"
            + "title=\(escapeProperty(finding.code.rawValue))"
        let message = ([finding.message.summary, finding.message.why]
            + finding.message.mitigation.enumerated().map { "\($0.offset + 1). \($0.element)" }).joined(separator: "\n")
        return "::\(command) \(properties)::\(escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    struct Document: Encodable {
        struct Entry: Encodable {
            var code: String
            var category: String
            var severity: String
            var file: String
            var line: Int
            var column: Int
            var summary: String
            var why: String
            var mitigationTitle: String
            var mitigation: [String]
            var acknowledged: Bool
        }
        var version = 1
        var findings: [Entry]
        var errors: Int
        var warnings: Int
        var files: Int
    }

    var json: String {
        let document = Document(findings: findings.map {
            .init(code: $0.code.rawValue, category: $0.category.rawValue, severity: $0.severity.rawValue, file: $0.file,
                  line: $0.line, column: $0.column, summary: $0.message.summary, why: $0.message.why,
                  mitigationTitle: $0.message.mitigationTitle, mitigation: $0.message.mitigation, acknowledged: $0.acknowledged)
        }, errors: errorCount, warnings: warningCount, files: fileCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
    }
}
