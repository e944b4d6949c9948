import Foundation

/// Canonical text of a tree: what two trees are compared by once the normalizer has run.
extension Node {
    /// Position fields (`ParseLoc` in libpg_query's struct definitions) say where text was, not what
    /// it means; they differ between any two spellings. Every key of every tree compared passes here:
    /// the length is read first (without decoding the key), so most keys are told apart without any
    /// comparison of text, and the rest with one or two.
    static func isPositionKey(_ key: String) -> Bool {
        switch key.utf8.count {
        case 8: return key == "location" || key == "stmt_len" || key == "list_end"
        case 10: return key == "list_start"
        case 12: return key == "arg_location"
        case 13: return key == "stmt_location" || key == "name_location"
        case 14: return key == "rexpr_list_end"
        case 16: return key == "payload_location" || key == "rexpr_list_start"
        case 17: return key == "conninfo_location"
        default: return false
        }
    }

    /// The tree without position fields.
    public var withoutLocations: Node {
        rewrittenWithoutLocations { $0 }
    }

    /// `withoutLocations.rewritten(transform)` in one walk: `transform` sees each node with its children
    /// done and its own position fields gone.
    public func rewrittenWithoutLocations(_ transform: (Node) -> Node) -> Node {
        switch self {
        case .object(let fields):
            return transform(.object(fields.withoutPositions { $0.rewrittenWithoutLocations(transform) }))
        case .array(let items):
            return transform(.array(items.map { $0.rewrittenWithoutLocations(transform) }))
        default:
            return transform(self)
        }
    }

    /// A deterministic serialization: keys sorted, positions dropped.
    public var canonicalText: String {
        // Written as bytes and made a String once: appending to a String checks its storage on every
        // piece, and an expression's text has hundreds of pieces.
        var output: [UInt8] = []
        output.reserveCapacity(256)
        writeCanonical(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func writeCanonical(into output: inout [UInt8]) {
        switch self {
        case .object(let fields):
            output.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) where !Node.isPositionKey(key) {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                output.append(contentsOf: key.utf8)
                output.append(UInt8(ascii: ":"))
                value.writeCanonical(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                item.writeCanonical(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .string(let value):
            output.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") { output.append(UInt8(ascii: "\\")) }
                output.append(byte)
            }
            output.append(UInt8(ascii: "\""))
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: String(value).utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        }
    }
}
