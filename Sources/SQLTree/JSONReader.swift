import Foundation

/// A small JSON reader for libpg_query's output.
///
/// Foundation's JSONSerialization produces `Any` trees of bridged objects that cost more to convert than
/// to parse; reading the bytes straight into `Node` keeps parsing large schema files cheap.
public struct JSONReader {
    public struct Failure: Error, CustomStringConvertible {
        public let offset: Int
        public let reason: String
        public var description: String { "invalid JSON at byte \(offset): \(reason)" }
    }

    /// The text being read, borrowed for the duration of `parse` (libpg_query's output is read where it
    /// lies, without copying it into a String first).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Fields and items of the objects and arrays being read, innermost last: each container takes its
    /// own from the top when it closes, in an array of exactly its size. Appending to a new array per
    /// container instead grew each one several times and left up to half of its capacity unused, on
    /// hundreds of thousands of containers per schema.
    private var pendingFields = ContiguousArray<NodeFields.Pair>()
    private var pendingItems = ContiguousArray<Node>()
    /// Beside each pending field and item: whether its value is a part without a position that can be
    /// shared (see SharedFieldArrays); `lastValueShared` is that of the value just read.
    private var pendingFieldShared = ContiguousArray<Bool>()
    private var pendingItemShared = ContiguousArray<Bool>()
    private var lastValueShared = false
    /// Added to every text offset in the tree (`NodeKeys.isOffset`): the input is a piece of a larger text.
    private var offsetShift = 0
    /// Equal parts without a position share one array (see SharedFieldArrays), in a result large enough to
    /// repeat them (a schema file's, not one definition's that introspection parses back and drops).
    private var sharedFields: SharedFieldArrays?
    static let sharingMinimumBytes = 16_384

    public static func parse(_ text: String) throws -> Node {
        var text = text
        return try text.withUTF8 { try parse(bytes: $0) }
    }

    /// Reads a NUL-terminated UTF-8 text, such as libpg_query's result.
    public static func parse(cString: UnsafePointer<CChar>) throws -> Node {
        let count = strlen(cString)
        return try cString.withMemoryRebound(to: UInt8.self, capacity: count) {
            try parse(bytes: UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Reads libpg_query's result for a piece of a text that starts `offsetShift` bytes into it: the tree's
    /// offsets (`location` and the like, not lengths) come out as offsets into the whole text.
    public static func parse(cString: UnsafePointer<CChar>, offsetShift: Int) throws -> Node {
        let count = strlen(cString)
        return try cString.withMemoryRebound(to: UInt8.self, capacity: count) {
            try parse(bytes: UnsafeBufferPointer(start: $0, count: count), offsetShift: offsetShift)
        }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, offsetShift: Int = 0) throws -> Node {
        var reader = JSONReader(bytes: bytes)
        reader.offsetShift = offsetShift
        if bytes.count >= sharingMinimumBytes { reader.sharedFields = SharedFieldArrays() }
        reader.skipWhitespace()
        let node = try reader.readValue()
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw reader.failure("trailing characters") }
        return node
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func failure(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func readValue() throws -> Node {
        guard index < bytes.count else { throw failure("unexpected end") }
        lastValueShared = true  // a scalar; an object or array says otherwise
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try readNumber()
        }
    }

    private mutating func expect(_ word: String) throws {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw failure("expected \(word)") }
            index += 1
        }
    }

    private mutating func readObject() throws -> Node {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object([:]) }
        let base = pendingFields.count
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected key") }
            let key = try readKey()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected :") }
            index += 1
            skipWhitespace()
            var value = try readValue()
            // -1 is "no position", and stays so.
            if offsetShift != 0, case .int(let offset) = value, offset >= 0, NodeKeys.isOffset(key) { value = .int(offset + offsetShift) }
            // A later duplicate wins, as in a dictionary (libpg_query prints none; the check is a few
            // comparisons of short keys).
            if let earlier = pendingFields[base...].firstIndex(where: { $0.key == key }) {
                pendingFields[earlier].value = value
                pendingFieldShared[earlier] = lastValueShared
            } else {
                pendingFields.append(NodeFields.Pair(value: value, key: key))
                pendingFieldShared.append(lastValueShared)
            }
            skipWhitespace()
            guard index < bytes.count else { throw failure("unterminated object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                // Fields that are all shared parts are a shared array; the object is a shared part itself
                // when it has no position either.
                let allShared = sharedFields != nil && !pendingFieldShared[base...].contains(false)
                let fields = allShared ? NodeFields(distinctPairs: pendingFields[base...], sharing: &sharedFields)
                    : NodeFields(distinctPairs: pendingFields[base...])
                lastValueShared = allShared && !fields.hasLocation
                pendingFields.removeSubrange(base...)
                pendingFieldShared.removeSubrange(base...)
                return .object(fields)
            }
            throw failure("expected , or }")
        }
    }

    private mutating func readArray() throws -> Node {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array([]) }
        let base = pendingItems.count
        while true {
            skipWhitespace()
            let item = try readValue()
            pendingItems.append(item)
            pendingItemShared.append(lastValueShared)
            skipWhitespace()
            guard index < bytes.count else { throw failure("unterminated array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                let allShared = sharedFields != nil && !pendingItemShared[base...].contains(false)
                let items = allShared ? sharedFields!.list(pendingItems[base...]) : Array(pendingItems[base...])
                lastValueShared = allShared
                pendingItems.removeSubrange(base...)
                pendingItemShared.removeSubrange(base...)
                return .array(items)
            }
            throw failure("expected , or ]")
        }
    }

    private mutating func readNumber() throws -> Node {
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        if let value = smallInteger(start..<index) { return .int(value) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if let value = Int(text) { return .int(value) }
        if let value = Double(text) { return .double(value) }
        index = start
        throw failure("invalid number")
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "e"), UInt8(ascii: "E"): return true
        default: return false
        }
    }

    /// Most numbers in the tree are locations and small constants: an optional minus and up to 18 digits
    /// are read without making a String (anything else goes through `Int` and `Double` as text).
    private func smallInteger(_ range: Range<Int>) -> Int? {
        var digits = range
        let negative = !digits.isEmpty && bytes[digits.lowerBound] == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for offset in digits {
            let digit = bytes[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return negative ? -value : value
    }

    /// A key's number (`NodeKeys`): found from its bytes where they lie, without making a String, unless
    /// it has escapes.
    private mutating func readKey() throws -> UInt16 {
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return NodeKeys.key(try readString()) }
        let key = NodeKeys.key(bytes: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]))
        index = end + 1
        return key
    }

    private mutating func readString() throws -> String {
        index += 1
        // Without escapes (almost every string), the text is taken as it lies.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            index = end + 1
            return text
        }
        var scalars: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; return String(decoding: scalars, as: UTF8.self) }
            if byte != UInt8(ascii: "\\") { scalars.append(byte); index += 1; continue }
            index += 1
            guard index < bytes.count else { break }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "u"): try appendUnicodeEscape(to: &scalars)
            default: scalars.append(escaped)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func readHex4() throws -> UInt32 {
        guard index + 4 <= bytes.count,
              let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + 4]), as: UTF8.self), radix: 16)
        else { throw failure("bad \\u escape") }
        index += 4
        return value
    }

    private mutating func appendUnicodeEscape(to scalars: inout [UInt8]) throws {
        var code = try readHex4()
        if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
           bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
            index += 2
            let low = try readHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate in \\u escape") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
    }
}
