/// Reads PostgreSQL's one-dimensional array literal (`{a,"b c",NULL}`) as returned in text format.
/// Quoted elements may hold commas, spaces and backslash-escaped quotes and backslashes.
public enum PostgresArray {
    /// The elements, an unquoted NULL as nil (a quoted `"NULL"` is the text).
    ///
    /// Read byte by byte: the characters that structure the literal are ASCII, and no byte of a
    /// multi-byte UTF-8 character is ASCII, so an element's bytes are copied through whole.
    public static func elements(_ literal: String) -> [String?] {
        var literal = literal
        return literal.withUTF8 { bytes -> [String?] in
            guard bytes.count > 2, bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}") else { return [] }
            var items: [String?] = []
            var current: [UInt8] = []
            var quoted = false, wasQuoted = false, escaped = false
            func finish() {
                let isNull = !wasQuoted && current.elementsEqual("NULL".utf8)
                items.append(isNull ? nil : String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                wasQuoted = false
            }
            for byte in bytes[1..<(bytes.count - 1)] {
                if escaped {
                    current.append(byte)
                    escaped = false
                    continue
                }
                switch byte {
                case UInt8(ascii: "\\") where quoted: escaped = true
                case UInt8(ascii: "\""):
                    quoted.toggle()
                    wasQuoted = true
                case UInt8(ascii: ",") where !quoted: finish()
                default: current.append(byte)
                }
            }
            finish()
            return items
        }
    }

    /// The elements of an array the catalog never fills with nulls (an unquoted NULL is kept as the text
    /// `NULL`).
    public static func parse(_ literal: String) -> [String] {
        elements(literal).map { $0 ?? "NULL" }
    }
}
