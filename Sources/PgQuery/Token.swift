/// A scanner token: its byte range in the input, libpg_query's token name (`IDENT`, `SQL_COMMENT`,
/// `ASCII_40` for `(`, keyword names such as `DEFAULT`) and, for keywords, how reserved they are.
///
/// Stored as offsets and the scanner's token code in 12 bytes: a schema has tens of thousands of tokens
/// and statements keep theirs, so a range of two `Int`s and a `String` name (40 bytes) were a tenth of
/// the memory a plan used. The name is looked up from the code when asked for.
public struct Token: Sendable, Equatable {
    /// PostgreSQL's keyword categories (see the documentation's "SQL Key Words" appendix).
    public enum KeywordKind: String, Sendable {
        case none = "NO_KEYWORD"
        case unreserved = "UNRESERVED_KEYWORD"
        case columnName = "COL_NAME_KEYWORD"
        case typeOrFunctionName = "TYPE_FUNC_NAME_KEYWORD"
        case reserved = "RESERVED_KEYWORD"
    }

    private let start: UInt32
    private let end: UInt32
    private let code: UInt16
    public let keywordKind: KeywordKind

    init(start: Int, end: Int, code: UInt16, keywordKind: KeywordKind) {
        self.start = UInt32(start)
        self.end = UInt32(end)
        self.code = code
        self.keywordKind = keywordKind
    }

    public var byteRange: Range<Int> { Int(start)..<Int(end) }
    public var name: String { TokenCodes.name(code) }

    /// The same token in a text that this one's input starts `offset` bytes into.
    public func shifted(by offset: Int) -> Token {
        Token(start: Int(start) + offset, end: Int(end) + offset, code: code, keywordKind: keywordKind)
    }

    public var isComment: Bool { code == TokenCodes.sqlComment || code == TokenCodes.cComment }
    public var isOpenParen: Bool { code == TokenCodes.openParen || code == TokenCodes.openBracket }
    public var isCloseParen: Bool { code == TokenCodes.closeParen || code == TokenCodes.closeBracket }
    public var isComma: Bool { code == TokenCodes.comma }
    public var isSemicolon: Bool { code == TokenCodes.semicolon }
}
