import Foundation
import PgQuery
import SchemaModel
@testable import SchemaSource
import Testing

/// Plain `CREATE TABLE` and `CREATE INDEX` statements are left unparsed as their files are read and parsed
/// one at a time by the pass that reads them (PlainStatementRecognizer): which statements are taken, the
/// names read from their tokens, and a model and diagnostics exactly as when every statement is parsed up
/// front.
@Suite struct PendingStatementTests {
    static func found(_ sql: String) throws -> [PlainStatementRecognizer.Found] {
        let file = SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)
        var recognizer = PlainStatementRecognizer(bytes: file.bytes)
        _ = try PgQuery.scanOutline(sql) { recognizer.take($0) }
        return recognizer.found
    }

    static func names(_ sql: String) throws -> [PendingStatement] { try found(sql).map(\.statement) }

    static func reading(_ sql: String, deferring: Bool = true) throws -> StatementReading {
        var loader = SchemaLoader()
        loader.deferringPlainStatements = deferring
        var reading = StatementReading()
        try loader.readStatements(SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql), into: &reading)
        return reading
    }

    @Test func plainTablesAreTakenWithTheirNames() throws {
        #expect(try Self.names("CREATE TABLE a (id int);") == [.table(["a"])])
        #expect(try Self.names("create unlogged table IF NOT EXISTS Sales.Orders (id int) WITH (fillfactor = 70);") == [.table(["sales", "orders"])])
        #expect(try Self.names(#"CREATE TABLE "Mixed Case"."x.y" (id int) PARTITION BY RANGE (id);"#) == [.table(["Mixed Case", "x.y"])])
        #expect(try Self.names("CREATE TABLE data (name text, CHECK (name NOT LIKE '%;%')) ;") == [], "LIKE anywhere is left to the parser")
        #expect(try Self.names("CREATE TABLE t$1 (a int);\nCREATE TABLE position (a int);") == [.table(["t$1"]), .table(["position"])])
    }

    @Test func plainIndexesAreTakenWithTheirNames() throws {
        #expect(try Self.names("CREATE INDEX a_x ON a (x);") == [.index(name: "a_x", table: ["a"])])
        #expect(try Self.names("create unique index concurrently if not exists A_X on only S.A using btree (lower(x)) WHERE x <> ';';")
                == [.index(name: "a_x", table: ["s", "a"])])
        #expect(try Self.names("CREATE INDEX ON a (x);\nCREATE INDEX CONCURRENTLY ON a (y);") == [.index(name: nil, table: ["a"]), .index(name: nil, table: ["a"])])
        #expect(try Self.names("CREATE INDEX Position ON a (x);") == [.index(name: "position", table: ["a"])], "a keyword as a name")
        #expect(try Self.names(#"CREATE INDEX "Idx" ON "T" ("X") INCLUDE (y) NULLS NOT DISTINCT;"#) == [.index(name: "Idx", table: ["T"])])
    }

    @Test func everyOtherFormIsLeftToTheParser() throws {
        for sql in [
            "CREATE TABLE a (LIKE b INCLUDING ALL);",
            "CREATE TABLE a (x int) INHERITS (b);",
            "CREATE TABLE a PARTITION OF b FOR VALUES IN (1);",
            "CREATE TABLE a OF some_type;",
            "CREATE TABLE a (x) AS SELECT 1;",
            "CREATE TABLE a AS SELECT 1;",
            "CREATE TEMP TABLE a (x int);",
            "CREATE GLOBAL TEMPORARY TABLE a (x int);",
            "CREATE TABLE cat.s.a (x int);",
            #"CREATE TABLE "a""b" (x int);"#,
            #"CREATE TABLE U&"\0061" (x int);"#,
            "CREATE TABLE café (x int);",
            "CREATE TABLE \(String(repeating: "n", count: 64)) (x int);",
            "CREATE TABLE select (x int);",
            "CREATE TABLE a (x int))",
            "CREATE TABLE a (x int)",  // no `;`: the file's last statement
            "CREATE INDEX s.a_x ON a (x);",
            "CREATE INDEX a_x ON cat.s.a (x);",
            "CREATE INDEX if ON a (x);",
            "CREATE INDEX concurrently concurrently ON a (x);",
            "CREATE INDEX a_x ON select (x);",
            "CREATE INDEX a_x ON a (x)",  // no `;`
            "CREATE VIEW v AS SELECT 1;",
        ] {
            #expect(try Self.found(sql) == [], "\(sql)")
        }
    }

    /// The range taken is the one the parser gives the statement, so that the statement reads as it would.
    @Test func rangesAreTheParsersRanges() throws {
        let sql = """
            SET search_path = app;
            CREATE TABLE a (id int);   CREATE INDEX a_id ON a (id);

            CREATE TABLE b (id int, note text DEFAULT ';');
            CREATE TABLE c (id int)
            ;
            """
        let parsed = try PgQuery.parse(sql).filter { ["CreateStmt", "IndexStmt"].contains($0.node.kind) }
            .map { $0.byteOffset..<($0.byteOffset + $0.byteLength) }
        #expect(try Self.found(sql).map(\.byteRange) == parsed)
        #expect(parsed.count == 4)
    }

    @Test func readingLeavesPlainTablesUnparsedAndTheRestParsed() throws {
        let sql = """
            CREATE TABLE plain (id bigint PRIMARY KEY);
            -- monolayer: renamed from old_name
            CREATE TABLE renamed (id bigint);
            CREATE TABLE column_renamed (
                -- monolayer: renamed from old_id
                id bigint);
            --
            -- Name: commented; Type: TABLE (pg_dump writes such a comment above every statement)
            --
            CREATE TABLE commented (id bigint /* the key */);
            CREATE TABLE copy (LIKE plain);
            CREATE INDEX plain_id ON plain (id);
            """
        let statements = try Self.reading(sql).statements
        #expect(statements.map(\.kind) == ["CreateStmt", "CreateStmt", "CreateStmt", "CreateStmt", "CreateStmt", "IndexStmt"])
        #expect(statements.map(\.pending) == [.table(["plain"]), nil, nil, .table(["commented"]), nil, .index(name: "plain_id", table: ["plain"])],
                "a rename hint is read from the tree")
        #expect(statements.map(\.holdsTree) == [false, true, true, false, true, false])
        #expect(try Self.reading(sql, deferring: false).statements.allSatisfy { $0.pending == nil && $0.holdsTree })
    }

    static let schema = """
        CREATE SCHEMA app;
        CREATE TYPE app.mood AS ENUM ('ok', 'sad');
        SET search_path = app, public;
        CREATE TABLE copy (LIKE "Source" INCLUDING ALL);
        CREATE TABLE "Source" (id bigserial PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok', at timestamptz DEFAULT now());
        DROP TABLE IF EXISTS gone;
        CREATE TABLE IF NOT EXISTS gone (id int);
        CREATE UNLOGGED TABLE public.events (id bigint GENERATED ALWAYS AS IDENTITY, payload jsonb, source_id bigint REFERENCES "Source")
            PARTITION BY RANGE (id);
        CREATE TABLE events_1 PARTITION OF public.events FOR VALUES FROM (0) TO (1000);
        CREATE INDEX events_payload ON public.events USING gin (payload);
        ALTER TABLE gone ADD COLUMN note text;
        CREATE FUNCTION app.f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
        CREATE TABLE uses_f (id int DEFAULT app.f(), CHECK (id > 0));
        COMMENT ON TABLE uses_f IS 'a comment on a table parsed late';
        """

    @Test func theModelIsTheModelOfAReadThatParsesEverything() throws {
        let file = SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: Self.schema)
        let deferred = try #require(try SchemaLoader().readOnce(files: [file]), "read without falling back")
        let upFront = try #require(try SchemaLoader().parsingEveryStatement.readOnce(files: [file]))
        #expect(deferred.model == upFront.model)
        #expect(deferred.model.tables.count == 6)
        #expect(try Self.reading(Self.schema).statements.compactMap(\.pending).map(\.kind)
                == ["CreateStmt", "CreateStmt", "CreateStmt", "IndexStmt", "CreateStmt"])
    }

    /// A syntax error in a table left unparsed is reported exactly as a read that parses everything reports
    /// it, and text that parses only with the table blank (a `;` inside a function's body) reads as it does.
    @Test func whatIsWrongIsReportedAsWhenEverythingIsParsed() throws {
        for sql in [
            "CREATE TABLE a (id int,, name text);\nCREATE TABLE b (id int);\nSELEC 1;",
            "CREATE TABLE a (id int);\nCREATE TABLE b (id int REFERENCES);",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; CREATE TABLE a (id int); END;",
            "CREATE TABLE a (id int);\nCREATE TABLE a (id int);",
            "CREATE TABLE a (id int);\nCREATE INDEX a_id ON a (id,);\nCREATE INDEX a_id2 ON a (id);",
            "CREATE TABLE a (id int);\nCREATE INDEX a_id ON a (missing);",
            // A declaration a later DROP removes is never built, but is parsed all the same.
            "CREATE TABLE t (id int,,);\nDROP TABLE t;\nCREATE TABLE t (id int);",
            "CREATE TABLE t (id int);\nCREATE INDEX t_id ON t (id,);\nDROP INDEX t_id;\nCREATE INDEX t_id ON t (id);",
            "INSERT INTO a VALUES (1);\nCREATE TABLE a (id int REFERENCES missing);",
        ] {
            let file = SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)
            for loader in [SchemaLoader(), SchemaLoader(strict: true)] {
                let deferred = Result { () throws(DiagnosticList) in try loader.read(files: [file]) }
                let upFront = Result { () throws(DiagnosticList) in try loader.parsingEveryStatement.readOnce(files: [file]) }
                switch (deferred, upFront) {
                case (.failure(let got), .failure(let expected)): #expect(got.description == expected.description, "\(sql)")
                case (.success(let got), .success(let expected)):
                    #expect(got.model == expected?.model, "\(sql)")
                    #expect(sql.contains("BEGIN ATOMIC"), "only the function body reads without an error: \(sql)")
                default: Issue.record("\(sql): \(deferred) against \(upFront)")
                }
            }
        }
    }

    /// A name a pass before the statement's own reads (LIKE waiting on a table, a DROP before a table or an
    /// index) comes from its tokens, qualified with the search path in force.
    @Test func namesFromTokensServeTheEarlyPasses() throws {
        let sql = """
            SET search_path = app;
            CREATE SCHEMA app;
            CREATE TABLE copy (LIKE "Src");
            CREATE TABLE "Src" (id int);
            DROP TABLE IF EXISTS later;
            CREATE TABLE later (id int);
            DROP INDEX IF EXISTS app.later_id;
            CREATE INDEX later_id ON later (id);
            """
        let file = SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)
        let model = try #require(try SchemaLoader().readOnce(files: [file])).model
        #expect(model.tables[QualifiedName("app", "copy")]?.columns.map(\.name) == ["id"])
        #expect(model.tables[QualifiedName("app", "later")] != nil)
        #expect(model.indexes(on: QualifiedName("app", "later")).map(\.name) == ["later_id"])
    }
}
