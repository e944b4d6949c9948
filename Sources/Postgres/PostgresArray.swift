/// Reads PostgreSQL's one-dimensional array literal (`{a,"b c",NULL}`) as returned in text format.
public enum PostgresArray {
    public static func parse(_ literal: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        let body = literal.dropFirst().dropLast()
        guard !body.isEmpty else { return [] }
        for character in body {
            if escaped { current.append(character); escaped = false; continue }
            switch character {
            case "\\" where quoted: escaped = true
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
