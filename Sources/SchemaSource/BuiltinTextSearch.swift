/// What the files need to know of PostgreSQL's built-in text search objects: the default parser's token
/// types, the built-in dictionaries, and the mappings of the built-in configurations (for `COPY =`),
/// which follow one pattern (read off the catalogs of PostgreSQL 15 and 18; `BuiltinTextSearchTests` compares it with a server).
public enum BuiltinTextSearch {
    public static let parser = "pg_catalog.\"default\""

    static let tokenTypes: Set<String> = [
        "asciiword", "word", "numword", "asciihword", "hword", "numhword", "hword_asciipart", "hword_part", "hword_numpart",
        "email", "protocol", "url", "host", "url_path", "file", "sfloat", "float", "int", "uint", "version", "tag", "entity", "blank",
    ]

    /// Languages with a snowball stemmer and a configuration of the same name (estonian from PostgreSQL 16).
    public static let languages: Set<String> = [
        "arabic", "armenian", "basque", "catalan", "danish", "dutch", "english", "estonian", "finnish", "french", "german", "greek",
        "hindi", "hungarian", "indonesian", "irish", "italian", "lithuanian", "nepali", "norwegian", "portuguese", "romanian",
        "russian", "serbian", "spanish", "swedish", "tamil", "turkish", "yiddish",
    ]

    /// Languages whose stemmer does not handle ASCII words, which go to english_stem instead.
    static let nonLatinLanguages: Set<String> = ["hindi", "russian"]

    static var dictionaries: Set<String> { Set(languages.map { $0 + "_stem" }).union(["simple"]) }

    static let wordTokens = ["asciihword", "asciiword", "hword", "hword_asciipart", "hword_part", "word"]
    static let asciiTokens: Set<String> = ["asciihword", "asciiword", "hword_asciipart"]
    static let otherTokens = ["email", "file", "float", "host", "hword_numpart", "int", "numhword", "numword", "sfloat", "uint",
                              "url", "url_path", "version"]

    public static func mappings(of configuration: String) -> [String: [String]]? {
        var mappings: [String: [String]] = [:]
        for token in otherTokens { mappings[token] = ["simple"] }
        if configuration == "simple" {
            for token in wordTokens { mappings[token] = ["simple"] }
            return mappings
        }
        guard languages.contains(configuration) else { return nil }
        for token in wordTokens {
            let ascii = asciiTokens.contains(token) && nonLatinLanguages.contains(configuration)
            mappings[token] = [(ascii ? "english" : configuration) + "_stem"]
        }
        return mappings
    }
}
