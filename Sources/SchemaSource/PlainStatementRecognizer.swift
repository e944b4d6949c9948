import PgQuery

/// Finds, from a file's scan, the statements whose tree only one pass of the model builder reads, so that
/// reading the file leaves them unparsed and that pass parses each one as it comes to it and drops the tree
/// straight after (see `StatementSource.parsePendingTree`). Parsed with the rest of the file, every table's
/// and index's tree stood at once until its pass ended, and trees take many times the text they come from.
///
/// - `CREATE [UNLOGGED] TABLE [IF NOT EXISTS] name (...) ...`, read by the tables pass: no `LIKE` (copied
///   again for indexes and comments), no `INHERITS` or `PARTITION OF` (read again for the hierarchy), not
///   `AS` or `OF type`.
/// - `CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table ...`, read by the
///   dependents pass.
///
/// The earlier passes need only the names, which are read here from their tokens. Only names whose
/// spelling is unambiguous are taken (plain or quoted identifiers and non-reserved keywords, at most schema
/// and name); anything else is left to the parser. What is taken is checked against the tree when it is
/// parsed (ModelBuilder+TreeLifetimes), and a statement that turns out otherwise sends the whole read back
/// to parsing every statement up front.
struct PlainStatementRecognizer {
    struct Found: Equatable {
        /// From the statement's first token to its `;`: the range libpg_query gives it.
        let byteRange: Range<Int>
        let statement: PendingStatement
    }

    private enum State {
        case start, created
        // CREATE [UNLOGGED] TABLE [IF NOT EXISTS] name (
        case unlogged, table, tableIf, tableIfNot, tableName, tableNamePart, body, trailing
        // CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table
        case unique, index, concurrently, indexIf, indexIfNot, indexName, indexNamed, on, relation, relationPart, indexRest
        case other
    }

    private let bytes: [UInt8]
    private(set) var found: [Found] = []
    private var state = State.start
    private var depth = 0
    private var parts: [String] = []
    private var indexName: String?
    private var statementStart = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Takes the file's tokens in order, comments left out.
    mutating func take(_ token: Token) {
        if token.isSemicolon {
            finish(at: token.byteRange.lowerBound)
            return
        }
        // Most of a file's tokens are in statements already decided (every file's scan comes through here).
        guard state != .other, state != .indexRest else { return }
        let word = token.keywordKind == .none ? "" : token.name
        switch state {
        case .start:
            state = word == "CREATE" ? .created : .other
            statementStart = token.byteRange.lowerBound
        case .created:
            switch word {
            case "UNLOGGED": state = .unlogged
            case "TABLE": state = .table
            case "UNIQUE": state = .unique
            case "INDEX": state = .index
            default: state = .other
            }
        case .unlogged: state = word == "TABLE" ? .table : .other
        case .table:
            if word == "IF_P" { state = .tableIf } else { takeNamePart(token, then: .tableNamePart) }
        case .tableIf: state = word == "NOT" ? .tableIfNot : .other
        case .tableIfNot: state = word == "EXISTS" ? .tableName : .other
        case .tableName: takeNamePart(token, then: .tableNamePart)
        case .tableNamePart:
            if token.name == "ASCII_46", parts.count < 2 { state = .tableName }
            else if token.name == "ASCII_40" { state = .body; depth = 1 }
            else { state = .other }
        case .body, .trailing:
            if word == "LIKE" || (state == .trailing && (word == "INHERITS" || word == "AS")) { state = .other; return }
            if token.isOpenParen { depth += 1 }
            if token.isCloseParen {
                depth -= 1
                if depth < 0 { state = .other } else if depth == 0 { state = .trailing }
            }
        case .unique: state = word == "INDEX" ? .index : .other
        case .index, .concurrently:
            if word == "CONCURRENTLY", state == .index { state = .concurrently }
            else if word == "IF_P" { state = .indexIf }
            else if word == "ON" { state = .on }
            else { takeIndexName(token) }
        case .indexIf: state = word == "NOT" ? .indexIfNot : .other
        case .indexIfNot: state = word == "EXISTS" ? .indexName : .other
        case .indexName: takeIndexName(token)
        case .indexNamed: state = word == "ON" ? .on : .other
        case .on:
            if word == "ONLY" { state = .relation } else { takeNamePart(token, then: .relationPart) }
        case .relation: takeNamePart(token, then: .relationPart)
        case .relationPart:
            if token.name == "ASCII_46" { state = parts.count < 2 ? .relation : .other } else { state = .indexRest }
        case .indexRest, .other: break
        }
    }

    private mutating func finish(at semicolon: Int) {
        let range = statementStart..<semicolon
        switch state {
        case .trailing where depth == 0: found.append(Found(byteRange: range, statement: .table(parts)))
        case .indexRest: found.append(Found(byteRange: range, statement: .index(name: indexName, table: parts)))
        default: break
        }
        state = .start
        depth = 0
        parts = []
        indexName = nil
    }

    private mutating func takeNamePart(_ token: Token, then next: State) {
        guard let part = Self.identifier(token, in: bytes) else { state = .other; return }
        parts.append(part)
        state = next
    }

    private mutating func takeIndexName(_ token: Token) {
        guard let name = Self.identifier(token, in: bytes) else { state = .other; return }
        indexName = name
        state = .indexNamed
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

/// A statement left unparsed when its file was read, with the names the passes before its own read from
/// its tokens (each as the parser spells it; a relation's schema first when it is qualified).
enum PendingStatement: Equatable {
    case table([String])
    case index(name: String?, table: [String])

    /// The node kind its tree has.
    var kind: String {
        switch self {
        case .table: "CreateStmt"
        case .index: "IndexStmt"
        }
    }
}
