import PgQuery
import SQLTree

/// One statement with the file it came from, its scanner tokens (absolute byte offsets) and the
/// search path in force where it stands. Builders use it to slice expression text and to point
/// diagnostics at the right place.
public struct StatementSource: Sendable {
    /// One reference for all the fields: statements are copied into lists, kinds and passes many
    /// times, and a copy of the fields themselves retains and releases each of them.
    ///
    /// The tree is the one field that changes: the model builder that owns the statements releases it
    /// after the last pass that reads it (see ModelBuilder+TreeLifetimes), on the builder's one thread.
    private final class Storage: @unchecked Sendable {
        let file: SourceFile
        let kind: String?
        var tree: Node?
        let byteRange: Range<Int>
        let searchPath: [String]
        let tokens: ArraySlice<Token>
        let leadingCommentTokens: ArraySlice<Token>

        init(file: SourceFile, kind: String?, tree: Node?, byteRange: Range<Int>, searchPath: [String], tokens: ArraySlice<Token>,
             leadingCommentTokens: ArraySlice<Token>) {
            self.file = file
            self.kind = kind
            self.tree = tree
            self.byteRange = byteRange
            self.searchPath = searchPath
            self.tokens = tokens
            self.leadingCommentTokens = leadingCommentTokens
        }
    }

    private var storage: Storage

    public var file: SourceFile { storage.file }
    /// The statement's parse tree, while a reader may still need it.
    public var node: Node {
        guard let tree = storage.tree else {
            preconditionFailure("the tree of a \(kind ?? "statement") at \(file.displayPath):\(byteRange) was read after its last reader")
        }
        return tree
    }
    /// The statement's node kind (`CreateStmt`), kept when its tree is released.
    public var kind: String? { storage.kind }
    public var byteRange: Range<Int> { storage.byteRange }
    public var searchPath: [String] { storage.searchPath }
    /// The statement's tokens: a slice of its file's (scanned once for all its statements), so indices are
    /// the file's, not from zero.
    public var tokens: ArraySlice<Token> { storage.tokens }
    /// Comment tokens directly before the statement's range (the parser's range may start at the
    /// statement's first keyword), for intent markers such as `-- monolayer: renamed from`.
    public var leadingCommentTokens: ArraySlice<Token> {
        get { storage.leadingCommentTokens }
        set {
            storage = Storage(file: file, kind: kind, tree: storage.tree, byteRange: byteRange, searchPath: searchPath, tokens: tokens,
                              leadingCommentTokens: newValue)
        }
    }

    public init(file: SourceFile, node: Node, byteRange: Range<Int>, searchPath: [String]) throws(PgQueryError) {
        let text = file.slice(byteRange)
        let tokens = try PgQuery.scan(text).map { $0.shifted(by: byteRange.lowerBound) }
        self.init(file: file, node: node, byteRange: byteRange, searchPath: searchPath, tokens: tokens[...])
    }

    /// With tokens the caller already has (the file's, scanned once), rather than scanning the text again.
    init(file: SourceFile, node: Node, byteRange: Range<Int>, searchPath: [String], tokens: ArraySlice<Token>) {
        storage = Storage(file: file, kind: node.kind, tree: node, byteRange: byteRange, searchPath: searchPath, tokens: tokens,
                          leadingCommentTokens: [])
    }

    /// Which statement this is, whichever copy holds it.
    var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// Whether the tree is still held (it is until its last reader has run).
    var holdsTree: Bool { storage.tree != nil }

    /// Drops the tree for every copy of this statement; reading `node` afterwards is a programming error.
    func releaseTree() { storage.tree = nil }

    /// For text that is not in a file (introspection renders definitions and parses them back).
    public static func standalone(_ sql: String, node: Node, searchPath: [String] = ["pg_catalog"]) throws(PgQueryError) -> StatementSource {
        let file = SourceFile.catalogDefinition(sql)
        return try StatementSource(file: file, node: node, byteRange: 0..<file.bytes.count, searchPath: searchPath)
    }

    public var text: String { file.slice(byteRange) }

