/// Splits a relation name as `regclass` input reads it: `a.b`, `"A b"."c"`; unquoted parts fold to lower case.
public enum RelationNameParser {
    public static func split(_ text: String) -> [String] {
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
