import CPgQuery

/// A syntax error from libpg_query, with the byte offset of the offending position when known.
public struct PgQueryError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// Zero-based byte offset into the parsed text.
    public let byteOffset: Int?
    /// What PostgreSQL adds to some errors: for PL/pgSQL, `compilation of PL/pgSQL function "..." near line N`.
    public let context: String?

    public init(message: String, byteOffset: Int?, context: String? = nil) {
        self.message = message
        self.byteOffset = byteOffset
        self.context = context
    }

    /// The line of a PL/pgSQL body an error is near (one-based, counted in the body), from the context.
    public var plpgsqlLine: Int? {
        guard let context, let range = context.range(of: "near line ", options: .backwards) else { return nil }
        return Int(context[range.upperBound...].prefix { $0.isNumber })
    }

    /// libpg_query reports a one-based *character* position; callers work in bytes.
    init(_ error: PgQueryError_C, in text: String) {
        message = error.message.map { String(cString: $0) } ?? "syntax error"
        context = error.context.map { String(cString: $0) }
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
