import CLibPQ

/// The fields PostgreSQL sends with an error (see the protocol's "Error and Notice Message Fields").
public struct ServerErrorFields: Sendable, Equatable {
    public var message: String
    public var sqlState: String?
    public var detail: String?
    public var hint: String?
    /// One-based character position in the statement, when the server points at one.
    public var position: Int?

    public init(message: String, sqlState: String?, detail: String? = nil, hint: String? = nil, position: Int? = nil) {
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.position = position
    }

    init(result: OpaquePointer) {
        func field(_ code: Int32) -> String? {
            PQresultErrorField(result, code).map { String(cString: $0) }
        }
        let primary = field(Int32(UInt8(ascii: "M")))
        message = primary ?? String(cString: PQresultErrorMessage(result))
        sqlState = field(Int32(UInt8(ascii: "C")))
        detail = field(Int32(UInt8(ascii: "D")))
        hint = field(Int32(UInt8(ascii: "H")))
        position = field(Int32(UInt8(ascii: "P"))).flatMap { Int($0) }
    }
}

/// Errors from talking to PostgreSQL. Messages never contain passwords.
public enum PostgresError: Error, Sendable, CustomStringConvertible {
    case connection(target: String, message: String)
    case server(ServerErrorFields, statement: String)

    public var sqlState: String? {
        if case .server(let fields, _) = self { return fields.sqlState }
        return nil
    }

    public var description: String {
        switch self {
        case .connection(let target, let message):
            return "could not connect to \(target): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
        case .server(let fields, _):
            var text = fields.message.trimmingCharacters(in: .whitespacesAndNewlines)
            if let state = fields.sqlState { text += " (SQLSTATE \(state))" }
            if let detail = fields.detail { text += "\nDETAIL: \(detail)" }
            if let hint = fields.hint { text += "\nHINT: \(hint)" }
            return text
        }
    }
}