    /// Whether comments stand in the statement or directly above it (where rename hints are written).
    public var hasComments: Bool {
        leadingCommentTokens.contains(where: \.isComment) || tokens.contains(where: \.isComment)
    }

    /// Where the statement's first token is (its range may begin with the comments above it).
    public var startOffset: Int {
        tokens.first { !$0.isComment }?.byteRange.lowerBound ?? byteRange.lowerBound
    }

    public func diagnostic(atByte offset: Int?, _ message: String, hint: String? = nil) -> Diagnostic {
        file.diagnostic(atByte: offset ?? byteRange.lowerBound, message, hint: hint)
    }

    /// `location` fields in the tree are offsets into the file (libpg_query parsed the whole file).
    public func diagnostic(at node: Node?, _ message: String, hint: String? = nil) -> Diagnostic {
        diagnostic(atByte: node?.body?.location?.int ?? node?.location?.int, message, hint: hint)
    }

    private func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.byteRange.lowerBound >= offset } ?? tokens.endIndex
    }

    /// The text inside the first parenthesized group at or after `offset` (a CHECK's condition, an
    /// index's expression), without the outer parentheses.
    public func parenthesizedText(from offset: Int) -> String? {
        var index = tokenIndex(atOrAfter: offset)
        while index < tokens.endIndex, !tokens[index].isOpenParen { index += 1 }
        guard index < tokens.endIndex else { return nil }
        let open = tokens[index]
        var depth = 0
        for closing in index..<tokens.endIndex {
            if tokens[closing].isOpenParen { depth += 1 }
            if tokens[closing].isCloseParen {
                depth -= 1
                if depth == 0 { return file.slice(open.byteRange.upperBound..<tokens[closing].byteRange.lowerBound) }
            }
        }
        return nil
    }

    /// The text of a clause introduced by `keyword` at or after `offset`, up to the first token at the
    /// same nesting level that ends it: a comma, an unmatched `)`, a `;`, or one of `stopKeywords`.
    /// `DEFAULT` takes a `b_expr`, which cannot contain these keywords unparenthesized, so this is exact.
    public func clauseText(keyword: String, from offset: Int, stopKeywords: Set<String>) -> String? {
        var index = tokenIndex(atOrAfter: offset)
        while index < tokens.endIndex, tokens[index].name != keyword { index += 1 }
        guard index < tokens.endIndex else { return nil }
        let start = index + 1
        var end = start
        var depth = 0
        while end < tokens.endIndex {
            let token = tokens[end]
            if token.isComment { end += 1; continue }
            if depth == 0, token.isComma || token.isCloseParen || token.isSemicolon { break }
            // `DEFAULT NULL`: the first token is the expression even when it is a stop keyword.
            if depth == 0, end > start, stopKeywords.contains(token.name) { break }
            if token.isOpenParen { depth += 1 }
            if token.isCloseParen { depth -= 1 }
            end += 1
        }
        guard start < end else { return nil }
        var last = end - 1
        while last > start, tokens[last].isComment { last -= 1 }
        return file.slice(tokens[start].byteRange.lowerBound..<tokens[last].byteRange.upperBound)
    }

    /// The text from after `keyword` (at or after `offset`) to the end of the statement.
    public func trailingText(afterKeyword keyword: String, from offset: Int) -> String? {
        guard let index = tokens[tokenIndex(atOrAfter: offset)...].firstIndex(where: { $0.name == keyword }),
              index + 1 < tokens.endIndex else { return nil }
        var last = tokens.endIndex - 1
        while last > index, tokens[last].isSemicolon || tokens[last].isComment { last -= 1 }
        guard last > index else { return nil }
        return file.slice(tokens[index + 1].byteRange.lowerBound..<tokens[last].byteRange.upperBound)
    }

    /// Comment lines directly above the statement, for intent markers such as `-- monolayer: renamed from`.
    public func leadingComments(before offset: Int) -> [String] {
        var comments: [String] = []
        var index = tokenIndex(atOrAfter: offset) - 1
        while index >= tokens.startIndex, tokens[index].isComment {
            comments.insert(file.slice(tokens[index].byteRange), at: 0)
            index -= 1
        }
        return comments
    }
}
