import Foundation
import SchemaModel
import SchemaSource
import Testing

/// What schema files may not say, and how the loader says so: `file:line:col`, the line, a caret, a hint.
@Suite struct DiagnosticTests {
    @Test func syntaxErrorShowsFileLineColumnAndCaret() throws {
        let diagnostic = try single(["a.sql": "CREATE TABLE t (\n  id integer,\n  name txt text\n);\n"])
        #expect(diagnostic.file == "a.sql")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 12)
        #expect(diagnostic.sourceLine == "  name txt text")
        #expect(diagnostic.description == """
            a.sql:3:12: error: syntax error at or near "text"
             3 |   name txt text
               |            ^
            """)
    }

    @Test func columnsCountCharactersAfterMultiByteText() throws {
        let diagnostic = try single(["a.sql": "-- ünïcödé\nCREATE TABLE t (\n  név txt text\n);"])
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 11)
        #expect(diagnostic.sourceLine == "  név txt text")
        #expect(diagnostic.description.hasSuffix("\n   | " + String(repeating: " ", count: 10) + "^"))
    }

    @Test func syntaxErrorInALaterStatementPointsAtItsOwnLine() throws {
        let diagnostic = try single(["a.sql": "CREATE TABLE é (a integer);\n\n\tCREATE TABLE u (a integer,);\n"])
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 28)
        // A tab before the error stays a tab under it, so the caret lines up.
        #expect(diagnostic.description.hasSuffix("\n   | \t" + String(repeating: " ", count: 26) + "^"))
    }

    @Test func caretLinesUpUnderWideLineNumbers() {
        let diagnostic = Diagnostic(file: "f.sql", line: 120, column: 3, message: "bad", sourceLine: "abcdef", hint: "fix it")
        #expect(diagnostic.description == "f.sql:120:3: error: bad\n 120 | abcdef\n     |   ^\nhint: fix it")
    }

    /// Statements that are neither schema nor the data statements the loader skips with a notice
    /// (DataStatementTests) are refused.
    @Test(arguments: [
        ("COPY t TO stdout;", "COPY"),
        ("TRUNCATE t;", "TRUNCATE"),
        ("SELECT 1;", "SELECT"),
        ("SELECT setval('s', 1), 2;", "SELECT"),
        ("CALL p();", "CALL"),
        ("VACUUM t;", "VACUUM"),
    ])
    func otherStatementsAreRejectedWithTheDataMigrationHint(statement: String, keyword: String) throws {
        let diagnostic = try single(["a.sql": "CREATE TABLE t (a integer);\n  \(statement)\n"])
        #expect(diagnostic.message == "\(keyword) is not a schema statement")
        #expect(diagnostic.hint?.contains("monolayer migrations scaffold data") == true)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 3)
    }

    @Test func rejectedStatementPositionSkipsLeadingComments() throws {
        let diagnostic = try single(["a.sql": "CREATE TABLE t (a integer);\n-- clean up\nTRUNCATE t;"])
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 1)
    }

    @Test func unsupportedStatementsAreRejectedByName() throws {
        let unsupported = try single(["a.sql": "CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple);"])
        #expect(unsupported.message == "CREATE TEXT SEARCH DICTIONARY statement is not supported in schema files yet")
        #expect(unsupported.hint != nil)
        let tableAs = try single(["a.sql": "CREATE TABLE t (a integer);\nCREATE TABLE u AS SELECT a FROM t;"])
        #expect(tableAs.message == "CREATE TABLE AS statement is not supported in schema files yet")
        #expect(tableAs.line == 2 && tableAs.column == 1)
    }

    @Test func tableInAnUndeclaredSchemaIsRejected() throws {
        let diagnostic = try single(["a.sql": "CREATE TABLE app.t (id integer);"])
        #expect(diagnostic.message == "schema \"app\" is not declared")
        #expect(diagnostic.hint == "add `CREATE SCHEMA app;` to a schema file")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 14)
    }

    /// Types are refused in an undeclared schema as tables are: same words, at the type's name, whatever
    /// the kind; and a schema declared in a later file is declared.
    @Test(arguments: [
        "CREATE TYPE app.mood AS ENUM ('ok');",
        "CREATE TYPE app.point2 AS (x integer, y integer);",
        "CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);",
        "CREATE TYPE app.span AS RANGE (subtype = integer);",
    ])
    func typeInAnUndeclaredSchemaIsRejected(statement: String) throws {
        let diagnostic = try single(["a.sql": "-- types\n" + statement])
        #expect(diagnostic.message == "schema \"app\" is not declared")
        #expect(diagnostic.hint == "add `CREATE SCHEMA app;` to a schema file")
        #expect(diagnostic.file == "a.sql")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == statement.components(separatedBy: "app.")[0].count + 1)
        _ = try SchemaLoader().load(files: [
            SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: statement),
            SourceFile(url: URL(fileURLWithPath: "/x/b.sql"), displayPath: "b.sql", text: "CREATE SCHEMA app;"),
        ])
    }

    @Test func domainCollationsAreRejectedWhereTheyAreWritten() throws {
        let diagnostic = try single(["a.sql": "CREATE DOMAIN d\n  AS text COLLATE \"C\";"])
        #expect(diagnostic.message == "domain collations are not supported yet")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 6)
    }

    @Test func duplicateTableIsRejectedWhereItIsRedeclared() throws {
        let diagnostic = try single([
            "a.sql": "CREATE TABLE t (id integer);",
            "b.sql": "\nCREATE TABLE public.t (id integer);",
        ])
        #expect(diagnostic.file == "b.sql")
        #expect(diagnostic.message == "table public.t is declared twice")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 14)
    }

    @Test func duplicateEnumAndColumnAreRejected() throws {
        let enumDiagnostic = try single(["a.sql": "CREATE TYPE m AS ENUM ('a');\nCREATE TYPE public.m AS ENUM ('b');"])
        #expect(enumDiagnostic.message == "type public.m is declared twice")
        let column = try single(["a.sql": "CREATE TABLE t (a integer, a text);"])
        #expect(column.message == "column \"a\" specified more than once")
    }

    @Test func syntaxErrorsInSeveralFilesAreReportedTogether() {
        let diagnostics = failures([
            "a.sql": "CREATE TABLE t (a integer,);",
            "b.sql": "CREATE TABLE ok (a integer);",
            "c.sql": "\n\nCREAT TABLE u (a integer);",
        ])
        #expect(diagnostics.map(\.file) == ["a.sql", "c.sql"])
        #expect(diagnostics.map(\.line) == [1, 3])
    }

    @Test func modelErrorsInSeveralFilesAreReportedTogether() {
        let files: KeyValuePairs<String, String> = [
            "a.sql": "TRUNCATE t;",
            "b.sql": "CREATE TABLE app.t (id integer);\nCREATE DOMAIN u AS text COLLATE \"C\";",
        ]
        let diagnostics = failures(files)
        #expect(diagnostics.count == 3)
        #expect(Set(diagnostics.map(\.file)) == ["a.sql", "b.sql"])
        let list = DiagnosticList(diagnostics)
        #expect(list.description.components(separatedBy: "\n\n").count == 3)
        #expect(list.description.contains("a.sql:1:1: error: TRUNCATE is not a schema statement"))
        #expect(list.description.contains("b.sql:2:20: error: domain collations are not supported yet"))
    }

    // MARK: - Helpers

    func failures(_ files: KeyValuePairs<String, String>) -> [Diagnostic] {
        do {
            _ = try SchemaLoader().load(files: files.map {
                SourceFile(url: URL(fileURLWithPath: "/x/" + $0.key), displayPath: $0.key, text: $0.value)
            })
            Issue.record("expected the files to be rejected")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func single(_ files: KeyValuePairs<String, String>) throws -> Diagnostic {
        let diagnostics = failures(files)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return try #require(diagnostics.first)
    }
}
