import Foundation
import SchemaModel
import SchemaSource
import Testing

/// `DO` blocks: read as the declarations of their main path when that is all it holds (with a notice),
/// refused where anything else stands. Parsed with PL/pgSQL's parser, never matched as text.
@Suite struct DoBlockTests {
    /// The installer-fallback idiom (MusicBrainz writes it): the main path declares, the handler declares a
    /// fallback. The main path's declarations are the schema; the handler is not read.
    @Test func mainPathDeclarationsAreReadAndTheHandlerIsNot() throws {
        let loaded = try read(["ext.sql": """
            CREATE SCHEMA app;
            -- the fast version where C functions are allowed
            DO $$
            BEGIN
              CREATE OR REPLACE FUNCTION public.immutable_upper(text)
                RETURNS text LANGUAGE sql IMMUTABLE AS
              $f$ SELECT upper($1) $f$;

              CREATE OR REPLACE FUNCTION app.shout(text)
                RETURNS text LANGUAGE sql IMMUTABLE AS
              $f$
                SELECT public.immutable_upper($1)
              $f$;
            EXCEPTION
              WHEN insufficient_privilege THEN
                CREATE OR REPLACE FUNCTION app.shout(text)
                  RETURNS text LANGUAGE sql IMMUTABLE AS
                $f$ SELECT lower($1) $f$;
            END
            $$;
            """])
        let shout = try #require(loaded.model.functions.values.first { $0.identity.name == QualifiedName("app", "shout") })
        #expect(shout.definitionText.contains("immutable_upper"))
        #expect(loaded.model.functions.count == 2)
        let notice = try #require(loaded.notices.first)
        #expect(loaded.notices.count == 1)
        #expect(notice.severity == .notice)
        #expect((notice.file, notice.line, notice.column) == ("ext.sql", 3, 1))
        #expect(notice.message == "DO block read as the 2 declarations of its main path (CREATE FUNCTION); its EXCEPTION handler is not read")
        #expect(loaded.skipped.isEmpty)
    }

    /// The declarations point at their own lines: an error in one is reported inside the block.
    @Test func declarationsInsideTheBlockAreReportedWhereTheyStand() throws {
        let diagnostic = try single(["a.sql": "CREATE TABLE t (a integer);\nDO $$\nBEGIN\n  CREATE INDEX i ON t (missing);\nEND\n$$;\n"])
        #expect(diagnostic.message == "index i uses column \"missing\", which public.t does not have")
        #expect((diagnostic.line, diagnostic.column) == (4, 21))
        #expect(diagnostic.sourceLine == "  CREATE INDEX i ON t (missing);")
    }

    /// "Create if missing": the handler swallows the duplicate, the main path declares.
    @Test func duplicateObjectIdiomDeclaresTheType() throws {
        let loaded = try read(["a.sql": """
            DO $$ BEGIN
                CREATE TYPE mood AS ENUM ('ok', 'sad');
            EXCEPTION
                WHEN duplicate_object THEN null;
            END $$;
            CREATE TABLE t (m mood);
            """])
        #expect(loaded.model.enums[QualifiedName("public", "mood")]?.labels == ["ok", "sad"])
        #expect(loaded.notices.map(\.message) == ["DO block read as the declaration of its main path (CREATE TYPE); its EXCEPTION handler is not read"])
    }

    /// `EXECUTE` of a constant string, quotes doubled inside it, with the search path in force.
    @Test func executeOfAConstantStringIsReadAsItsStatements() throws {
        let loaded = try read(["a.sql": """
            SET search_path = app;
            CREATE SCHEMA app;
            DO LANGUAGE plpgsql $body$
            BEGIN
              EXECUTE 'CREATE TABLE t (a text DEFAULT ''x'')';
              EXECUTE $q$COMMENT ON TABLE t IS 'rows'$q$;
              RAISE NOTICE 'declared';
            END
            $body$;
            """])
        let table = try #require(loaded.model.tables[QualifiedName("app", "t")])
        #expect(table.column(named: "a")?.defaultValue?.text == "'x'")
        #expect(loaded.model.comments[.table(QualifiedName("app", "t"))] == "rows")
        #expect(loaded.notices.first?.message == "DO block read as the 2 declarations of its main path (CREATE TABLE, COMMENT)")
    }

