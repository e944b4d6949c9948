import PgQuery
import SchemaSource
import SQLTree

/// Runs the rules over migrations and schema files, applies the allow comments and the configured
/// severities. Pure: the caller reads the files and decides which ones to lint.
public struct Linter {
    /// `[lint]` of monolayer.toml; codes not named keep their default severity.
    public var severities: [LintCode: LintSeverity]

    public init(severities: [LintCode: LintSeverity] = [:]) {
        self.severities = severities
    }

    public func severity(of code: LintCode) -> LintSeverity { severities[code] ?? code.defaultSeverity }

    /// The findings of `sources`, in order. Migrations are read in the order given (what an earlier
    /// one creates is not existing for a later one); SQL that does not parse is an input error.
    public func lint(_ sources: [LintSource]) throws(DiagnosticList) -> [LintFinding] {
        var history = LintHistory()
        var findings: [LintFinding] = []
        var problems: [Diagnostic] = []
        for source in sources {
            do { findings += try lint(source, history: &history) } catch { problems.append(error) }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return findings
    }

    private func lint(_ source: LintSource, history: inout LintHistory) throws(Diagnostic) -> [LintFinding] {
        let file = source.file
        let base = source.range.lowerBound
        let text = file.slice(source.range)
        let statements: [RawStatement]
        let tokens: [Token]
        do {
            statements = try PgQuery.parse(text)
            tokens = try PgQuery.scan(text)
        } catch {
            throw file.diagnostic(atByte: base + (error.byteOffset ?? 0), error.message)
        }
        var allows: [LintAllow] = []
        for token in tokens where token.name == "SQL_COMMENT" {
            let offset = base + token.byteRange.lowerBound
            if let allow = try LintAllow.read(file.slice(offset..<(base + token.byteRange.upperBound)), at: offset, in: file) {
                allows.append(allow)
            }
        }
        var findings: [LintFinding] = []
        for raw in statements where raw.node != .null {
            let start = base + (tokens.first { !$0.isComment && $0.byteRange.lowerBound >= raw.byteOffset }?.byteRange.lowerBound ?? raw.byteOffset)
            let statement = LintStatement(node: raw.node, byteOffset: start, kind: source.kind,
                                          transactional: source.isTransactionalMigration)
            let attached = LintAllow.above(start, tokens: tokens, allows: allows, file: file, base: base)
            for hit in LintRules.all.flatMap({ $0.check(statement, history) }) where hit.code.looksAt == source.kind.family {
                if let allow = attached.first(where: { allows[$0].code == hit.code }) {
                    allows[allow].used = true
                    continue
                }
                findings += finding(hit.code, hit.message, at: hit.byteOffset.map { base + $0 } ?? start, in: source)
            }
            // Schema files declare the desired state; only what migrations create is new to later migrations.
            if source.kind.family == .migration { history.record(raw.node) }
        }
        for allow in allows where !allow.used {
            findings += finding(.L001, LintCatalogue.unusedAllow(allow.code.rawValue), at: allow.byteOffset, in: source)
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The finding as configured: none when its code is off; at most a warning when the migration's
    /// header acknowledges it.
    private func finding(_ code: LintCode, _ message: LintMessage, at offset: Int, in source: LintSource) -> [LintFinding] {
        var level = severity(of: code)
        let acknowledged = source.acknowledgedCodes.contains(code.rawValue)
        if acknowledged { level = min(level, .warning) }
        guard level != .off else { return [] }
        let (line, column) = source.file.position(ofByte: offset)
        return [LintFinding(code: code, severity: level, file: source.file.displayPath, line: line, column: column,
                            sourceLine: source.file.lineText(line), message: message, acknowledged: acknowledged)]
    }

    /// B106 for an environment of monolayer.toml whose lock_timeout is 0 (`line`: where it is set).
    public func environmentWithoutLockTimeout(_ environment: String, file: String, line: Int, sourceLine: String) -> LintFinding? {
        let level = severity(of: .B106)
        guard level != .off else { return nil }
        return LintFinding(code: .B106, severity: level, file: file, line: line, column: 1, sourceLine: sourceLine,
                           message: LintCatalogue.environmentWithoutLockTimeout(environment))
    }
}
