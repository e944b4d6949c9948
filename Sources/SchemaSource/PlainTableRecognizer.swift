import PgQuery

/// Finds, from a file's scan, the `CREATE [UNLOGGED] TABLE [IF NOT EXISTS] name (...) ...` statements whose
/// tree only the model builder's tables pass reads: no `LIKE` (copied again for indexes and comments), no
/// `INHERITS` or `PARTITION OF` (read again for the hierarchy), not `AS` or `OF type`. Reading a file
/// leaves these unparsed, and the tables pass parses each one as it builds its table and drops the tree
/// straight after (see `StatementSource.parsePendingTree`). Parsed with the rest of the file, every table's
/// tree stood at once until the tables pass ended: at 10,000 tables, half of a plan's heap at its peak.
///
/// The earlier passes need only the table's name, which is read here from the name's tokens. Only names
/// whose spelling is unambiguous are taken (plain or quoted identifiers and non-reserved keywords, at most
/// schema and table); anything else is left to the parser. What is taken is checked against the tree
/// when it is parsed (ModelBuilder+Tables), and a statement that turns out otherwise sends the whole
/// read back to parsing every statement up front.
struct PlainTableRecognizer {
    struct Found: Equatable {
        /// From the statement's first token to its `;`: the range libpg_query gives it.
        let byteRange: Range<Int>
        /// The name as written, schema first when it is qualified, each part as the parser spells it.
        let nameParts: [String]
    }

    private enum State {
        case start, created, unlogged, table, ifWord, ifNot, name, namePart, body, trailing, other
    }

    private let bytes: [UInt8]
    private(set) var found: [Found] = []
    private var state = State.start
    private var depth = 0
    private var parts: [String] = []
    private var statementStart = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Takes the file's tokens in order, comments left out.
    mutating func take(_ token: Token) {
        if token.isSemicolon {
            if state == .trailing, depth == 0 {
                found.append(Found(byteRange: statementStart..<token.byteRange.lowerBound, nameParts: parts))
            }
            state = .start
            depth = 0
            parts = []
            return
        }
        let word = token.keywordKind == .none ? "" : token.name
        switch state {
        case .start:
            state = word == "CREATE" ? .created : .other
            statementStart = token.byteRange.lowerBound
        case .created: state = word == "UNLOGGED" ? .unlogged : word == "TABLE" ? .table : .other
        case .unlogged: state = word == "TABLE" ? .table : .other
        case .table:
            if word == "IF_P" { state = .ifWord } else { takeNamePart(token) }
        case .ifWord: state = word == "NOT" ? .ifNot : .other
        case .ifNot: state = word == "EXISTS" ? .name : .other
        case .name: takeNamePart(token)
        case .namePart:
            if token.name == "ASCII_46", parts.count < 2 { state = .name }
            else if token.name == "ASCII_40" { state = .body; depth = 1 }
            else { state = .other }
        case .body, .trailing:
            if word == "LIKE" || (state == .trailing && (word == "INHERITS" || word == "AS")) { state = .other; return }
            if token.isOpenParen { depth += 1 }
            if token.isCloseParen {
                depth -= 1
                if depth < 0 { state = .other } else if depth == 0 { state = .trailing }
            }
        case .other: break
        }
    }

    private mutating func takeNamePart(_ token: Token) {
        guard let part = Self.identifier(token, in: bytes) else { state = .other; return }
        parts.append(part)
        state = .namePart
    }

    /// The identifier a token spells, when that needs none of the parser's finer rules: a quoted identifier
    /// without doubled quotes, a plain identifier of ASCII letters, digits, `_` and `$` (folded to lower
    /// case), or a keyword allowed as a name; none longer than PostgreSQL keeps (63 bytes).
    static func identifier(_ token: Token, in bytes: [UInt8]) -> String? {
        let text = bytes[token.byteRange]
        guard text.count > 0 else { return nil }
        switch token.keywordKind {
        case .unreserved, .columnName:
            return String(decoding: text, as: UTF8.self).lowercased()
        case .none where token.name == "IDENT":
            if text.first == 0x22 {
                let inner = text.dropFirst().dropLast()
                guard text.count >= 3, text.last == 0x22, inner.count <= 63, !inner.contains(0x22) else { return nil }
                return String(decoding: inner, as: UTF8.self)
            }
            guard text.count <= 63, text.allSatisfy(Self.isPlainIdentifierByte) else { return nil }
            return String(decoding: text.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        default:
            return nil
        }
    }

    private static func isPlainIdentifierByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F || byte == 0x24
    }
}
