import Postgres
import Testing

/// Password masking and database replacement in connection strings.
@Suite struct ConnectionStringTests {
    @Test(arguments: [
        ("postgresql://user:secret@host/db", "postgresql://user:***@host/db"),
        ("postgres://user:secret@host:5432/db?sslmode=require", "postgres://user:***@host:5432/db?sslmode=require"),
        ("POSTGRESQL://u:p%40ss@h/db", "POSTGRESQL://u:***@h/db"),
        ("postgresql://user:@host/db", "postgresql://user:***@host/db"),
        ("failed for postgresql://a:one@h/x and postgres://b:two@h/y",
         "failed for postgresql://a:***@h/x and postgres://b:***@h/y"),
    ])
    func masksPasswords(text: String, masked: String) {
        #expect(ConnectionString.maskPasswords(in: text) == masked)
        #expect(ConnectionString.masked(text) == masked)
    }

    @Test(arguments: [
        "postgresql://user@host/db",
        "postgresql://host:5432/db",
        "postgresql:///db?host=/tmp",
        "host=h user=u dbname=d",
        "no connection string here",
    ])
    func leavesTextWithoutPasswordsAlone(text: String) {
        #expect(ConnectionString.maskPasswords(in: text) == text)
    }

    @Test func replacesTheDatabaseOfAURL() {
        #expect(ConnectionString.replacingDatabase(in: "postgresql://u:p@h:5432/app?sslmode=disable", with: "postgres")
            == "postgresql://u:p@h:5432/postgres?sslmode=disable")
        #expect(ConnectionString.replacingDatabase(in: "postgresql://h", with: "other") == "postgresql://h/other")
    }

    @Test func appendsTheDatabaseToAKeywordString() {
        #expect(ConnectionString.replacingDatabase(in: "host=h dbname=app", with: "postgres") == "host=h dbname=app dbname=postgres")
    }
}

/// PostgreSQL's text form of one-dimensional arrays.
@Suite struct PostgresArrayTests {
    @Test(arguments: [
        ("{}", [String]()),
        ("{a}", ["a"]),
        ("{a,b,c}", ["a", "b", "c"]),
        ("{todo,in_progress,done}", ["todo", "in_progress", "done"]),
        ("{1,22,333}", ["1", "22", "333"]),
    ])
    func parsesUnquotedElements(literal: String, elements: [String]) {
        #expect(PostgresArray.parse(literal) == elements)
    }
}
