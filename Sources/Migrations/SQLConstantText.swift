import Foundation
/// The values of string constants and quoted names as the scanner returns them (raw text), and the
/// escaped spellings the migration writer uses when a value must not show line breaks.
enum SQLConstantText {
    /// The value of an `SCONST` token: `'..'` (doubled quotes, continuation lines), `E'..'`
    /// (backslash escapes) or `$tag$..$tag$` (verbatim). Nil for a form this does not read.
    static func stringValue(_ raw: String) -> String? {
        let scalars = Array(raw.unicodeScalars)
        guard let first = scalars.first else { return nil }
        if first == "$" {
            guard let close = scalars.dropFirst().firstIndex(of: "$") else { return nil }
            let tagLength = close + 1
            guard scalars.count >= 2 * tagLength else { return nil }
            return String(String.UnicodeScalarView(scalars[tagLength..<(scalars.count - tagLength)]))
        }
        let extended = first == "E" || first == "e"
        return quotedValue(Array(scalars.dropFirst(extended ? 1 : 0)), extended: extended)
    }

    /// `'a'` and `'a'\n'b'` (adjacent constants separated by a line break are one constant).
    private static func quotedValue(_ scalars: [Unicode.Scalar], extended: Bool) -> String? {
        var value = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "'" else {
                guard scalars[index].properties.isWhitespace else { return nil }
                index += 1
                continue
            }
            index += 1
            while true {
                guard index < scalars.count else { return nil }
                let scalar = scalars[index]
                if scalar == "'" {
                    if index + 1 < scalars.count, scalars[index + 1] == "'" { value.append("'"); index += 2; continue }
                    index += 1
                    break
                }
                if extended, scalar == "\\" {
                    guard let (decoded, length) = escape(scalars, at: index + 1) else { return nil }
                    value.append(decoded)
                    index += 1 + length
                    continue
                }
                value.append(scalar)
                index += 1
            }
        }
        return String(value)
    }

    /// The character a backslash escape of an `E'..'` string stands for, and how many scalars follow the backslash.
    private static func escape(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < scalars.count else { return nil }
        let simple: [Unicode.Scalar: Unicode.Scalar] = ["b": "\u{8}", "f": "\u{C}", "n": "\n", "r": "\r", "t": "\t"]
        let scalar = scalars[index]
        if let value = simple[scalar] { return (value, 1) }
        func number(from start: Int, maxDigits: Int, radix: Int) -> (Unicode.Scalar, Int)? {
            var digits = ""
            while digits.count < maxDigits, start + digits.count < scalars.count,
                  Int(String(scalars[start + digits.count]), radix: radix) != nil {
                digits.unicodeScalars.append(scalars[start + digits.count])
            }
            guard !digits.isEmpty, let code = UInt32(digits, radix: radix), let value = Unicode.Scalar(code) else { return nil }
            return (value, start - index + digits.count)
        }
        switch scalar {
        case "0"..."7": return number(from: index, maxDigits: 3, radix: 8)
        case "x": return number(from: index + 1, maxDigits: 2, radix: 16)
        case "u": return number(from: index + 1, maxDigits: 4, radix: 16)
        case "U": return number(from: index + 1, maxDigits: 8, radix: 16)
        default: return (scalar, 1)
        }
    }

    /// The name in a quoted identifier token: `"a""b"` is `a"b`.
    static func identifierValue(_ raw: String) -> String? {
        guard raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") else { return nil }
        return String(raw.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// `E'..'` with the line breaks, backslashes and quotes escaped: one physical line.
    static func escapedString(_ value: String) -> String {
        var out = "E'"
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// `U&".."` with the line breaks written as `\000A`: one physical line.
    static func escapedIdentifier(_ value: String) -> String {
        var out = "U&\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\"\""
            case "\n": out += "\\000A"
            case "\r": out += "\\000D"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
