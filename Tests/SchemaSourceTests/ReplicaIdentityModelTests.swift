import Foundation
import SchemaModel
import SchemaSource
import Testing

/// `ALTER TABLE ... REPLICA IDENTITY` in schema files: each form read into the table, and the indexes
/// PostgreSQL would refuse refused here, at the statement.
@Suite struct ReplicaIdentityModelTests {
    func load(_ sql: String) throws -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
    }

    func diagnostics(_ sql: String) -> [String] {
        do { _ = try load(sql); return [] } catch { return ((error as? DiagnosticList)?.diagnostics ?? []).map(\.message) }
    }

    @Test func eachFormIsRead() throws {
        let model = try load("""
            CREATE TABLE a (id bigint PRIMARY KEY);
            CREATE TABLE b (id bigint);
            ALTER TABLE ONLY b REPLICA IDENTITY FULL;
            CREATE TABLE c (id bigint);
            ALTER TABLE c REPLICA IDENTITY NOTHING;
            CREATE TABLE d (id bigint NOT NULL, code text NOT NULL);
            CREATE UNIQUE INDEX d_code ON d (code);
            ALTER TABLE d REPLICA IDENTITY USING INDEX d_code;
            CREATE TABLE e (id bigint PRIMARY KEY);
            ALTER TABLE e REPLICA IDENTITY USING INDEX e_pkey;
            ALTER TABLE a REPLICA IDENTITY FULL;
            ALTER TABLE a REPLICA IDENTITY DEFAULT;
            """)
        #expect(model.tables[QualifiedName("public", "a")]?.replicaIdentity == .default)
        #expect(model.tables[QualifiedName("public", "b")]?.replicaIdentity == .full)
        #expect(model.tables[QualifiedName("public", "c")]?.replicaIdentity == .nothing)
        #expect(model.tables[QualifiedName("public", "d")]?.replicaIdentity == .usingIndex("d_code"))
        #expect(model.tables[QualifiedName("public", "e")]?.replicaIdentity == .usingIndex("e_pkey"))
    }

    @Test func indexesPostgreSQLRefusesAreRefused() {
        let table = "CREATE TABLE t (id bigint NOT NULL, code text, CONSTRAINT t_check CHECK (id > 0));\n"
        #expect(diagnostics(table + "ALTER TABLE t REPLICA IDENTITY USING INDEX nope;").first?.contains("not declared") == true)
        #expect(diagnostics(table + "CREATE UNIQUE INDEX t_code ON t (code);\nALTER TABLE t REPLICA IDENTITY USING INDEX t_code;")
            .first?.contains("column \"code\" is nullable") == true)
        #expect(diagnostics(table + "CREATE INDEX t_id ON t (id);\nALTER TABLE t REPLICA IDENTITY USING INDEX t_id;")
            .first?.contains("not unique") == true)
        #expect(diagnostics(table + "CREATE UNIQUE INDEX t_id ON t (id) WHERE id > 1;\nALTER TABLE t REPLICA IDENTITY USING INDEX t_id;")
            .first?.contains("partial") == true)
        #expect(diagnostics(table + "CREATE UNIQUE INDEX t_id ON t ((id + 1));\nALTER TABLE t REPLICA IDENTITY USING INDEX t_id;")
            .first?.contains("expression") == true)
        #expect(diagnostics(table + "ALTER TABLE t REPLICA IDENTITY USING INDEX t_check;").first?.contains("check constraint") == true)
        #expect(diagnostics(table + "ALTER TABLE t ADD CONSTRAINT t_key UNIQUE (id) DEFERRABLE;\nALTER TABLE t REPLICA IDENTITY USING INDEX t_key;")
            .first?.contains("deferrable") == true)
    }
}
