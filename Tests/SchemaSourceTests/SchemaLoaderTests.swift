import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Loading schema files into the model: order independence, references, search paths, defaults.
@Suite struct SchemaLoaderTests {
    @Test func declarationsMayComeInAnyOrderAcrossFiles() throws {
        let model = try load([
            "a.sql": """
                CREATE TABLE tasks (
                  id bigint PRIMARY KEY,
                  status mood NOT NULL DEFAULT 'todo',
                  project_id bigint REFERENCES projects (id)
                );
                """,
            "b.sql": """
                CREATE TABLE projects (id bigint PRIMARY KEY);
                CREATE TYPE mood AS ENUM ('todo', 'done');
                """,
        ])
        #expect(model.enums[QualifiedName("public", "mood")]?.labels == ["todo", "done"])
        let tasks = try #require(model.tables[QualifiedName("public", "tasks")])
        let status = try #require(tasks.column(named: "status"))
        #expect(status.type.sql == "public.mood")
        #expect(status.type.userType == QualifiedName("public", "mood"))
        #expect(status.notNull)
        #expect(status.defaultValue?.text == "'todo'")
        let key = try #require(foreignKey(tasks, "tasks_project_id_fkey"))
        #expect(key.referencedTable == QualifiedName("public", "projects"))
        #expect(key.referencedColumns == ["id"])
        #expect(model.tables[QualifiedName("public", "projects")] != nil)
    }

    @Test func referencesWithoutColumnsMeanThePrimaryKey() throws {
        let model = try load(["a.sql": """
            CREATE TABLE child (
              id integer PRIMARY KEY,
              parent_a integer,
              parent_b integer,
              solo integer REFERENCES single,
              FOREIGN KEY (parent_a, parent_b) REFERENCES parent
            );
            CREATE TABLE parent (a integer, b integer, PRIMARY KEY (a, b));
            CREATE TABLE single (code text PRIMARY KEY);
            """])
        let child = try #require(model.tables[QualifiedName("public", "child")])
        let composite = try #require(foreignKey(child, "child_parent_a_parent_b_fkey"))
        #expect(composite.columns == ["parent_a", "parent_b"])
        #expect(composite.referencedColumns == ["a", "b"])
        #expect(foreignKey(child, "child_solo_fkey")?.referencedColumns == ["code"])
    }

