import Foundation

/// The line on which each key of a TOML file is set, as dotted paths (`environments.production.url` → 5).
/// TOMLKit gives values without their positions; messages about a setting still name its line.
/// Reads `[table]` headers and `key = value` lines; a key it cannot place just has no line.
enum TOMLKeyLines {
    static func find(in text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var prefix: [String] = []
        var inMultilineString = false
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let quotes = line.components(separatedBy: "\"\"\"").count + line.components(separatedBy: "'''").count - 2
            defer { if quotes % 2 == 1 { inMultilineString.toggle() } }
            if inMultilineString || line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                guard let close = line.firstIndex(of: "]") else { continue }
                prefix = keyPath(line[line.index(after: line.startIndex)..<close])
                let path = prefix.joined(separator: ".")
                if lines[path] == nil { lines[path] = offset + 1 }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let path = prefix + keyPath(line[..<equals])
            for depth in prefix.count..<path.count where lines[path[...depth].joined(separator: ".")] == nil {
                lines[path[...depth].joined(separator: ".")] = offset + 1
            }
        }
        return lines
    }

    /// `a."b.c" . d` → ["a", "b.c", "d"].
    private static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }
}
