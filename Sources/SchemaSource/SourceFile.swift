import Foundation

/// One schema file's text, with byte offsets mapped to lines and columns for diagnostics.
public struct SourceFile: Sendable {
    /// The path as shown to the user (relative to where the command runs when possible).
    public let displayPath: String
    public let url: URL
    /// The text as parsed: psql meta-command lines blanked out (same length, so offsets stay true).
    public let text: String
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
        self.url = url
        self.displayPath = displayPath
        includes = SourceFile.includes(in: text)
        self.text = SourceFile.blankingMetaCommands(text)
        bytes = Array(self.text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// psql meta-commands (`\restrict`, `\set`, `\connect`, ...) are not SQL; pg_dump writes some.
    /// They are replaced by spaces so the parser skips them and positions do not move.
    /// `\i` and `\ir` lines are kept in `includes` by the loader before this runs.
    static func blankingMetaCommands(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var lines = text.components(separatedBy: "\n")
        for index in lines.indices where lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("\\") {
            lines[index] = String(repeating: " ", count: lines[index].utf8.count)
        }
        return lines.joined(separator: "\n")
    }

    static func includes(in text: String) -> [Include] {
        guard text.contains("\\i") else { return [] }
        var found: [Include] = []
        var offset = 0
        for line in text.components(separatedBy: "\n") {
            defer { offset += line.utf8.count + 1 }
            let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
            guard words.count == 2 else { continue }
            let relative: Bool
            switch words[0] {
            case "\\i", "\\include": relative = false
            case "\\ir", "\\include_relative": relative = true
            default: continue
            }
            var path = words[1].trimmingCharacters(in: .whitespaces)
            if path.count >= 2, path.hasPrefix("'"), path.hasSuffix("'") { path = String(path.dropFirst().dropLast()) }
            found.append(Include(path: path, relative: relative, byteOffset: offset))
        }
        return found
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
