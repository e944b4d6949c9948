/// Splits a relation name as `regclass` input reads it: `a.b`, `"A b"."c"`; unquoted parts fold to lower case.
public enum RelationNameParser {
    public static func split(_ text: String) -> [String] {
        // Every `nextval('...')` default is split, on both sides: names are nearly always ASCII, read as bytes.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return splitCharacters(text) }
        var parts: [String] = []
        var current: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { current.append(byte); index += 1 } else { quoted = false }
                } else {
                    current.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
                wasQuoted = true
            } else if byte == UInt8(ascii: ".") {
                parts.append(String(decoding: current, as: UTF8.self))
                current = []
                wasQuoted = false
            } else {
                let folds = !wasQuoted && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                current.append(folds ? byte + 32 : byte)
            }
        }
        parts.append(String(decoding: current, as: UTF8.self))
        return parts
    }

    /// The same reading by Characters, for names with non-ASCII letters (folded as Swift lower-cases them).
    static func splitCharacters(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var wasQuoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" { current.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
                wasQuoted = true
            } else if character == "." {
                parts.append(current)
                current = ""
                wasQuoted = false
            } else {
                current.append(contentsOf: wasQuoted ? String(character) : character.lowercased())
            }
        }
        parts.append(current)
        return parts
    }
}
