import Foundation
import Postgres
import Testing
import TestSupport

/// `Connection` against a real server: a fresh database per test.
@Suite struct ConnectionTests {
    /// A connection to a database of its own, dropped when the test is done.
    final class Database {
        let name: String
        let connection: Connection

        init() throws {
            let (name, url) = try TestServer.shared.createDatabase(prefix: "pgtest")
            self.name = name
            connection = try Connection(url)
        }

        deinit {
            connection.close()
            try? TestServer.shared.dropDatabase(name)
        }
    }

    @Test func queryBindsParametersAndReturnsNulls() throws {
        let database = try Database()
        let result = try database.connection.query(
            "SELECT $1::int + 1 AS n, $2::text AS missing, $3::text AS quoted", ["41", nil, "it's; DROP TABLE x"])
        #expect(result.columns == ["n", "missing", "quoted"])
        #expect(result.rows == [["42", nil, "it's; DROP TABLE x"]])
        let record = try #require(result.records.first)
        #expect(record.int("n") == 42)
        #expect(record["missing"] == nil)
        #expect(record.string("missing") == "")
        #expect(record["no such column"] == nil)
        #expect(result.commandTag == "SELECT 1")
    }

    /// Values are held end to end in one buffer: NULL and the empty string stay apart, multi-byte text and
    /// long values come back whole, and every row's values stay its own across many rows.
    @Test func resultValuesComeBackAsSent() throws {
        let database = try Database()
        let result = try database.connection.query("""
            SELECT i, CASE WHEN i % 3 = 0 THEN NULL WHEN i % 3 = 1 THEN '' ELSE repeat('ü', i) END AS label,
                   CASE WHEN i % 2 = 0 THEN 'Straße ' || i END AS other
            FROM generate_series(1, 200) AS i
            """)
        #expect(result.count == 200)
        let expected: [[String?]] = (1...200).map { i in
            [String(i), i % 3 == 0 ? nil : i % 3 == 1 ? "" : String(repeating: "ü", count: i), i % 2 == 0 ? "Straße \(i)" : nil]
        }
        #expect(result.rows == expected)
        #expect(result.records.map { $0["label"] } == expected.map { $0[1] })
        #expect(try database.connection.query("SELECT 1 AS a WHERE false").rows.isEmpty)
    }

    @Test func executeRunsSeveralStatements() throws {
        let database = try Database()
        let connection = database.connection
        let last = try connection.execute("""
            CREATE TABLE t (id integer PRIMARY KEY, label text);
            INSERT INTO t VALUES (1, 'a'), (2, NULL);
            SELECT count(*) AS n, count(label) AS labelled FROM t;
            """)
        #expect(last.rows == [["2", "1"]], "the last statement's result is returned")
        let rows = try connection.query("SELECT id, label, label IS NULL AS unlabelled FROM t ORDER BY id").records
        #expect(rows.map { $0.int("id") } == [1, 2])
        #expect(rows.map { $0.bool("unlabelled") } == [false, true])
        #expect(try connection.execute("").rows.isEmpty, "an empty query is not an error")
    }

