import CPgQuery

/// libpg_query's token codes and their names, read from the library once.
enum TokenCodes {
    /// Codes above this are not tokens of the grammar; text that does not parse can still scan to one
    /// (a lone character), named by its code.
    static let count = 1024

    private static let names: [String] = (0..<count).map { code in
        pg_query_token_name(PgQueryToken(rawValue: UInt32(code))).map { String(cString: $0) } ?? "TOKEN_\(code)"
    }

    static func name(_ code: UInt16) -> String {
        if Int(code) < count { return names[Int(code)] }
        return pg_query_token_name(PgQueryToken(rawValue: UInt32(code))).map { String(cString: $0) } ?? "TOKEN_\(code)"
    }

    static func code(_ token: PgQueryToken) -> UInt16 {
        token.rawValue < UInt32(UInt16.max) ? UInt16(token.rawValue) : UInt16.max
    }

    private static func code(named name: String) -> UInt16 {
        // A name the table lacks gets a code no token has, so that the checks stay false.
        names.firstIndex(of: name).map { UInt16($0) } ?? UInt16.max - 1
    }

    static let sqlComment = code(named: "SQL_COMMENT")
    static let cComment = code(named: "C_COMMENT")
    static let openParen = code(named: "ASCII_40")
    static let openBracket = code(named: "ASCII_91")
    static let closeParen = code(named: "ASCII_41")
    static let closeBracket = code(named: "ASCII_93")
    static let comma = code(named: "ASCII_44")
    static let semicolon = code(named: "ASCII_59")
}
