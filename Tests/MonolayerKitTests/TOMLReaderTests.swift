@testable import MonolayerKit
import Testing

/// The small TOML subset `monolayer.toml` uses.
@Suite struct TOMLReaderTests {
    @Test func readsTopLevelKeysAndTables() throws {
        let values = try TOMLReader.parse("""
            # monolayer project
            schema = "db/schema"
            migrations = 'db/migrations'

            [environments.production]
            url = "${DATABASE_URL}"   # from the environment
            lock_timeout = "5s"

            [ environments . staging ]
            url_env = "STAGING_URL"
            """)
        #expect(values == [
            "schema": .string("db/schema"),
            "migrations": .string("db/migrations"),
            "environments.production.url": .string("${DATABASE_URL}"),
            "environments.production.lock_timeout": .string("5s"),
            "environments.staging.url_env": .string("STAGING_URL"),
        ])
    }

    @Test func quotedHeaderAndKeyPartsAreUnquoted() throws {
        let values = try TOMLReader.parse("""
            [environments."eu-west"]
            "statement_timeout" = "1min"
            """)
        #expect(values == ["environments.eu-west.statement_timeout": .string("1min")])
    }

    @Test func hashInsideQuotedStringsIsNotAComment() throws {
        let values = try TOMLReader.parse("""
            a = "postgres://u:p#1@h/db" # trailing comment
            b = 'x # y'
            c = "it's" # quote of the other kind inside
            """)
        #expect(values["a"] == .string("postgres://u:p#1@h/db"))
        #expect(values["b"] == .string("x # y"))
        #expect(values["c"] == .string("it's"))
    }

    @Test func basicStringsUnescapeAndLiteralStringsDoNot() throws {
        let values = try TOMLReader.parse(#"""
            basic = "a\tb\nc\\d"
            literal = 'a\tb'
            """#)
        #expect(values["basic"] == .string("a\tb\nc\\d"))
        #expect(values["literal"] == .string(#"a\tb"#))
    }

    @Test func valueMayContainEquals() throws {
        #expect(try TOMLReader.parse(#"url = "host=h password=p""#) == ["url": .string("host=h password=p")])
    }

    @Test(arguments: [
        ("n = 42", TOMLReader.Value.integer(42)),
        ("n = -7", .integer(-7)),
        ("n = 1_000", .integer(1000)),
        ("n = 0", .integer(0)),
        ("n = true", .boolean(true)),
        ("n = false", .boolean(false)),
        ("n = \"\"", .string("")),
        ("n=\"tight\"", .string("tight")),
    ])
    func readsScalars(line: String, value: TOMLReader.Value) throws {
        #expect(try TOMLReader.parse(line) == ["n": value])
    }

    @Test func commentAndBlankLinesOnlyGiveNothing() throws {
        #expect(try TOMLReader.parse("# nothing\n\n   \n  # more\n").isEmpty)
    }

    @Test(arguments: [
        ("a = 1\nb = yes", 2, "unsupported value yes"),
        ("a = 1\n\njust words", 3, "expected key = value"),
        ("[[environments]]", 1, "expected a table header"),
        ("[environments", 1, "expected a table header"),
        ("x = \"open", 1, "unterminated string"),
        ("x = 'open", 1, "unterminated string"),
        ("x = \"", 1, "unterminated string"),
        (" = 1", 1, "missing key"),
        ("x = 1.5", 1, "unsupported value 1.5"),
        ("x =", 1, "unsupported value"),
    ])
    func errorsNameTheirLine(text: String, line: Int, message: String) {
        #expect {
            _ = try TOMLReader.parse(text)
        } throws: { error in
            guard let failure = error as? TOMLReader.Failure else { return false }
            return failure.line == line && failure.message.contains(message)
                && failure.description.hasPrefix("line \(line): ")
        }
    }

    @Test func duplicateKeysAreErrors() {
        let text = """
            [environments.production]
            url = "a"
            # again, in the same table reopened
            [environments.production]
            url = "b"
            """
        #expect {
            _ = try TOMLReader.parse(text)
        } throws: { error in
            guard let failure = error as? TOMLReader.Failure else { return false }
            return failure.line == 5 && failure.message == "environments.production.url is set twice"
        }
    }

    @Test func sameKeyInDifferentTablesIsFine() throws {
        let values = try TOMLReader.parse("url = \"top\"\n[a]\nurl = \"a\"\n[b]\nurl = \"b\"")
        #expect(values.count == 3)
        #expect(values["a.url"] == .string("a"))
        #expect(values["b.url"] == .string("b"))
    }
}
