import SchemaModel
import Testing

/// `Identifier.quote` mirrors PostgreSQL's `quote_ident`; `QualifiedName.sql` uses it for both parts.
@Suite struct IdentifierTests {
    @Test(arguments: [
        ("users", "users"),
        ("user_accounts_2", "user_accounts_2"),
        ("_private", "_private"),
        // Unreserved keywords need no quotes.
        ("key", "key"),
        ("name", "name"),
        ("type", "type"),
        ("data", "data"),
        // Reserved, column-name and type/function-name keywords do.
        ("select", "\"select\""),
        ("user", "\"user\""),
        ("order", "\"order\""),
        ("table", "\"table\""),
        ("int", "\"int\""),
        ("left", "\"left\""),
        ("timestamp", "\"timestamp\""),
        // Anything but lower-case letters, digits and underscores.
        ("Users", "\"Users\""),
        ("userId", "\"userId\""),
        ("my table", "\"my table\""),
        ("a-b", "\"a-b\""),
        ("1st", "\"1st\""),
        ("a\"b", "\"a\"\"b\""),
        ("\"", "\"\"\"\""),
        ("café", "\"café\""),
        ("ñame", "\"ñame\""),
        ("", "\"\""),
    ])
    func quotesLikeQuoteIdent(name: String, expected: String) {
        #expect(Identifier.quote(name) == expected)
    }

    @Test(arguments: [("numeric", "numeric"), ("integer", "integer"), ("Mood", "\"Mood\""), ("my type", "\"my type\"")])
    func quoteIgnoringKeywordsStillQuotesOddCharacters(name: String, expected: String) {
        #expect(Identifier.quoteIgnoringKeywords(name) == expected)
    }

    @Test func qualifiedNamesQuoteEachPart() {
        #expect(QualifiedName("public", "users").sql == "public.users")
        #expect(QualifiedName("App", "order").sql == "\"App\".\"order\"")
        #expect(QualifiedName("public", "a.b").description == "public.\"a.b\"")
    }

    @Test func qualifiedNamesSortBySchemaThenName() {
        let names = [QualifiedName("b", "a"), QualifiedName("a", "z"), QualifiedName("a", "b")]
        #expect(names.sorted() == [QualifiedName("a", "b"), QualifiedName("a", "z"), QualifiedName("b", "a")])
    }
}
