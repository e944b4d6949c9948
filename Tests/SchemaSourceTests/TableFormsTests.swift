import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Tables declared in several statements: `LIKE`, unnamed indexes, and the `ALTER TABLE` forms that
/// complete a `CREATE TABLE`, as PostgreSQL applies them in file order.
@Suite struct TableFormsTests {
    func load(_ sql: String) throws -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
    }

    func failure(_ sql: String) -> String {
        do { _ = try load(sql); return "" } catch { return "\(error)" }
    }

    func name(_ name: String) -> QualifiedName { QualifiedName("public", name) }

    static let source = """
        CREATE TABLE src (
          id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY,
          code text NOT NULL DEFAULT 'x' CHECK (code <> '') UNIQUE,
          n integer DEFAULT 1 CONSTRAINT n_pos CHECK (n > 0) NO INHERIT,
          g integer GENERATED ALWAYS AS (n * 2) STORED,
          big text COMPRESSION pglz,
          ref bigint REFERENCES src (id)
        );
        ALTER TABLE src ALTER COLUMN big SET STORAGE EXTERNAL;
        CREATE INDEX ON src (lower(code));
        CREATE INDEX src_n_partial ON src (n) WHERE n > 5;
        ALTER TABLE src ADD CONSTRAINT nv CHECK (n < 100) NOT VALID;
        COMMENT ON COLUMN src.code IS 'the code';
        COMMENT ON CONSTRAINT n_pos ON src IS 'positive';
        COMMENT ON INDEX src_n_partial IS 'partial';

        """

    @Test func likeCopiesColumnsAndNotNullOnly() throws {
        let model = try load(Self.source + "CREATE TABLE plain (LIKE src);")
        let table = try #require(model.tables[name("plain")])
        #expect(table.columns.map(\.name) == ["id", "code", "n", "g", "big", "ref"])
        #expect(table.columns.filter(\.notNull).map(\.name) == ["id", "code"])
        #expect(table.columns.allSatisfy { $0.defaultValue == nil && $0.identity == nil && $0.generated == nil && $0.settings == ColumnSettings() })
        #expect(table.constraints.isEmpty)
        #expect(model.indexes(on: name("plain")).isEmpty)
    }

    @Test func likeIncludingAllCopiesWhatPostgreSQLCopies() throws {
        let model = try load(Self.source + "CREATE TABLE copy (LIKE src INCLUDING ALL);")
        let table = try #require(model.tables[name("copy")])
        #expect(table.column(named: "id")?.identity == .always)
        #expect(table.column(named: "id")?.identitySequence?.name == name("copy_id_seq"))
        #expect(table.column(named: "id")?.identitySequence?.start == 10)
        #expect(table.column(named: "code")?.defaultValue != nil)
        #expect(table.column(named: "g")?.generated != nil)
        #expect(table.column(named: "big")?.settings.storage == "EXTERNAL")
        #expect(table.column(named: "big")?.settings.compression == "pglz")
        #expect(Set(table.constraints.keys) == ["n_pos", "nv", "src_code_check", "copy_pkey", "copy_code_key"])
        #expect(table.constraints["nv"]?.notValid == false)
        #expect(Set(model.indexes(on: name("copy")).map(\.name)) == ["copy_lower_idx", "copy_n_idx"])
        #expect(model.comments[.column(name("copy"), "code")] == "the code")
        #expect(model.comments[.constraint(table: name("copy"), name: "n_pos")] == "positive")
        #expect(model.comments[.index(name("copy_n_idx"))] == "partial")
    }

    @Test func likeOptionsAndPosition() throws {
        let model = try load(Self.source + "CREATE TABLE sm (extra int, LIKE src INCLUDING DEFAULTS INCLUDING CONSTRAINTS EXCLUDING CONSTRAINTS, tail int);")
        let table = try #require(model.tables[name("sm")])
        #expect(table.columns.map(\.name) == ["extra", "id", "code", "n", "g", "big", "ref", "tail"])
        #expect(table.column(named: "code")?.defaultValue != nil)
        #expect(table.column(named: "g")?.generated == nil && table.column(named: "g")?.defaultValue == nil)
        #expect(table.constraints.isEmpty)
        // The source may come later in the files; a LIKE of something undeclared is refused.
        let later = try load("CREATE TABLE b (LIKE a INCLUDING DEFAULTS); CREATE TABLE a (x int DEFAULT 3);")
        #expect(later.tables[name("b")]?.column(named: "x")?.defaultValue != nil)
        #expect(failure("CREATE TABLE b (LIKE nowhere);").contains("not a declared table"))
        #expect(failure("CREATE TABLE a (x int); CREATE TABLE b (x int, LIKE a);").contains("more than once"))
    }

    @Test func unnamedIndexesGetPostgreSQLsNames() throws {
        let long = String(repeating: "l", count: 60)
        let model = try load("""
            CREATE TABLE t (a int, b int);
            CREATE TABLE t_a_idx (x int);
            CREATE INDEX ON t (a);
            CREATE INDEX ON t (a);
            CREATE INDEX ON t (a, a);
            CREATE INDEX ON t ((a + b), (a * b));
            CREATE TABLE \(long) (\(long) int);
            CREATE INDEX ON \(long) (\(long));
            CREATE SCHEMA other;
            CREATE TABLE other.t (a int);
            CREATE INDEX ON other.t (a);
            """)
        let names = Set(model.indexes.keys.map(\.description))
        #expect(names.isSuperset(of: ["public.t_a_idx1", "public.t_a_idx2", "public.t_a_a1_idx", "public.t_expr_expr1_idx", "other.t_a_idx"]))
        #expect(model.indexes.keys.contains { $0.name == String(repeating: "l", count: 29) + "_" + String(repeating: "l", count: 29) + "_idx" })
    }

    @Test func alterTableColumnFormsFoldIntoTheTable() throws {
        let model = try load("""
            CREATE TABLE t (id integer PRIMARY KEY, old text, kept text);
            ALTER TABLE t ADD COLUMN email text NOT NULL DEFAULT '' UNIQUE;
            ALTER TABLE t ADD COLUMN IF NOT EXISTS email text;
            ALTER TABLE t ADD COLUMN counter serial, ADD COLUMN total numeric(10,2) CHECK (total >= 0);
            ALTER TABLE t DROP COLUMN old;
            ALTER TABLE t DROP COLUMN IF EXISTS gone;
            ALTER TABLE t ALTER COLUMN id TYPE bigint;
            ALTER TABLE t ALTER COLUMN kept TYPE varchar(20) COLLATE "C" USING kept::varchar;
            ALTER TABLE t ALTER COLUMN kept SET DEFAULT 'k', ALTER COLUMN kept SET NOT NULL;
            CREATE TABLE p (id integer, k integer) PARTITION BY RANGE (k);
            CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
            ALTER TABLE p ADD COLUMN note text;
            """)
        let table = try #require(model.tables[name("t")])
        #expect(table.columns.map(\.name) == ["id", "kept", "email", "counter", "total"])
        #expect(table.column(named: "id")?.type.sql == "bigint")
        #expect(table.column(named: "kept")?.type.sql == "character varying(20)")
        #expect(table.column(named: "kept")?.notNull == true)
        #expect(table.constraints["t_email_key"] != nil && table.constraints["t_total_check"] != nil)
        #expect(model.sequences[name("t_counter_seq")] != nil)
        #expect(model.tables[name("p1")]?.column(named: "note") != nil)
        #expect(failure("CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN a int;").contains("already exists"))
        #expect(failure("CREATE TABLE t (a int); ALTER TABLE t DROP COLUMN b;").contains("does not exist"))
        #expect(failure("ALTER TABLE nowhere ADD COLUMN a int;").contains("not declared"))
        let serial = try load("CREATE TABLE t (id serial, a int); ALTER TABLE t DROP COLUMN id;")
        #expect(serial.sequences.isEmpty)
    }
}
