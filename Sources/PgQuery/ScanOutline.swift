/// What reading a file needs of its scan, without a token for every word of it (a large schema has
/// millions, which held while the file's statements were parsed were a fifth of the memory in use):
/// where its semicolons are, to cut it into pieces to parse, and its comments, which are few.
public struct ScanOutline: Sendable {
    /// A comment token and where the first token after it that is not a comment starts (the text's end
    /// when none follows).
    public struct Comment: Sendable {
        public let token: Token
        public internal(set) var nextCodeStart: Int
    }

    /// The byte offsets of the `;` tokens.
    public let semicolons: [Int]
    /// The comment tokens, in order.
    public let comments: [Comment]

    /// The comments of a statement whose text is `range`, for statements taken in the order of the text
    /// (`cursor` carries the place from one to the next, starting at 0): those directly above it, with only
    /// comments between them and its first token, which its range may not include (a rename hint), and
    /// those inside it.
    public func comments(of range: Range<Int>, cursor: inout Int) -> (leading: [Token], inside: [Token]) {
        while cursor < comments.count, comments[cursor].token.byteRange.lowerBound < range.lowerBound { cursor += 1 }
        var first = cursor
        while first > 0, comments[first - 1].nextCodeStart >= range.lowerBound { first -= 1 }
        let leading = comments[first..<cursor].map(\.token)
        var end = cursor
        while end < comments.count, comments[end].token.byteRange.lowerBound < range.upperBound { end += 1 }
        return (leading, comments[cursor..<end].map(\.token))
    }
}
