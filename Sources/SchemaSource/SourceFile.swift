import Foundation

/// One schema file's text, with byte offsets mapped to lines and columns for diagnostics.
public struct SourceFile: Sendable {
    /// The path as shown to the user (relative to where the command runs when possible).
    public let displayPath: String
    public let url: URL
    /// The text as parsed: psql meta-command lines and the rows of `COPY ... FROM stdin` blanked out (same
    /// length, so offsets stay true).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Kept as bytes alone (a String of the same text besides would hold every schema file twice).
    let bytes: [UInt8]
    private let lineStarts: [Int]
    /// `\i` / `\ir` (and `\include`, `\include_relative`) lines, in order.
    public let includes: [Include]

    /// A psql include: the file it names and where the line is.
    public struct Include: Sendable {
        public var path: String
        /// `\ir`: relative to the including file, rather than to the schema folder.
        public var relative: Bool
        public var byteOffset: Int
    }

    public init(url: URL, displayPath: String, text: String) {
        let blanked = SourceFile.blankingMetaCommands(text)
        // The rows after `COPY ... FROM stdin` are data, not SQL: blanked like meta lines (COPY statements
        // are data statements, which the loader skips or, under --strict, refuses).
        let dataBlocks = CopyData.blocks(in: blanked, original: text)
        let includes = SourceFile.includes(in: text).filter { include in !dataBlocks.contains { $0.contains(include.byteOffset) } }
        self.init(url: url, displayPath: displayPath, preparedText: SourceFile.blanking(dataBlocks, in: blanked), includes: includes)
    }

    /// A definition the server printed: no meta-commands, includes or COPY data to look for.
    static func catalogDefinition(_ sql: String) -> SourceFile {
        SourceFile(url: catalogURL, displayPath: "<catalog>", preparedText: sql, includes: [])
    }

    private static let catalogURL = URL(fileURLWithPath: "/dev/null")

    /// Text already prepared for the parser (a view of a file, see `replacing`).
    private init(url: URL, displayPath: String, preparedText: String, includes: [Include]) {
        self.url = url
        self.displayPath = displayPath
        self.includes = includes
        bytes = Array(preparedText.utf8)
        // Counted first: grown by appending, the array kept up to half its capacity unused.
        var starts: [Int] = []
        starts.reserveCapacity(bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
        starts.append(0)
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The same file with the string literal at `literal` replaced by its value, `content`, written from
    /// `contentStart` (just after the literal's opening quote or `$tag$`) and padded with spaces to the
    /// literal's length, so every position outside the literal, and inside a literal without escapes, stays
    /// true. A `DO` block's body and a string that a PL/pgSQL `EXECUTE` runs are read as SQL through such a
    /// view. Nil when the value does not fit (it never is longer than the literal that spells it).
    func replacing(literal: Range<Int>, contentStart: Int, with content: String) -> SourceFile? {
        let value = Array(content.utf8)
        guard literal.lowerBound <= contentStart, contentStart + value.count <= literal.upperBound,
              literal.upperBound <= bytes.count else { return nil }
        // Written without escapes (a dollar-quoted body): the file holds the value where it stands already.
        if bytes[contentStart..<(contentStart + value.count)].elementsEqual(value) { return self }
        var viewBytes = Array(bytes[..<literal.lowerBound])
        viewBytes += [UInt8](repeating: 0x20, count: contentStart - literal.lowerBound)
        viewBytes += value
        viewBytes += [UInt8](repeating: 0x20, count: literal.upperBound - contentStart - value.count)
        viewBytes += bytes[literal.upperBound...]
        return SourceFile(url: url, displayPath: displayPath, preparedText: String(decoding: viewBytes, as: UTF8.self), includes: [])
    }

    /// Spaces for the bytes in `ranges`, newlines kept, so positions and line numbers stay true.
    static func blanking(_ ranges: [Range<Int>], in text: String) -> String {
        guard !ranges.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for range in ranges {
            for offset in range where bytes[offset] != 0x0A { bytes[offset] = 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// psql meta-commands (`\restrict`, `\set`, `\connect`, ...) are not SQL; pg_dump writes some.
    /// They are replaced by spaces so the parser skips them and positions do not move.
    /// `\i` and `\ir` lines are kept in `includes` by the loader before this runs.
    /// Works on the bytes, a line ending at each newline byte: every definition the introspector reads back
    /// passes through here too, and Foundation's line splitting cost more than parsing them (and kept a
    /// CRLF pair together, so a CRLF file was one long line).
    static func blankingMetaCommands(_ text: String) -> String {
        var bytes = Array(text.utf8)
        guard bytes.contains(backslash) else { return text }
        var changed = false
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if isMetaCommand(bytes[lineStart..<lineEnd]) {
                for index in lineStart..<lineEnd { bytes[index] = 0x20 }
                changed = true
            }
            lineStart = lineEnd + 1
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    private static let backslash = UInt8(ascii: "\\")

    /// A line whose first character after blanks is a backslash. Blanks are Unicode's (as `.whitespaces`),
    /// so a line that starts with a non-ASCII character is decoded and trimmed as text.
    private static func isMetaCommand(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        if line[first] == backslash { return true }
        guard line[first] >= 0x80 else { return false }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).hasPrefix("\\")
    }

    /// `\i` and `\ir` lines (and their long spellings). Lines end at each newline byte; a carriage return
    /// before it is not part of the path.
    static func includes(in text: String) -> [Include] {
        let bytes = Array(text.utf8)
        guard bytes.contains(backslash) else { return [] }
        var found: [Include] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[lineStart..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            if isMetaCommand(line), let include = include(String(decoding: line, as: UTF8.self), at: lineStart) { found.append(include) }
            lineStart = lineEnd + 1
        }
        return found
    }

    private static func include(_ line: String, at offset: Int) -> Include? {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { return nil }
        let relative: Bool
        switch words[0] {
        case "\\i", "\\include": relative = false
        case "\\ir", "\\include_relative": relative = true
        default: return nil
        }
        var path = words[1].trimmingCharacters(in: .whitespaces)
        if path.count >= 2, path.hasPrefix("'"), path.hasSuffix("'") { path = String(path.dropFirst().dropLast()) }
        return Include(path: path, relative: relative, byteOffset: offset)
    }

    /// One-based line and column (in characters) of a byte offset.
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let prefix = String(decoding: bytes[lineStarts[low]..<clamped], as: UTF8.self)
        return (low + 1, prefix.count + 1)
    }

    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    public func diagnostic(atByte offset: Int, _ message: String, hint: String? = nil) -> Diagnostic {
        let (line, column) = position(ofByte: offset)
        return Diagnostic(file: displayPath, line: line, column: column, message: message,
                          sourceLine: lineText(line), hint: hint)
    }
}
