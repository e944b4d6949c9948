import PgQuery
import SQLTree

/// One statement with the file it came from, its scanner tokens (absolute byte offsets) and the
/// search path in force where it stands. Builders use it to slice expression text and to point
/// diagnostics at the right place.
public struct StatementSource: Sendable {
    /// One reference for all the fields: statements are copied into lists, kinds and passes many
    /// times, and a copy of the fields themselves retains and releases each of them.
    ///
    /// The tree and the tokens are the fields that change, on the one thread that owns the statement:
    /// the model builder releases the tree after the last pass that reads it (see
    /// ModelBuilder+TreeLifetimes), and the tokens with it; the tokens are scanned when first asked for.
    private final class Storage: @unchecked Sendable {
        let file: SourceFile
        let kind: String?
        var tree: Node?
        let byteRange: Range<Int>
        let searchPath: [String]
        /// The statement's tokens once a reader has asked for them (see `tokens`).
        var scannedTokens: [Token]?
        let leadingCommentTokens: [Token]
        let hasRenameHints: Bool
        /// For a statement left unparsed when its file was read (see PlainStatementRecognizer), the names
        /// read from its tokens, until it is parsed.
        var pending: PendingStatement?

        init(file: SourceFile, kind: String?, tree: Node?, byteRange: Range<Int>, searchPath: [String], scannedTokens: [Token]?,
             leadingCommentTokens: [Token], hasRenameHints: Bool, pending: PendingStatement? = nil) {
            self.pending = pending
            self.file = file
            self.kind = kind
            self.tree = tree
            self.byteRange = byteRange
            self.searchPath = searchPath
            self.scannedTokens = scannedTokens
            self.leadingCommentTokens = leadingCommentTokens
            self.hasRenameHints = hasRenameHints
        }
    }

    private var storage: Storage

    public var file: SourceFile { storage.file }
    /// The statement's parse tree, while a reader may still need it.
    public var node: Node {
        guard let tree = storage.tree else {
            preconditionFailure("the tree of a \(kind ?? "statement") at \(file.displayPath):\(byteRange) was read after its last reader"
                                + " or before it was parsed")
        }
        return tree
    }
    /// The statement's node kind (`CreateStmt`), kept when its tree is released.
    public var kind: String? { storage.kind }
    public var byteRange: Range<Int> { storage.byteRange }
    public var searchPath: [String] { storage.searchPath }

    /// The statement's tokens, with the file's byte offsets. They are scanned from the statement's text
    /// when first asked for and held until its tree is released, rather than kept from the file's scan:
    /// a file's tokens take three times its text, and held by every statement until the model was built
    /// they stood beside the whole model at its peak. The text scans as it did within the file, since a
    /// statement starts where the scanner is between statements.
    public var tokens: ArraySlice<Token> {
        if let tokens = storage.scannedTokens { return tokens[...] }
        let tokens: [Token]
        do { tokens = try Self.scan(file, byteRange) } catch {
            preconditionFailure("the statement at \(file.displayPath):\(byteRange) scanned in its file but not alone: \(error.message)")
        }
        storage.scannedTokens = tokens
        return tokens[...]
    }

    /// Comment tokens directly before the statement's range (the parser's range may start at the
    /// statement's first keyword), for intent markers such as `-- monolayer: renamed from`; kept only when
    /// the statement has such a marker.
    public var leadingCommentTokens: [Token] { storage.leadingCommentTokens }

    /// Whether a rename hint comment (`-- monolayer: renamed from`) stands in the statement or directly above
    /// it: the rename pass reads the statement's tree then, and only then. Other comments (pg_dump writes
    /// one above every statement) keep no tree alive.
    public var hasRenameHints: Bool { storage.hasRenameHints }

    public init(file: SourceFile, node: Node, byteRange: Range<Int>, searchPath: [String]) throws(PgQueryError) {
        let tokens = try Self.scan(file, byteRange)
        storage = Storage(file: file, kind: node.kind, tree: node, byteRange: byteRange, searchPath: searchPath, scannedTokens: tokens,
                          leadingCommentTokens: [], hasRenameHints: RenameHintReader.anyHint(in: tokens, [], of: file))
    }

