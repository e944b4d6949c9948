import Plan

/// Something wrong with a file in the migrations folder, found before anything is applied: where
/// (the path, and the line and column in the file when the problem has a place) and why.
public struct MigrationProblem: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    /// One-based line and column in the file, when the problem is at a place in it.
    public var line: Int?
    public var column: Int?
    public var reason: String
    /// The phase folder and id the file would have as a migration (nil for a file outside the phase folders),
    /// so `migrations status` can list it with the migrations of its phase.
    public var phase: Phase?
    public var id: String?

    public init(path: String, line: Int? = nil, column: Int? = nil, reason: String, phase: Phase? = nil, id: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
        self.phase = phase
        self.id = id
    }

    /// `phase/id`, as `MigrationFile.key`.
    public var key: String? {
        guard let phase, let id else { return nil }
        return "\(phase.rawValue)/\(id)"
    }

    /// `path:line:col` (or the path alone).
    public var location: String {
        guard let line else { return path }
        return column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
    }

    public var description: String { "\(location): \(reason)" }
}

/// Line and column of a byte offset, for problems reported as `file:line:col`.
enum TextPosition {
    /// One-based line, and one-based column counted in characters (what an editor shows).
    static func of(byteOffset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let offset = max(0, min(byteOffset, bytes.count))
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.count + 1)
    }
}
