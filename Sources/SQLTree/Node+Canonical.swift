import Foundation

/// Canonical text of a tree: what two trees are compared by once the normalizer has run.
extension Node {
    /// Position fields (`ParseLoc` in libpg_query's struct definitions) say where text was, not what
    /// it means; they differ between any two spellings. A switch rather than a set: comparing a short
    /// key is cheaper than hashing it, and every key of every tree compared passes here.
    static func isPositionKey(_ key: String) -> Bool {
        switch key {
        case "location", "stmt_location", "stmt_len", "arg_location", "conninfo_location", "list_start", "list_end",
             "name_location", "payload_location", "rexpr_list_start", "rexpr_list_end": return true
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
            var result = NodeFields(minimumCapacity: fields.count)
            for (key, value) in fields where !Node.isPositionKey(key) { result.appendDistinct(key, value.rewrittenWithoutLocations(transform)) }
            return transform(.object(result))
        case .array(let items):
            return transform(.array(items.map { $0.rewrittenWithoutLocations(transform) }))
        default:
            return transform(self)
        }
    }

    /// A deterministic serialization: keys sorted, positions dropped.
    public var canonicalText: String {
        var output = ""
        writeCanonical(into: &output)
        return output
    }

    private func writeCanonical(into output: inout String) {
        switch self {
        case .object(let fields):
            output += "{"
            var first = true
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) where !Node.isPositionKey(key) {
                if !first { output += "," }
                first = false
                output += key
                output += ":"
                value.writeCanonical(into: &output)
            }
            output += "}"
        case .array(let items):
            output += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { output += "," }
                item.writeCanonical(into: &output)
            }
            output += "]"
        case .string(let value):
            output += "\""
            // Most strings (names, numbers) need no escaping; Foundation's replacing costs more than the walk.
            if value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) {
                for character in value.unicodeScalars {
                    if character == "\\" || character == "\"" { output += "\\" }
                    output.unicodeScalars.append(character)
                }
            } else {
                output += value
            }
            output += "\""
        case .int(let value): output += String(value)
        case .double(let value): output += String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        }
    }
}
