/// One finding: a code at a place, with how much it counts and what it says.
public struct LintFinding: Equatable, Codable, Sendable {
    public var code: LintCode
    public var category: LintCategory { code.category }
    public var severity: LintSeverity
    public var file: String
    public var line: Int
    public var column: Int
    /// The line of the file the finding points at (empty for findings without a place in SQL).
    public var sourceLine: String
    public var message: LintMessage
    /// The migration's header lists the code under `-- warnings:`: reviewed when it was written.
    public var acknowledged: Bool

    public init(code: LintCode, severity: LintSeverity, file: String, line: Int, column: Int, sourceLine: String,
                message: LintMessage, acknowledged: Bool = false) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
        self.message = message
        self.acknowledged = acknowledged
    }
}