    /// A body in single quotes (quotes doubled) is read too.
    @Test func quotedBodyIsRead() throws {
        let loaded = try read(["a.sql": "DO 'BEGIN CREATE TABLE t (a text DEFAULT ''x''); END';\n"])
        #expect(loaded.model.tables[QualifiedName("public", "t")]?.column(named: "a")?.defaultValue?.text == "'x'")
    }

    @Test(arguments: [
        ("IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN\n    CREATE TYPE mood AS ENUM ('a');\n  END IF;", "DO block runs IF, not only declarations"),
        ("PERFORM 1;", "DO block runs PERFORM, not only declarations"),
        ("FOR i IN 1..3 LOOP\n    EXECUTE 'CREATE TABLE t' || i || ' ()';\n  END LOOP;", "DO block runs FOR, not only declarations"),
        ("EXECUTE 'CREATE TABLE ' || 't' || ' ()';", "DO block runs EXECUTE of SQL built at run time, not only declarations"),
        ("EXECUTE format('CREATE TABLE %I ()', 't');", "DO block runs EXECUTE of SQL built at run time, not only declarations"),
        ("INSERT INTO t VALUES (1);", "DO block runs INSERT, not only declarations"),
        ("RAISE EXCEPTION 'no';", "DO block raises an error on its main path, not only declarations"),
        ("SET search_path = app;", "DO block runs a session statement, not only declarations"),
    ])
    func otherBlocksAreRefusedWhereTheyStopDeclaring(body: String, message: String) throws {
        let diagnostic = try single(["a.sql": "CREATE TABLE t (a integer);\nDO $$\nBEGIN\n  \(body)\nEND\n$$;\n"])
        #expect(diagnostic.message == message)
        #expect((diagnostic.line, diagnostic.column) == (4, 3), "\(diagnostic)")
        #expect(diagnostic.hint?.contains("main path") == true)
    }

    @Test func variablesWithInitialValuesAreRefused() throws {
        let diagnostic = try single(["a.sql": "DO $$\nDECLARE\n  n integer := (SELECT count(*) FROM pg_class);\nBEGIN\n  CREATE TABLE t ();\nEND $$;\n"])
        #expect(diagnostic.message == "DO block declares variable n with an initial value, not only declarations")
        #expect(diagnostic.line == 3)
    }

    @Test func plpgsqlSyntaxErrorsAreReportedInTheBlock() throws {
        let diagnostic = try single(["a.sql": "\nDO $$\nBEGIN\n  CREATE TABLE t ();\n  FROBNICATE;\nEND $$;\n"])
        #expect(diagnostic.message.hasPrefix("DO block: syntax error"))
        #expect(diagnostic.file == "a.sql")
        #expect(diagnostic.line >= 4 && diagnostic.line <= 5)
    }

    @Test func otherLanguagesAreRefused() throws {
        let diagnostic = try single(["a.sql": "DO LANGUAGE plperl $$ 1; $$;"])
        #expect(diagnostic.message == "DO block in language plperl is not read")
        #expect((diagnostic.line, diagnostic.column) == (1, 1))
    }

    /// The handler may do anything: it is not read.
    @Test func handlersAreNotRead() throws {
        let loaded = try read(["a.sql": """
            DO $$
            BEGIN
              CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN OTHERS THEN
              RAISE NOTICE 'no pg_trgm: %', SQLERRM;
              PERFORM 1;
            END $$;
            """])
        #expect(loaded.model.extensions["pg_trgm"] != nil)
    }

    // MARK: - Helpers

    func read(_ files: KeyValuePairs<String, String>) throws -> LoadedSchema {
        try SchemaLoader().read(files: files.map {
            SourceFile(url: URL(fileURLWithPath: "/x/" + $0.key), displayPath: $0.key, text: $0.value)
        })
    }

    func single(_ files: KeyValuePairs<String, String>) throws -> Diagnostic {
        do {
            _ = try read(files)
            Issue.record("expected the files to be rejected")
            throw CancellationError()
        } catch let error as DiagnosticList {
            #expect(error.diagnostics.count == 1, "\(error.diagnostics)")
            return try #require(error.diagnostics.first)
        }
    }
}