    /// With what the caller's scan of the whole file found: the comment tokens directly above the statement
    /// and those inside it (its own tokens are scanned when a reader asks).
    init(file: SourceFile, node: Node, byteRange: Range<Int>, searchPath: [String], leadingComments: [Token], innerComments: [Token]) {
        let hinted = RenameHintReader.anyHint(in: leadingComments, innerComments, of: file)
        storage = Storage(file: file, kind: node.kind, tree: node, byteRange: byteRange, searchPath: searchPath, scannedTokens: nil,
                          leadingCommentTokens: hinted ? leadingComments : [], hasRenameHints: hinted)
    }

    /// A statement that reading its file left unparsed (see PlainStatementRecognizer): the pass that reads it
    /// parses it with `parsePendingTree()`.
    init(file: SourceFile, pending: PendingStatement, byteRange: Range<Int>, searchPath: [String]) {
        storage = Storage(file: file, kind: pending.kind, tree: nil, byteRange: byteRange, searchPath: searchPath, scannedTokens: nil,
                          leadingCommentTokens: [], hasRenameHints: false, pending: pending)
    }

    /// The names read from the statement's tokens, while it waits to be parsed: the passes before the one
    /// that reads its tree read these instead.
    var pending: PendingStatement? { storage.pending }

    /// Parses a statement that reading its file left unparsed. False when its text is not one statement of
    /// the kind its tokens showed: the caller then reads the files again, parsing every statement up front.
    func parsePendingTree() -> Bool {
        guard let pending else { preconditionFailure("\(file.displayPath):\(byteRange) is not waiting to be parsed") }
        storage.pending = nil
        guard let parsed = PgQuery.parseStatement(file.bytes, in: byteRange), parsed.count == 1, parsed[0].node.kind == pending.kind
        else { return false }
        storage.tree = parsed[0].node
        return true
    }

    /// The tokens of the text in `byteRange`, with the file's offsets.
    private static func scan(_ file: SourceFile, _ byteRange: Range<Int>) throws(PgQueryError) -> [Token] {
        try PgQuery.scan(file.slice(byteRange)).map { $0.shifted(by: byteRange.lowerBound) }
    }

    /// Which statement this is, whichever copy holds it.
    var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// Whether the tree is still held (it is until its last reader has run).
    var holdsTree: Bool { storage.tree != nil }

    /// Drops the tree for every copy of this statement; reading `node` afterwards is a programming error.
    /// The tokens go too (a later reader scans them again).
    func releaseTree() {
        storage.tree = nil
        storage.scannedTokens = nil
    }

    /// For text that is not in a file (introspection renders definitions and parses them back).
    public static func standalone(_ sql: String, node: Node, searchPath: [String] = ["pg_catalog"]) throws(PgQueryError) -> StatementSource {
        let file = SourceFile.catalogDefinition(sql)
        return try StatementSource(file: file, node: node, byteRange: 0..<file.bytes.count, searchPath: searchPath)
    }

    public var text: String { file.slice(byteRange) }

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

    /// The helpers below read the tokens once into a local: `tokens` checks for a scan at every read.
    private static func index(in tokens: ArraySlice<Token>, atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.byteRange.lowerBound >= offset } ?? tokens.endIndex
    }

    /// The text inside the first parenthesized group at or after `offset` (a CHECK's condition, an
    /// index's expression), without the outer parentheses.
    public func parenthesizedText(from offset: Int) -> String? {
        let tokens = self.tokens
        var index = Self.index(in: tokens, atOrAfter: offset)
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
        let tokens = self.tokens
        var index = Self.index(in: tokens, atOrAfter: offset)
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
        let tokens = self.tokens
        guard let index = tokens[Self.index(in: tokens, atOrAfter: offset)...].firstIndex(where: { $0.name == keyword }),
              index + 1 < tokens.endIndex else { return nil }
        var last = tokens.endIndex - 1
        while last > index, tokens[last].isSemicolon || tokens[last].isComment { last -= 1 }
        guard last > index else { return nil }
        return file.slice(tokens[index + 1].byteRange.lowerBound..<tokens[last].byteRange.upperBound)
    }

    /// Comment lines directly above the statement, for intent markers such as `-- monolayer: renamed from`.
    public func leadingComments(before offset: Int) -> [String] {
        let tokens = self.tokens
        var comments: [String] = []
        var index = Self.index(in: tokens, atOrAfter: offset) - 1
        while index >= tokens.startIndex, tokens[index].isComment {
            comments.insert(file.slice(tokens[index].byteRange), at: 0)
            index -= 1
        }
        return comments
    }
}
