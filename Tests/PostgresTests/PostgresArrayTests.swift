import Postgres
import Testing

/// Array literals as the server prints them in text format.
@Suite struct PostgresArrayTests {
    @Test func anUnquotedNullIsNoValueAndAQuotedOneIsText() {
        #expect(PostgresArray.elements("{NULL,\"NULL\",x}") == [nil, "NULL", "x"])
        #expect(PostgresArray.parse("{NULL,x}") == ["NULL", "x"])
    }

    @Test func quotesAndBackslashesAreUnescaped() {
        #expect(PostgresArray.elements(#"{"a\"b","c\\d","",e}"#) == [#"a"b"#, #"c\d"#, "", "e"])
    }

    @Test func multiByteCharactersPassThroughWhole() {
        #expect(PostgresArray.elements("{café,\"naïve, déjà\",日本}") == ["café", "naïve, déjà", "日本"])
    }

    @Test func anArrayInsideAnArrayComesBackAsItsOwnLiteral() {
        let outer = PostgresArray.elements(#"{500,"{n_distinct=100,n_distinct_inherited=-1}",NULL}"#)
        #expect(outer == ["500", "{n_distinct=100,n_distinct_inherited=-1}", nil])
        #expect(PostgresArray.parse(outer[1] ?? "") == ["n_distinct=100", "n_distinct_inherited=-1"])
    }

    @Test func notAnArrayReadsAsNoElements() {
        #expect(PostgresArray.elements("{}").isEmpty)
        #expect(PostgresArray.elements("").isEmpty)
        #expect(PostgresArray.elements("abc").isEmpty)
    }
}
