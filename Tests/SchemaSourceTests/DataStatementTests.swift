import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Data statements in schema files (Rails' `schema_migrations` rows, pg_dump's `COPY` blocks and `setval`
/// calls, seed rows) are skipped with one notice per file; `strict` makes them errors at `file:line:col`.
@Suite struct DataStatementTests {
    @Test(arguments: [
        ("INSERT INTO t VALUES (1);", "INSERT"),
        ("INSERT INTO \"t\" (a) VALUES\n('1'),\n('2');", "INSERT"),
        ("UPDATE t SET a = 1;", "UPDATE"),
        ("DELETE FROM t;", "DELETE"),
        ("MERGE INTO t USING t AS u ON t.a = u.a WHEN MATCHED THEN DELETE;", "MERGE"),
        ("COPY t (a) FROM stdin;\n1\n2\n\\.", "COPY"),
        ("COPY t FROM '/tmp/rows.csv' WITH (FORMAT csv);", "COPY"),
        ("SELECT pg_catalog.setval('s', 1, true);", "SELECT setval"),
        ("SELECT setval('public.s', 42);", "SELECT setval"),
    ])
    func eachDataStatementIsSkippedWithANotice(statement: String, kind: String) throws {
        let loaded = try read(["a.sql": "CREATE TABLE t (a integer);\nCREATE SEQUENCE s;\n  \(statement)\nCREATE TABLE u (b integer);\n"])
        #expect(loaded.model.tables.count == 2)
        #expect(loaded.skipped == [SkippedStatement(file: "a.sql", line: 3, column: 3, kind: kind)])
        let notice = try #require(loaded.notices.first)
        #expect(loaded.notices.count == 1)
        #expect(notice.severity == .notice)
        #expect(notice.message == "1 data statement skipped (\(kind))")
        #expect(notice.description.hasPrefix("a.sql:3:3: notice: 1 data statement skipped (\(kind))\n 3 |   "))
        #expect(notice.hint?.contains("data migration") == true)
        #expect(notice.hint?.contains("--strict") == true)
    }

    @Test(arguments: [
        ("INSERT INTO t VALUES (1);", "INSERT"),
        ("UPDATE t SET a = 1;", "UPDATE"),
        ("DELETE FROM t;", "DELETE"),
        ("COPY t (a) FROM stdin;\n1\n\\.", "COPY"),
        ("SELECT pg_catalog.setval('s', 1, true);", "SELECT setval"),
    ])
    func strictRefusesEachOfThemWhereItStands(statement: String, kind: String) throws {
        let diagnostics = failures(["a.sql": "CREATE TABLE t (a integer);\nCREATE SEQUENCE s;\n\n  \(statement)\n"], strict: true)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "\(kind) is a data statement, not a schema statement")
        #expect((diagnostic.line, diagnostic.column) == (4, 3))
        #expect(diagnostic.hint?.contains("data migration") == true)
    }

    @Test func strictReportsEveryDataStatementOfEveryFile() {
        let diagnostics = failures([
            "a.sql": "CREATE TABLE t (a integer);\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\n",
            "b.sql": "DELETE FROM t;\n",
        ], strict: true)
        #expect(diagnostics.map { "\($0.file):\($0.line)" } == ["a.sql:2", "a.sql:3", "b.sql:1"])
    }

    /// One notice per file, however many statements: count, kinds, the first one's place.
    @Test func oneNoticePerFileCountsTheStatementsAndPointsAtTheFirst() throws {
        let loaded = try read([
            "a.sql": """
                CREATE TABLE schema_migrations (version text PRIMARY KEY);
                CREATE SEQUENCE s;
                -- rows
                INSERT INTO "schema_migrations" (version) VALUES
                ('20240101'),
                ('20240102');
                SELECT pg_catalog.setval('s', 1, false);
                INSERT INTO schema_migrations VALUES ('3');
                """,
            "b.sql": "CREATE TABLE u (a integer);\n",
            "c.sql": "\n\nUPDATE u SET a = 1;\n",
        ])
        #expect(loaded.skipped.map(\.kind) == ["INSERT", "SELECT setval", "INSERT", "UPDATE"])
        #expect(loaded.notices.map(\.message) == [
            "3 data statements skipped (INSERT, SELECT setval), the first here",
            "1 data statement skipped (UPDATE)",
        ])
        #expect(loaded.notices.map { "\($0.file):\($0.line):\($0.column)" } == ["a.sql:4:1", "c.sql:3:1"])
        #expect(loaded.model.tables.count == 2)
    }

    @Test func filesWithoutDataHaveNoNotice() throws {
        let loaded = try read(["a.sql": "CREATE TABLE t (a integer);"])
        #expect(loaded.skipped.isEmpty)
        #expect(loaded.notices.isEmpty)
    }

    /// The rows after `COPY ... FROM stdin` are not SQL: quotes that never close, backslashes, tabs, lines
    /// that look like statements. They are consumed up to `\.`, and reading goes on after them.
    @Test func copyRowsAreConsumedUpToTheTerminator() throws {
        let loaded = try read(["dump.sql": """
            CREATE TABLE public.people (id integer, name text, note text);

            COPY public.people (id, name, note) FROM stdin;
            1\tO'Brien\t\\N
            2\tit's "quoted\t-- not a comment
            3\tDROP TABLE people;\t/* open
            \\.

            CREATE TABLE public.after_copy (id integer);
            COPY public.after_copy FROM STDIN WITH (FORMAT csv);
            1
            \\.
            CREATE INDEX after_copy_id ON public.after_copy (id);
            """])
        #expect(Set(loaded.model.tables.keys.map(\.name)) == ["people", "after_copy"])
        #expect(loaded.model.indexes.count == 1)
        #expect(loaded.skipped.map { "\($0.kind)@\($0.line):\($0.column)" } == ["COPY@3:1", "COPY@10:1"])
        #expect(loaded.notices.map(\.message) == ["2 data statements skipped (COPY), the first here"])
    }

    /// psql ends the rows at the end of the file when `\.` is missing.
    @Test func copyRowsWithoutTerminatorRunToTheEndOfTheFile() throws {
        let loaded = try read([
            "a.sql": "CREATE TABLE t (a text);\nCOPY t FROM stdin;\nit's\n",
            "b.sql": "CREATE TABLE u (a text);\n",
        ])
        #expect(loaded.model.tables.count == 2)
        #expect(loaded.skipped.map(\.kind) == ["COPY"])
    }

    /// Rows that look like psql lines or includes stay rows.
    @Test func copyRowsAreNeverIncludesOrMetaCommands() throws {
        let loaded = try read(["a.sql": "CREATE TABLE t (a text);\nCOPY t FROM stdin;\n\\i other.sql\nx\n\\.\nCREATE TABLE u (a text);\n"])
        #expect(loaded.model.tables.count == 2)
    }

    /// `stdin` elsewhere (a column named so, COPY TO) is not a data block.
    @Test func onlyCopyFromStdinHasRows() throws {
        let loaded = try read(["a.sql": "CREATE TABLE stdin_rows (stdin text);\nCOMMENT ON COLUMN stdin_rows.stdin IS 'COPY t FROM stdin;';\nCREATE TABLE u (a text);\n"])
        #expect(loaded.model.tables.count == 2)
        #expect(loaded.skipped.isEmpty)
    }

    /// Data in a file that another includes is counted for that file.
    @Test func dataInAnIncludedFileIsNoticedForThatFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "CREATE TABLE t (a integer);\n\\ir seed.inc\n".write(to: folder.appendingPathComponent("main.sql"), atomically: true, encoding: .utf8)
        try "\nINSERT INTO t VALUES (1);\n".write(to: folder.appendingPathComponent("seed.inc"), atomically: true, encoding: .utf8)
        let loaded = try SchemaLoader().read(path: folder, base: folder)
        #expect(loaded.notices.count == 1)
        #expect(loaded.notices.first?.file.hasSuffix("seed.inc") == true)
        #expect(loaded.notices.first?.line == 2)
    }

    // MARK: - Helpers

    func read(_ files: KeyValuePairs<String, String>, strict: Bool = false) throws -> LoadedSchema {
        try SchemaLoader(strict: strict).read(files: files.map {
            SourceFile(url: URL(fileURLWithPath: "/x/" + $0.key), displayPath: $0.key, text: $0.value)
        })
    }

    func failures(_ files: KeyValuePairs<String, String>, strict: Bool = false) -> [Diagnostic] {
        do {
            _ = try read(files, strict: strict)
            Issue.record("expected the files to be rejected")
            return []
        } catch {
            return (error as? DiagnosticList)?.diagnostics ?? []
        }
    }
}
