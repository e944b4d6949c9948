import CPgQuery

/// A syntax error from libpg_query, with the byte offset of the offending position when known.
public struct PgQueryError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// Zero-based byte offset into the parsed text.
    public let byteOffset: Int?

    public init(message: String, byteOffset: Int?) {
        self.message = message
        self.byteOffset = byteOffset
    }

    /// libpg_query reports a one-based *character* position; callers work in bytes.
    init(_ error: PgQueryError_C, in text: String) {
        message = error.message.map { String(cString: $0) } ?? "syntax error"
        let cursor = Int(error.cursorpos)
        if cursor > 0 {
            let characters = text.unicodeScalars
            let index = characters.index(characters.startIndex, offsetBy: min(cursor - 1, characters.count))
            byteOffset = text.utf8.distance(from: text.utf8.startIndex, to: index)
        } else {
            byteOffset = nil
        }
    }

    public var description: String { message }
}

typealias PgQueryError_C = CPgQuery.PgQueryError
