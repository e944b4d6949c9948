import Foundation
import SchemaModel
import SchemaSource
import Testing

/// The forms pg_dump and hand-written schemas use to declare objects in several statements: placeholder
/// views completed later, routines declared twice, the `--clean --if-exists` preamble, default
/// privileges without `FOR ROLE`, when triggers fire.
@Suite struct DeclarationFormsTests {
    func load(_ sql: String) throws -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
    }

    func failure(_ sql: String) -> String {
        do { _ = try load(sql); return "" } catch { return "\(error)" }
    }

    static let table = "CREATE TABLE t (id integer PRIMARY KEY, name text);\n"

    @Test func placeholderViewIsCompletedByCreateOrReplace() throws {
        let model = try load(Self.table + """
            CREATE VIEW v AS SELECT NULL::integer AS id, NULL::text AS name;
            CREATE FUNCTION f() RETURNS SETOF v LANGUAGE sql AS 'SELECT * FROM v';
            CREATE OR REPLACE VIEW v AS SELECT t.id, t.name FROM t;
            """)
        let view = try #require(model.views[QualifiedName("public", "v")])
        #expect(view.dependencies == [QualifiedName("public", "t")])
        let plain = try load(Self.table + "CREATE VIEW v AS SELECT t.id, t.name FROM t;")
        #expect(plain.views[QualifiedName("public", "v")] == view)
    }

    @Test func aSecondPlainCreateIsStillAnError() {
        #expect(failure(Self.table + "CREATE VIEW v AS SELECT 1 AS a; CREATE VIEW v AS SELECT 2 AS a;").contains("declared twice"))
        #expect(failure("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';")
            .contains("declared twice"))
        #expect(failure(Self.table + "CREATE OR REPLACE VIEW t AS SELECT 1 AS a;").contains("declared twice"))
    }

    @Test func routineDeclaredTwiceKeepsTheLaterDefinition() throws {
        let model = try load("""
            CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';
            CREATE OR REPLACE FUNCTION f(x int4) RETURNS integer LANGUAGE sql AS 'SELECT x';
            """)
        let function = try #require(model.functions[FunctionIdentity(name: QualifiedName("public", "f"), argumentTypes: ["integer"])])
        #expect(function.createSQL(orReplace: false).contains("SELECT x"))
        #expect(model.functions.count == 1)
    }

    @Test func cleanPreambleDropsWhatIsDeclaredLater() throws {
        let model = try load("""
            DROP TRIGGER IF EXISTS tr ON public.t;
            CREATE OR REPLACE VIEW public.v AS SELECT NULL::integer AS id;
            ALTER TABLE IF EXISTS ONLY public.t DROP CONSTRAINT IF EXISTS t_pkey;
            ALTER TABLE IF EXISTS public.t ALTER COLUMN id DROP DEFAULT;
            DROP INDEX IF EXISTS public.t_name_idx;
            DROP VIEW IF EXISTS public.v;
            DROP SEQUENCE IF EXISTS public.t_id_seq;
            DROP TABLE IF EXISTS public.t;
            DROP FUNCTION IF EXISTS public.trg();
            DROP TYPE IF EXISTS public.mood;
            DROP SCHEMA IF EXISTS app;
            DROP EXTENSION IF EXISTS citext;
            DROP POLICY IF EXISTS p ON public.t;
            DROP RULE IF EXISTS r ON public.t;
            DROP CAST IF EXISTS (integer AS text);
            CREATE SCHEMA app;
            CREATE TYPE public.mood AS ENUM ('a');
            CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TABLE public.t (id integer NOT NULL, name text);
            CREATE SEQUENCE public.t_id_seq OWNED BY public.t.id;
            ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
            CREATE VIEW public.v AS SELECT NULL::integer AS id;
            CREATE INDEX t_name_idx ON public.t USING btree (name);
            CREATE OR REPLACE VIEW public.v AS SELECT t.id FROM public.t;
            ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
            CREATE TRIGGER tr BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.trg();
            """)
        #expect(model.views[QualifiedName("public", "v")]?.dependencies == [QualifiedName("public", "t")])
        #expect(model.tables[QualifiedName("public", "t")]?.constraints["t_pkey"] != nil)
        #expect(model.triggers.count == 1)
    }

    @Test func dropsThatLeaveDeclaredObjectsDroppedAreRefused() {
        #expect(failure(Self.table + "DROP TABLE IF EXISTS t;").contains("declared in the schema files and dropped here"))
        #expect(failure(Self.table + "CREATE INDEX i ON t (name); DROP INDEX i;").contains("declared in the schema files and dropped here"))
        #expect(failure("DROP TABLE nothing;").contains("which the schema files do not declare"))
        #expect(failure("DROP TABLE nothing; CREATE TABLE nothing (a int);").isEmpty)
        #expect(failure("DROP SCHEMA IF EXISTS public;").contains("dropped here"))
        #expect(failure(Self.table + "ALTER TABLE t DROP CONSTRAINT t_pkey;").contains("dropped here"))
        #expect(failure(Self.table + "ALTER TABLE t DROP CONSTRAINT IF EXISTS t_name_key; ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE (name);").isEmpty)
        #expect(failure(Self.table + "ALTER TABLE t DROP CONSTRAINT nope;").contains("does not have"))
    }

    @Test func defaultPrivilegesWithoutForRoleAreTheConnectedRoles() throws {
        let model = try load("""
            CREATE SCHEMA app;
            ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reader;
            ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
            ALTER DEFAULT PRIVILEGES FOR ROLE owner GRANT USAGE ON SEQUENCES TO reader;
            """)
        let current = DefaultPrivilegeKey(role: DefaultPrivilegeKey.currentRole, schema: "app", objectType: .tables)
        #expect(model.defaultPrivileges[current] == [PrivilegeGrant(.role("reader"), .select)])
        #expect(current.prefixSQL == "ALTER DEFAULT PRIVILEGES IN SCHEMA app")
        var introspected = SchemaModel()
        introspected.connectedRole = ConnectedRole("owner")
        let resolved = introspected.resolvingCurrentRole(of: model)
        #expect(resolved.defaultPrivileges.keys.allSatisfy { $0.role == "owner" })
        #expect(resolved.defaultPrivileges[DefaultPrivilegeKey(role: "owner", schema: "app", objectType: .tables)]
            == [PrivilegeGrant(.role("reader"), .select)])
        #expect(resolved.defaultPrivileges[DefaultPrivilegeKey(role: "owner", schema: nil, objectType: .functions)] == [])
        #expect(SchemaModel().resolvingCurrentRole(of: model) == model)
    }

    static let triggers = """
        CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
        CREATE TABLE p (id integer, k integer) PARTITION BY RANGE (k);
        CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
        CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
        CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
        CREATE TRIGGER pt BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION trg();

        """

    @Test func triggerFiringFollowsAlterTable() throws {
        let model = try load(Self.table + """
            ALTER TABLE t ENABLE REPLICA TRIGGER b;
            ALTER TABLE p DISABLE TRIGGER pt;
            ALTER TABLE t DISABLE TRIGGER a;
            """ + Self.triggers)
        let t = QualifiedName("public", "t")
        #expect(model.triggers[TriggerIdentity(table: t, name: "a")]?.firing == .disabled)
        #expect(model.triggers[TriggerIdentity(table: t, name: "b")]?.firing == .replica)
        #expect(model.triggers[TriggerIdentity(table: QualifiedName("public", "p"), name: "pt")]?.firing == .disabled)
        #expect(model.triggers[TriggerIdentity(table: t, name: "a")]?.createSQL.hasSuffix("ALTER TABLE public.t DISABLE TRIGGER a") == true)
        let user = try load(Self.table + Self.triggers + "ALTER TABLE t DISABLE TRIGGER USER;")
        #expect(user.triggers(on: t).allSatisfy { $0.firing == .disabled })
    }

    @Test func triggerFiringFormsThatCannotBeModelledAreRefused() {
        #expect(failure(Self.table + Self.triggers + "ALTER TABLE t DISABLE TRIGGER ALL;").contains("USER"))
        #expect(failure(Self.table + Self.triggers + "ALTER TABLE ONLY p DISABLE TRIGGER pt;").contains("remove ONLY"))
        #expect(failure(Self.table + Self.triggers + "ALTER TABLE p1 DISABLE TRIGGER pt;").contains("PostgreSQL's copy"))
        #expect(failure(Self.table + Self.triggers + "ALTER TABLE t DISABLE TRIGGER nope;").contains("not declared"))
    }

    @Test func triggersOnViewsAndPartitionedTables() throws {
        let model = try load(Self.table + Self.triggers + """
            CREATE VIEW v AS SELECT t.id, t.name FROM t;
            CREATE TRIGGER vt INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION trg();
            """)
        #expect(model.triggers[TriggerIdentity(table: QualifiedName("public", "v"), name: "vt")] != nil)
        #expect(model.triggers[TriggerIdentity(table: QualifiedName("public", "p"), name: "pt")] != nil)
        #expect(failure(Self.table + "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;"
            + "CREATE TRIGGER x INSTEAD OF INSERT ON nowhere FOR EACH ROW EXECUTE FUNCTION trg();").contains("not a declared table or view"))
    }

    @Test func viewOptionsSetLater() throws {
        let model = try load(Self.table + """
            CREATE VIEW v AS SELECT t.id FROM t;
            ALTER VIEW v SET (security_invoker = on, security_barrier);
            ALTER VIEW v RESET (security_barrier);
            CREATE MATERIALIZED VIEW m WITH (fillfactor = 70, autovacuum_enabled = false) AS SELECT t.id FROM t WITH NO DATA;
            ALTER MATERIALIZED VIEW m SET (fillfactor = 50);
            """)
        let inline = try load(Self.table + """
            CREATE VIEW v WITH (security_invoker = true) AS SELECT t.id FROM t;
            CREATE MATERIALIZED VIEW m WITH (fillfactor = 50, autovacuum_enabled = false) AS SELECT t.id FROM t;
            """)
        #expect(model.views[QualifiedName("public", "v")]?.options == ["security_invoker=true"])
        #expect(model.views[QualifiedName("public", "m")]?.options == ["autovacuum_enabled=false", "fillfactor=50"])
        #expect(model.views == inline.views)
        #expect(failure(Self.table + "CREATE VIEW v AS SELECT t.id FROM t; ALTER VIEW v SET (fillfactor = 1);").contains("not supported"))
        #expect(failure(Self.table + "CREATE VIEW v AS SELECT t.id FROM t; ALTER MATERIALIZED VIEW v SET (fillfactor = 1);").contains("not declared as one"))
    }
}
