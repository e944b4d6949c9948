import Postgres
import Testing

/// Bugs found by review, kept fixed.
@Suite struct PostgresRegressionTests {
    @Test(arguments: [
        ("host=h password=secret dbname=d", "host=h password=*** dbname=d"),
        ("password='se cret' user=u", "password=*** user=u"),
        ("postgresql://u:secret@h/db", "postgresql://u:***@h/db"),
    ])
    func passwordsAreMaskedWhole(input: String, masked: String) throws {
        #expect(try ConnectionTarget(parsing: input).description == masked)
    }

    @Test(arguments: [
        ("{\"a,b\",c}", ["a,b", "c"]),
        ("{\"x\\\"y\"}", ["x\"y"]),
        ("{\"in progress\",done}", ["in progress", "done"]),
        ("{}", []),
    ])
    func arrayLiteralsWithQuotes(literal: String, items: [String]) {
        #expect(PostgresArray.parse(literal) == items)
    }
}