    @Test func referencingATableWithoutPrimaryKeyIsAnError() {
        let diagnostics = loadFailure(["a.sql": """
            CREATE TABLE a (b_id integer REFERENCES b);
            CREATE TABLE b (id integer);
            """])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("has no primary key") == true)
    }

    @Test func unnamedConstraintsGetPostgresNames() throws {
        let model = try load(["a.sql": """
            CREATE TABLE t (
              id integer PRIMARY KEY,
              email text UNIQUE,
              a integer,
              b integer,
              age integer CHECK (age > 0),
              parent integer REFERENCES t (id),
              UNIQUE (a, b),
              CHECK (a < b),
              CHECK (a > 0)
            );
            CREATE INDEX ON t (email);
            CREATE INDEX ON t (a, b);
            """])
        let table = try #require(model.tables[QualifiedName("public", "t")])
        #expect(Set(table.constraints.keys) == ["t_pkey", "t_email_key", "t_a_b_key", "t_age_check", "t_check", "t_a_check", "t_parent_fkey"])
        #expect(table.constraints["t_pkey"]?.kind == .primaryKey(columns: ["id"]))
        #expect(table.constraints["t_a_b_key"]?.kind == .unique(columns: ["a", "b"], nullsNotDistinct: false))
        #expect(Set(model.indexes.keys.map(\.name)) == ["t_email_idx", "t_a_b_idx"])
        #expect(model.indexes[QualifiedName("public", "t_email_idx")]?.keys.first?.target == .column("email"))
        #expect(table.column(named: "id")?.notNull == true, "primary key columns are NOT NULL")
        #expect(table.column(named: "email")?.notNull == false)
    }

    @Test func unnamedNamesThatCollideGetANumber() throws {
        let model = try load(["a.sql": """
            CREATE TABLE t (email text UNIQUE, UNIQUE (email), CONSTRAINT t_email_key2 CHECK (email <> ''));
            CREATE TABLE u (email text UNIQUE);
            CREATE INDEX ON t (email);
            CREATE INDEX ON t (email);
            """])
        let table = try #require(model.tables[QualifiedName("public", "t")])
        #expect(Set(table.constraints.keys) == ["t_email_key", "t_email_key1", "t_email_key2"])
        #expect(model.tables[QualifiedName("public", "u")]?.constraints.keys.first == "u_email_key")
        #expect(Set(model.indexes.keys.map(\.name)) == ["t_email_idx", "t_email_idx1"])
    }

    @Test func explicitConstraintNamesAreKept() throws {
        let model = try load(["a.sql": """
            CREATE TABLE t (id integer CONSTRAINT my_pk PRIMARY KEY, n integer, CONSTRAINT positive CHECK (n > 0));
            CREATE INDEX by_n ON t (n);
            """])
        #expect(Set(model.tables[QualifiedName("public", "t")]?.constraints.keys.map { $0 } ?? []) == ["my_pk", "positive"])
        #expect(model.indexes[QualifiedName("public", "by_n")] != nil)
    }

    @Test func setSearchPathPlacesUnqualifiedNames() throws {
        let model = try load(["a.sql": """
            CREATE SCHEMA app;
            SET search_path TO app, public;
            CREATE TYPE mood AS ENUM ('a');
            CREATE TABLE t (m mood, id integer PRIMARY KEY);
            CREATE INDEX ON t (m);
            SET search_path TO DEFAULT;
            CREATE TABLE t (id integer);
            """])
        #expect(model.enums[QualifiedName("app", "mood")] != nil)
        #expect(model.tables[QualifiedName("app", "t")]?.column(named: "m")?.type.sql == "app.mood")
        #expect(model.indexes[QualifiedName("app", "t_m_idx")]?.table == QualifiedName("app", "t"))
        #expect(model.tables[QualifiedName("public", "t")] != nil)
    }

    @Test func pgDumpsSetConfigIsHonoured() throws {
        let model = try load(["a.sql": """
            SET statement_timeout = 0;
            SET client_encoding = 'UTF8';
            SELECT pg_catalog.set_config('search_path', '', false);
            CREATE SCHEMA app;
            CREATE TYPE public.mood AS ENUM ('x');
            CREATE TABLE public.t (m public.mood, n mood);
            SELECT pg_catalog.set_config('search_path', 'app', false);
            CREATE TABLE u (id integer);
            """])
        let table = try #require(model.tables[QualifiedName("public", "t")])
        #expect(table.column(named: "m")?.type.sql == "public.mood")
        // With an empty search path an unqualified `mood` is not the user's type.
        #expect(table.column(named: "n")?.type.userType == nil)
        #expect(model.tables[QualifiedName("app", "u")] != nil)
        #expect(model.tables.count == 2)
    }

    @Test func psqlMetaCommandLinesAreIgnored() throws {
        let model = try load(["a.sql": """
            \\restrict abc123
            \\set x 1
            CREATE TABLE t (
              id integer
            );
              \\unrestrict abc123
            """])
        #expect(model.tables.keys.map(\.name) == ["t"])
    }

    @Test func defaultExpressionTextIsSlicedFromTheSource() throws {
        let model = try load(["a.sql": """
            CREATE TABLE t (
              a integer DEFAULT (1 + 2) * 3 NOT NULL,
              b integer DEFAULT NULL,
              c timestamptz DEFAULT now() CHECK (c > '2000-01-01'),
              d text DEFAULT 'x, y' -- a comment
              , e integer DEFAULT -1 PRIMARY KEY,
              f text NOT NULL DEFAULT lower('A' || 'b')
            );
            """])
        let table = try #require(model.tables[QualifiedName("public", "t")])
        #expect(table.column(named: "a")?.defaultValue?.text == "(1 + 2) * 3")
        #expect(table.column(named: "a")?.notNull == true)
        #expect(table.column(named: "b")?.defaultValue == nil, "DEFAULT NULL is no default")
        #expect(table.column(named: "c")?.defaultValue?.text == "now()")
        guard case .check(let check, _)? = table.constraints["t_c_check"]?.kind else {
            Issue.record("no t_c_check: \(table.constraints.keys)")
            return
        }
        #expect(check.text == "c > '2000-01-01'")
        #expect(table.column(named: "d")?.defaultValue?.text == "'x, y'")
        #expect(table.column(named: "e")?.defaultValue?.text == "-1")
        #expect(table.column(named: "f")?.defaultValue?.text == "lower('A' || 'b')")
    }

    @Test func defaultsCompareByMeaning() throws {
        let first = try load(["a.sql": "CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (m mood DEFAULT 'a', n integer DEFAULT (1));"])
        let second = try load(["a.sql": "CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (m mood DEFAULT 'a'::public.mood, n integer DEFAULT 1);"])
        #expect(first == second)
    }

    @Test func volatileDefaultsAreMarked() throws {
        let model = try load(["a.sql": "CREATE TABLE t (id uuid DEFAULT gen_random_uuid(), at timestamptz DEFAULT now());"])
        let table = try #require(model.tables[QualifiedName("public", "t")])
        #expect(table.column(named: "id")?.defaultValue?.isVolatile == true)
        #expect(table.column(named: "at")?.defaultValue?.isVolatile == false)
    }

    @Test func identityColumnsAreNotNull() throws {
        let model = try load(["a.sql": "CREATE TABLE t (a bigint GENERATED ALWAYS AS IDENTITY, b bigint GENERATED BY DEFAULT AS IDENTITY);"])
        let table = try #require(model.tables[QualifiedName("public", "t")])
        #expect(table.column(named: "a")?.identity == .always)
        #expect(table.column(named: "b")?.identity == .byDefault)
        #expect(table.column(named: "a")?.notNull == true)
    }

    @Test func alterTableAddConstraintCompletesATable() throws {
        let model = try load(["a.sql": """
            ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
            ALTER TABLE t ALTER COLUMN n SET DEFAULT 7;
            CREATE TABLE public.t (id integer, n integer);
            """])
        let table = try #require(model.tables[QualifiedName("public", "t")])
        #expect(table.constraints["t_pkey"]?.kind == .primaryKey(columns: ["id"]))
        #expect(table.column(named: "id")?.notNull == true)
        #expect(table.column(named: "n")?.defaultValue?.text == "7")
    }

    // MARK: - Helpers

    func load(_ files: KeyValuePairs<String, String>) throws -> SchemaModel {
        try SchemaLoader().load(files: files.map { SourceFile(url: URL(fileURLWithPath: "/x/" + $0.key), displayPath: $0.key, text: $0.value) })
    }

    func loadFailure(_ files: KeyValuePairs<String, String>) -> [Diagnostic] {
        do {
            _ = try load(files)
            Issue.record("expected diagnostics")
            return []
        } catch let error as DiagnosticList {
            return error.diagnostics
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    func foreignKey(_ table: Table, _ name: String) -> ForeignKey? {
        guard case .foreignKey(let key)? = table.constraints[name]?.kind else { return nil }
        return key
    }
}
