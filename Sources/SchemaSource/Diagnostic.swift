/// A problem in a schema file, pointing at the exact place: `file:line:col`, the line, a caret. A notice
/// (something read in a way the user should know about, such as skipped data statements) looks the same.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, notice }

    public var severity: Severity = .error
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var sourceLine: String
    public var hint: String?

    public init(file: String, line: Int, column: Int, message: String, sourceLine: String, hint: String? = nil,
                severity: Severity = .error) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
        self.hint = hint
    }

    public var description: String {
        // Problems found across files (a foreign key to a missing table) have no single place.
        guard line > 0 else { return "\(file): \(severity.rawValue): \(message)" + (hint.map { "\nhint: \($0)" } ?? "") }
        let gutter = String(line)
        let padding = String(repeating: " ", count: gutter.count)
        let caretIndent = String(sourceLine.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
        var text = "\(file):\(line):\(column): \(severity.rawValue): \(message)\n"
        text += " \(gutter) | \(sourceLine)\n"
        text += " \(padding) | \(caretIndent)^"
        if let hint { text += "\nhint: \(hint)" }
        return text
    }
}

/// Several diagnostics at once: everything wrong with the schema files, reported before any database is touched.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n\n") }
}