    @Test func transactionCommitsOnSuccess() throws {
        let database = try Database()
        let connection = database.connection
        try connection.execute("CREATE TABLE t (id integer)")
        let value = try connection.transaction {
            try connection.execute("INSERT INTO t VALUES (1)")
            return 7
        }
        #expect(value == 7)
        #expect(try connection.query("SELECT count(*) AS n FROM t").records.first?.int("n") == 1)
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        struct Stop: Error {}
        let database = try Database()
        let connection = database.connection
        try connection.execute("CREATE TABLE t (id integer)")
        #expect(throws: Stop.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO t VALUES (1)")
                throw Stop()
            }
        }
        #expect(try connection.query("SELECT count(*) AS n FROM t").records.first?.int("n") == 0)
        // Out of the transaction again: a new one starts cleanly (no "already a transaction in progress").
        _ = connection.takeNotices()
        _ = try connection.transaction { try connection.execute("INSERT INTO t VALUES (2)") }
        #expect(connection.takeNotices().isEmpty)
        #expect(try connection.query("SELECT count(*) AS n FROM t").records.first?.int("n") == 1)
    }

    @Test func transactionRollsBackWhenAStatementFails() throws {
        let database = try Database()
        let connection = database.connection
        try connection.execute("CREATE TABLE t (id integer PRIMARY KEY)")
        #expect(throws: PostgresError.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO t VALUES (1)")
                try connection.execute("INSERT INTO t VALUES (1)")
            }
        }
        #expect(try connection.query("SELECT count(*) AS n FROM t").records.first?.int("n") == 0)
    }

    @Test func missingTableCarriesItsSQLState() throws {
        let database = try Database()
        #expect {
            try database.connection.query("SELECT * FROM missing_table")
        } throws: { error in
            guard let error = error as? PostgresError, case .server(let fields, let statement) = error else { return false }
            return error.sqlState == "42P01" && fields.message.contains("missing_table")
                && fields.position == 15 && statement == "SELECT * FROM missing_table"
                && error.description.contains("(SQLSTATE 42P01)")
        }
    }

    @Test func uniqueViolationCarriesItsSQLStateAndDetail() throws {
        let database = try Database()
        let connection = database.connection
        try connection.execute("CREATE TABLE t (email text UNIQUE); INSERT INTO t VALUES ('a@b')")
        #expect {
            try connection.query("INSERT INTO t VALUES ($1)", ["a@b"])
        } throws: { error in
            guard let error = error as? PostgresError, case .server(let fields, _) = error else { return false }
            return error.sqlState == "23505" && fields.detail?.contains("already exists") == true
                && error.description.contains("\nDETAIL: ")
        }
        // The connection stays usable after an error.
        #expect(try connection.query("SELECT 1 AS one").records.first?.int("one") == 1)
    }

    @Test func noticesAreCollectedAndTakenOnce() throws {
        let database = try Database()
        let connection = database.connection
        #expect(connection.takeNotices().isEmpty)
        try connection.execute("DROP TABLE IF EXISTS nope")
        try connection.execute("DO $$ BEGIN RAISE NOTICE 'hello %', 42; END $$")
        let notices = connection.takeNotices()
        #expect(notices.count == 2)
        #expect(notices.first?.contains("table \"nope\" does not exist, skipping") == true)
        #expect(notices.last?.hasSuffix("hello 42") == true)
        #expect(notices.allSatisfy { $0 == $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(connection.takeNotices().isEmpty)
    }

    @Test func interpolatedValuesAreSentAsParameters() throws {
        let database = try Database()
        let name = "O'Brien\"; DROP TABLE x; --"
        let missing: String? = nil
        let query: PostgresQuery = "SELECT \(name)::text AS name, \(42)::int AS n, \(missing)::text AS missing"
        #expect(query.sql == "SELECT $1::text AS name, $2::int AS n, $3::text AS missing")
        #expect(query.parameters == [name, "42", nil])
        let record = try #require(try database.connection.query(query).records.first)
        #expect(record.string("name") == name)
        #expect(record.int("n") == 42)
        #expect(record["missing"] == nil)
    }

    @Test func unescapedInterpolationIsRawSQL() {
        let table = "\"my table\""
        let query: PostgresQuery = "SELECT * FROM \(unescaped: table) WHERE id = \(1)"
        #expect(query.sql == "SELECT * FROM \"my table\" WHERE id = $1")
        #expect(query.parameters == ["1"])
        let literal: PostgresQuery = "SELECT 1"
        #expect(literal.sql == "SELECT 1")
        #expect(literal.parameters.isEmpty)
    }

    @Test func reportsTheServerVersion() throws {
        let database = try Database()
        let reported = try database.connection.query("SHOW server_version_num").rows.first?.first ?? nil
        #expect(database.connection.serverVersion == reported.flatMap { Int($0) })
        #expect(database.connection.serverVersion >= 150000)
    }

    @Test func closedConnectionRefusesQueries() throws {
        let database = try Database()
        database.connection.close()
        #expect(throws: PostgresError.self) { try database.connection.query("SELECT 1") }
        #expect(database.connection.serverVersion == 0)
    }

    @Test func connectionFailureMasksThePassword() {
        #expect {
            _ = try Connection("postgresql://u:secret@127.0.0.1:1/db?connect_timeout=5")
        } throws: { error in
            guard let error = error as? PostgresError, case .connection(let target, _) = error else { return false }
            let text = error.description
            return !text.contains("secret") && target.contains("u:***@127.0.0.1") && text.hasPrefix("could not connect to ")
        }
    }
}
