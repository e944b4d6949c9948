/// Reads PostgreSQL's one-dimensional array literal (`{a,"b c",NULL}`) as returned in text format.
/// Quoted elements may hold commas, spaces and backslash-escaped quotes; an unquoted NULL is kept as the
/// text `NULL` (the catalog arrays read with this never hold nulls).
public enum PostgresArray {
    public static func parse(_ literal: String) -> [String] {
        guard literal.hasPrefix("{"), literal.hasSuffix("}"), literal.count >= 2 else { return [] }
        let body = literal.dropFirst().dropLast()
        guard !body.isEmpty else { return [] }
        var items: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in body {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\" where quoted: escaped = true
            case "\"": quoted.toggle()
            case "," where !quoted:
                items.append(current)
                current = ""
            default: current.append(character)
            }
        }
        items.append(current)
        return items
    }
}
