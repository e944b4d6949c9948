import SQLTree

/// One statement of a parsed text: its tree and where its text lies (byte offsets into the input).
public struct RawStatement: Sendable {
    public let node: Node
    public let byteOffset: Int
    public let byteLength: Int

    public init(node: Node, byteOffset: Int, byteLength: Int) {
        self.node = node
        self.byteOffset = byteOffset
        self.byteLength = byteLength
    }

    /// The statement's text, sliced from the input it was parsed from.
    public func text(in sql: String) -> String {
        let utf8 = Array(sql.utf8)
        let end = min(utf8.count, byteOffset + byteLength)
        return String(decoding: utf8[min(byteOffset, end)..<end], as: UTF8.self)
    }
}
