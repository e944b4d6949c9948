/// `host=localhost port=5432 dbname=app password='a b'`, read as libpq reads a keyword/value connection
/// string (its documentation's "Keyword/Value Connection Strings").
enum ConnectionKeywordParser {
    static func parameters(of text: String) throws(ConnectionTargetError) -> [ConnectionTarget.Parameter] {
        var parameters: [ConnectionTarget.Parameter] = []
        var characters = Substring(text)
        while true {
            characters = characters.drop { $0.isWhitespace }
            guard !characters.isEmpty else { return parameters }
            let keyword = characters.prefix { !$0.isWhitespace && $0 != "=" }
            characters = characters.dropFirst(keyword.count).drop { $0.isWhitespace }
            guard !keyword.isEmpty, characters.first == "=" else {
                throw .malformed("expected keyword=value pairs separated by spaces (quote a value that has spaces: password='a b')")
            }
            characters = characters.dropFirst().drop { $0.isWhitespace }
            let (value, rest) = try readValue(characters)
            parameters.append(ConnectionTarget.Parameter(keyword: String(keyword), value: value))
            characters = rest
        }
    }

    /// A quoted value ends at its closing quote, a bare one at whitespace; a backslash escapes the next character.
    private static func readValue(_ text: Substring) throws(ConnectionTargetError) -> (String, Substring) {
        var value = ""
        var rest = text
        let quoted = rest.first == "'"
        if quoted { rest = rest.dropFirst() }
        while let character = rest.first {
            if !quoted && character.isWhitespace { return (value, rest) }
            rest = rest.dropFirst()
            if character == "\\" {
                guard let escaped = rest.first else { break }
                value.append(escaped)
                rest = rest.dropFirst()
            } else if quoted && character == "'" {
                return (value, rest)
            } else {
                value.append(character)
            }
        }
        if quoted { throw .malformed("a quoted value lacks its closing quote (') ") }
        return (value, rest)
    }
}
