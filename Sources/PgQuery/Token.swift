/// A scanner token: its byte range in the input, libpg_query's token name (`IDENT`, `SQL_COMMENT`,
/// `ASCII_40` for `(`, keyword names such as `DEFAULT`) and, for keywords, how reserved they are.
public struct Token: Sendable, Equatable {
    /// PostgreSQL's keyword categories (see the documentation's "SQL Key Words" appendix).
    public enum KeywordKind: String, Sendable {
        case none = "NO_KEYWORD"
        case unreserved = "UNRESERVED_KEYWORD"
        case columnName = "COL_NAME_KEYWORD"
        case typeOrFunctionName = "TYPE_FUNC_NAME_KEYWORD"
        case reserved = "RESERVED_KEYWORD"
    }

    public let byteRange: Range<Int>
    public let name: String
    public let keywordKind: KeywordKind

    public init(byteRange: Range<Int>, name: String, keywordKind: KeywordKind) {
        self.byteRange = byteRange
        self.name = name
        self.keywordKind = keywordKind
    }

    public var isComment: Bool { name == "SQL_COMMENT" || name == "C_COMMENT" }
    public var isOpenParen: Bool { name == "ASCII_40" || name == "ASCII_91" }
    public var isCloseParen: Bool { name == "ASCII_41" || name == "ASCII_93" }
    public var isComma: Bool { name == "ASCII_44" }
    public var isSemicolon: Bool { name == "ASCII_59" }
}
