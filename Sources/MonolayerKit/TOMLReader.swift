import Foundation

/// The part of TOML that `monolayer.toml` uses: `[table]` and `[dotted.table]` headers, `key = value`
/// with strings (basic and literal), integers, booleans and comments. Anything else is an error with
/// its line, never a silent misreading.
struct TOMLReader {
    struct Failure: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
    }

    /// Keys as full dotted paths: `environments.production.url`.
    static func parse(_ text: String) throws -> [String: Value] {
        var values: [String: Value] = [:]
        var prefix = ""
        for (offset, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let lineNumber = offset + 1
            let line = stripComment(rawLine).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), !line.hasPrefix("[[") else {
                    throw Failure(line: lineNumber, message: "expected a table header like [environments.production]")
                }
                prefix = line.dropFirst().dropLast().split(separator: ".")
                    .map { unquoteKey($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: ".") + "."
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw Failure(line: lineNumber, message: "expected key = value")
            }
            let key = unquoteKey(line[..<equals].trimmingCharacters(in: .whitespaces))
            let rawValue = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { throw Failure(line: lineNumber, message: "missing key") }
            guard values[prefix + key] == nil else { throw Failure(line: lineNumber, message: "\(prefix + key) is set twice") }
            values[prefix + key] = try value(rawValue, line: lineNumber)
        }
        return values
    }

    private static func value(_ text: String, line: Int) throws -> Value {
        if text.hasPrefix("\"") {
            guard text.count >= 2, text.hasSuffix("\"") else { throw Failure(line: line, message: "unterminated string") }
            return .string(unescape(String(text.dropFirst().dropLast())))
        }
        if text.hasPrefix("'") {
            guard text.count >= 2, text.hasSuffix("'") else { throw Failure(line: line, message: "unterminated string") }
            return .string(String(text.dropFirst().dropLast()))
        }
        if text == "true" || text == "false" { return .boolean(text == "true") }
        if let number = Int(text.replacingOccurrences(of: "_", with: "")) { return .integer(number) }
        throw Failure(line: line, message: "unsupported value \(text) (use a quoted string, a number or true/false)")
    }

    /// A `#` outside quotes starts a comment.
    private static func stripComment(_ line: String) -> String {
        var quote: Character?
        var escaped = false
        for (index, character) in zip(line.indices, line) {
            if escaped { escaped = false; continue }
            if quote == "\"", character == "\\" { escaped = true; continue }
            if let open = quote { if character == open { quote = nil } }
            else if character == "\"" || character == "'" { quote = character }
            else if character == "#" { return String(line[..<index]) }
        }
        return line
    }

    private static func unquoteKey(_ key: String) -> String {
        if key.count >= 2, key.hasPrefix("\""), key.hasSuffix("\"") { return String(key.dropFirst().dropLast()) }
        return key
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
