import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Partitions and inheritance in schema files: the three spellings of a partition (PARTITION OF in a
/// file, pg_dump's standalone table + ATTACH, with attached indexes and primary keys) give one model.
@Suite struct PartitionModelTests {
    func load(_ sql: String) throws -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
    }

    func diagnostics(_ sql: String) -> [String] {
        do { _ = try load(sql); return [] } catch { return ((error as? DiagnosticList)?.diagnostics ?? []).map(\.message) }
    }

    static let declared = """
        CREATE TABLE notes (id bigint NOT NULL, kind varchar NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
                            note text DEFAULT 'x', PRIMARY KEY (id, kind)) PARTITION BY LIST (kind);
        CREATE TABLE epic_notes PARTITION OF notes FOR VALUES IN ('Epic');
        CREATE TABLE issue_notes PARTITION OF notes (note DEFAULT 'y') FOR VALUES IN ('Issue');
        CREATE INDEX index_notes_on_created_at ON notes (created_at);
        """

    static let dumped = """
        CREATE TABLE public.notes (id bigint NOT NULL, kind character varying NOT NULL,
                                   created_at timestamp with time zone DEFAULT now() NOT NULL, note text DEFAULT 'x'::text)
            PARTITION BY LIST (kind);
        CREATE TABLE public.epic_notes (id bigint NOT NULL, kind character varying NOT NULL,
                                        created_at timestamp with time zone DEFAULT now() NOT NULL, note text DEFAULT 'x'::text);
        CREATE TABLE public.issue_notes (id bigint NOT NULL, kind character varying NOT NULL,
                                         created_at timestamp with time zone DEFAULT now() NOT NULL, note text DEFAULT 'y'::text);
        ALTER TABLE ONLY public.notes ATTACH PARTITION public.epic_notes FOR VALUES IN ('Epic');
        ALTER TABLE ONLY public.notes ATTACH PARTITION public.issue_notes FOR VALUES IN ('Issue');
        ALTER TABLE ONLY public.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id, kind);
        ALTER TABLE ONLY public.epic_notes ADD CONSTRAINT epic_notes_pkey PRIMARY KEY (id, kind);
        ALTER TABLE ONLY public.issue_notes ADD CONSTRAINT issue_notes_pkey PRIMARY KEY (id, kind);
        CREATE INDEX index_notes_on_created_at ON ONLY public.notes USING btree (created_at);
        CREATE INDEX epic_notes_created_at_idx ON public.epic_notes USING btree (created_at);
        CREATE INDEX issue_notes_created_at_idx ON public.issue_notes USING btree (created_at);
        ALTER INDEX public.index_notes_on_created_at ATTACH PARTITION public.epic_notes_created_at_idx;
        ALTER INDEX public.notes_pkey ATTACH PARTITION public.epic_notes_pkey;
        ALTER INDEX public.index_notes_on_created_at ATTACH PARTITION public.issue_notes_created_at_idx;
        ALTER INDEX public.notes_pkey ATTACH PARTITION public.issue_notes_pkey;
        """

    @Test func partitionOfAndPgDumpSpellingGiveOneModel() throws {
        let declared = try load(Self.declared)
        let dumped = try load(Self.dumped)
        #expect(declared.tables == dumped.tables)
        #expect(declared.indexes == dumped.indexes)
        let partition = try #require(declared.tables[QualifiedName("public", "epic_notes")])
        #expect(partition.columns.map(\.name) == ["id", "kind", "created_at", "note"])
        #expect(partition.constraints.isEmpty)
        #expect(partition.partitionOf == PartitionBound(parent: QualifiedName("public", "notes"), values: .list([.literal("Epic")])))
        #expect(declared.indexes.keys.map(\.name).sorted() == ["index_notes_on_created_at"])
    }

    @Test func boundLiteralsTakeTheKeyColumnsCanonicalText() throws {
        let model = try load("""
            CREATE TABLE p (at timestamptz NOT NULL, flag boolean, n integer) PARTITION BY RANGE (at);
            CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2022-03-01') TO ('2022-04-01 01:00:00+01');
            CREATE TABLE q (flag boolean) PARTITION BY LIST (flag);
            CREATE TABLE q1 PARTITION OF q FOR VALUES IN (FALSE, 'yes');
            """)
        #expect(model.tables[QualifiedName("public", "p1")]?.partitionOf?.values
            == .range(from: [.literal("2022-03-01 00:00:00+00")], to: [.literal("2022-04-01 00:00:00+00")]))
        #expect(model.tables[QualifiedName("public", "q1")]?.partitionOf?.values == .list([.literal("false"), .literal("true")]))
    }

    @Test func inheritanceMergesParentsColumnsInOrder() throws {
        let model = try load("""
            CREATE TABLE a (x integer NOT NULL DEFAULT 1, y text);
            CREATE TABLE b (y text NOT NULL, z text);
            CREATE TABLE c (w integer, x integer DEFAULT 2) INHERITS (a, b);
            """)
        let child = try #require(model.tables[QualifiedName("public", "c")])
        #expect(child.columns.map(\.name) == ["x", "y", "z", "w"])
        #expect(child.column(named: "x")?.defaultValue?.text == "2")
        #expect(child.column(named: "x")?.notNull == true)
        #expect(child.column(named: "y")?.notNull == true)
        #expect(child.inherits == [QualifiedName("public", "a"), QualifiedName("public", "b")])
    }

    @Test func settingsWithoutOnlyReachPartitions() throws {
        let model = try load("""
            CREATE TABLE p (a integer, b text) PARTITION BY LIST (a);
            CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
            ALTER TABLE p ALTER COLUMN b SET STATISTICS 500;
            ALTER TABLE ONLY p ALTER COLUMN a SET (n_distinct = -0.5);
            """)
        #expect(model.tables[QualifiedName("public", "p1")]?.column(named: "b")?.settings.statistics == 500)
        #expect(model.tables[QualifiedName("public", "p1")]?.column(named: "a")?.settings.options == [:])
        #expect(model.tables[QualifiedName("public", "p")]?.column(named: "a")?.settings.options == ["n_distinct": "-0.5"])
    }

    @Test func refusedForms() {
        #expect(diagnostics("CREATE TABLE p (a int); CREATE TABLE c PARTITION OF p FOR VALUES IN (1);").contains { $0.contains("not partitioned") })
        #expect(diagnostics("CREATE TABLE p (a int) PARTITION BY LIST (a); CREATE TABLE c PARTITION OF p (b DEFAULT 1) FOR VALUES IN (1);")
            .contains { $0.contains("not a column of its parent") })
        #expect(diagnostics("CREATE TABLE t (a int); CREATE INDEX i ON t (a); ALTER INDEX i ALTER COLUMN 1 SET STATISTICS 10;")
            .contains { $0.contains("plain column") })
        #expect(diagnostics("CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE c PARTITION OF p FOR VALUES FROM (now()) TO (MAXVALUE);")
            .contains { $0.contains("constants") })
        #expect(diagnostics("CREATE TABLE t (a int) WITH (toast.autovacuum_enabled = off);").contains { $0.contains("TOAST") })
    }
}

extension PartitionModelTests {
    /// pg_dump repeats the parent's CHECK in each partition's CREATE TABLE; attached, it is the parent's.
    @Test func attachMergesTheParentsChecks() throws {
        let declared = try load("""
            CREATE TABLE p (a integer CHECK (a > 0)) PARTITION BY LIST (a);
            CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
            """)
        let dumped = try load("""
            CREATE TABLE public.p (a integer, CONSTRAINT p_a_check CHECK ((a > 0))) PARTITION BY LIST (a);
            CREATE TABLE public.p1 (a integer, CONSTRAINT p_a_check CHECK ((a > 0)));
            ALTER TABLE ONLY public.p ATTACH PARTITION public.p1 FOR VALUES IN (1);
            """)
        #expect(dumped.tables == declared.tables)
        #expect(dumped.tables[QualifiedName("public", "p1")]?.constraints.isEmpty == true)
    }
}
