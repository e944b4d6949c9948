import Foundation
import Testing

/// Data statements and DO blocks in schema files, as the commands report them: notices on stderr in the
/// diagnostics' style, the skipped statements in plan JSON, and `--strict` / `strict = true` refusing.
@Suite struct SchemaFileNoticeTests {
    static let structure = """
        CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);

        INSERT INTO "schema_migrations" (version) VALUES
        ('20240101000000'),
        ('20240102000000');

        COPY public.schema_migrations (version) FROM stdin;
        20240103000000
        it's not SQL
        \\.

        """

    @Test func dataStatementsAreSkippedWithOneNoticePerFile() throws {
        let cli = try CLIHarness()
        try cli.write("structure.sql", Self.structure)
        let plan = try cli.run(["plan"])
        #expect(plan.status == 0, "\(plan.output)")
        #expect(plan.stdout.contains("CREATE TABLE public.schema_migrations"))
        #expect(plan.stderr.contains("structure.sql:3:1: notice: 2 data statements skipped (INSERT, COPY), the first here"), "\(plan.stderr)")
        #expect(plan.stderr.contains(" 3 | INSERT INTO \"schema_migrations\" (version) VALUES\n   | ^\nhint: "), "\(plan.stderr)")
        #expect(plan.stderr.contains("data migration"))
        #expect(plan.stderr.components(separatedBy: "notice:").count == 2, "one notice for the file")

        let json = try cli.run(["plan", "--format", "json"])
        #expect(json.status == 0)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let skipped = try #require(decoded["skipped"] as? [[String: Any]])
        #expect(skipped.count == 2)
        #expect(skipped.first?["kind"] as? String == "INSERT")
        #expect(skipped.first?["line"] as? Int == 3)
        #expect(skipped.first?["column"] as? Int == 1)
        #expect((skipped.first?["file"] as? String)?.hasSuffix("structure.sql") == true)
        #expect(skipped.last?["kind"] as? String == "COPY")
        #expect(skipped.last?["line"] as? Int == 7)

        // Applied, the data is not part of the schema: the next plan is empty.
        let sync = try cli.run(["sync", "--yes"])
        #expect(sync.status == 0, "\(sync.output)")
        #expect(sync.stderr.contains("notice: 2 data statements skipped"))
        #expect(try cli.run(["plan", "--exit-code"]).status == 0)
    }

    @Test func strictFlagRefusesDataStatementsBeforeTouchingADatabase() throws {
        let cli = try CLIHarness()
        try cli.write("structure.sql", Self.structure)
        for command in [["plan"], ["sync", "--yes"], ["migrations", "generate"]] {
            let outcome = try cli.run(command + ["--strict", "--database-url", "postgresql://nobody@127.0.0.1:1/none"])
            #expect(outcome.status == 2, "\(command): \(outcome.output)")
            #expect(outcome.stderr.contains("structure.sql:3:1: error: INSERT is a data statement, not a schema statement"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("structure.sql:7:1: error: COPY is a data statement, not a schema statement"), "\(outcome.stderr)")
            #expect(!outcome.stderr.contains("notice:"))
        }
        #expect(cli.allMigrationFiles.isEmpty)
    }

    @Test func strictInTheConfigRefusesThemToo() throws {
        let cli = try CLIHarness()
        try cli.write("seed.sql", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n")
        let config = cli.root.appendingPathComponent("monolayer.toml")
        try "schema = \"schema\"\nstrict = true\n".write(to: config, atomically: true, encoding: .utf8)
        let outcome = try cli.run(["plan", "--config", config.path])
        #expect(outcome.status == 2, "\(outcome.output)")
        #expect(outcome.stderr.contains("seed.sql:2:1: error: INSERT is a data statement, not a schema statement"), "\(outcome.stderr)")

        try "strict = \"yes\"\n".write(to: config, atomically: true, encoding: .utf8)
        let invalid = try cli.run(["plan", "--config", config.path])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("monolayer.toml:1: strict must be true or false"), "\(invalid.stderr)")
    }

    @Test func doBlocksThatOnlyDeclareArePlannedWithANotice() throws {
        let cli = try CLIHarness()
        try cli.write("types.sql", """
            DO $$
            BEGIN
              CREATE TYPE public.mood AS ENUM ('ok', 'sad');
            EXCEPTION
              WHEN duplicate_object THEN NULL;
            END
            $$;
            CREATE TABLE public.t (m public.mood);
            """)
        let sync = try cli.run(["sync", "--yes"])
        #expect(sync.status == 0, "\(sync.output)")
        #expect(sync.stdout.contains("CREATE TYPE public.mood AS ENUM ('ok', 'sad')"), "\(sync.stdout)")
        #expect(sync.stderr.contains("types.sql:1:1: notice: DO block read as the declaration of its main path (CREATE TYPE); its EXCEPTION handler is not read"), "\(sync.stderr)")
        #expect(try cli.run(["plan", "--exit-code"]).status == 0)

        try cli.write("types.sql", "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN\n    CREATE TYPE mood AS ENUM ('ok');\n  END IF;\nEND $$;\n")
        let refused = try cli.run(["plan"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("types.sql:3:3: error: DO block runs IF, not only declarations"), "\(refused.stderr)")
    }
}
