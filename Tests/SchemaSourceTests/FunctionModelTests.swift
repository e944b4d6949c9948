import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Functions and triggers as users write them meet the same definitions as `pg_get_functiondef` and
/// `pg_get_triggerdef` print them (PostgreSQL 15 and 18 print alike; the printed texts below are theirs).
@Suite struct FunctionModelTests {
    static let tables = "CREATE SCHEMA app;\nCREATE TABLE public.t (id integer, name text, updated_at timestamp with time zone);\n"

    func load(_ sql: String) throws -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
    }

    /// The printed side is read as introspection reads it: with only pg_catalog on the search path.
    func printed(_ sql: String) throws -> SchemaModel {
        try load(Self.tables + "SET search_path = pg_catalog;\n" + sql)
    }

    static let pairs: [(written: String, printed: String)] = [
        ("CREATE FUNCTION add(a int, b int4 DEFAULT 1) RETURNS int LANGUAGE SQL IMMUTABLE STRICT AS $$ select a + b $$;",
         "CREATE OR REPLACE FUNCTION public.add(a integer, b integer DEFAULT 1)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE STRICT\nAS $function$ select a + b $function$;"),
        ("CREATE FUNCTION sq(x int) RETURNS int LANGUAGE sql PARALLEL SAFE IMMUTABLE RETURN x * x;",
         "CREATE OR REPLACE FUNCTION public.sq(x integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE PARALLEL SAFE\nRETURN (x * x);"),
        ("CREATE FUNCTION sq3(x int) RETURNS bigint LANGUAGE sql BEGIN ATOMIC insert into t(id) values (x); select count(*) from t where id = x; END;",
         "CREATE OR REPLACE FUNCTION public.sq3(x integer)\n RETURNS bigint\n LANGUAGE sql\nBEGIN ATOMIC\n INSERT INTO public.t (id)\n   VALUES (sq3.x);\n SELECT count(*) AS count\n    FROM public.t\n   WHERE (t.id = sq3.x);\nEND;"),
        ("CREATE FUNCTION tab(n int) RETURNS TABLE(a int, b text) LANGUAGE sql SET search_path = public SECURITY DEFINER COST 5 AS 'select 1, ''x''';",
         "CREATE OR REPLACE FUNCTION public.tab(n integer)\n RETURNS TABLE(a integer, b text)\n LANGUAGE sql\n SECURITY DEFINER COST 5\n SET search_path TO 'public'\nAS $function$select 1, 'x'$function$;"),
        ("CREATE FUNCTION outp(IN a int, OUT b int, INOUT c text) LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER COST 100 AS 'select 1, ''x''';",
         "CREATE OR REPLACE FUNCTION public.outp(a integer, OUT b integer, INOUT c text)\n RETURNS record\n LANGUAGE sql\nAS $function$select 1, 'x'$function$;"),
        ("CREATE PROCEDURE p(x int) LANGUAGE sql AS $$ insert into t values (x) $$;",
         "CREATE OR REPLACE PROCEDURE public.p(IN x integer)\n LANGUAGE sql\nAS $procedure$ insert into t values (x) $procedure$;"),
        ("CREATE FUNCTION srf(n varchar(20)) RETURNS SETOF int LANGUAGE sql STABLE ROWS 1000 AS 'select 1';",
         "CREATE OR REPLACE FUNCTION public.srf(n character varying)\n RETURNS SETOF integer\n LANGUAGE sql\n STABLE\nAS $function$select 1$function$;"),
        ("CREATE FUNCTION d(x text DEFAULT 'a', y timestamptz = now()) RETURNS int LANGUAGE plpgsql AS 'begin return 1; end';",
         "CREATE OR REPLACE FUNCTION public.d(x text DEFAULT 'a'::text, y timestamp with time zone DEFAULT now())\n RETURNS integer\n LANGUAGE plpgsql\nAS $function$begin return 1; end$function$;"),
    ]

    @Test(arguments: pairs.indices)
    func writtenAndPrintedDefinitionsMeet(_ index: Int) throws {
        let (written, printed) = Self.pairs[index]
        let user = try load(Self.tables + written).functions
        let server = try self.printed(printed).functions
        #expect(user.count == 1)
        #expect(user == server)
    }

    @Test func identityIsNameAndInputTypes() throws {
        let model = try load(Self.tables + Self.pairs.map(\.written).joined(separator: "\n"))
        let identities = model.functions.keys.map(\.sql).sorted()
        #expect(identities.contains("public.add(integer, integer)"))
        #expect(identities.contains("public.outp(integer, text)"))
        #expect(identities.contains("public.srf(character varying)"))
        let procedure = try #require(model.functions.values.first { $0.kind == .procedure })
        #expect(procedure.createSQL(orReplace: true) == "CREATE OR REPLACE PROCEDURE public.p(x int) LANGUAGE sql AS $$ insert into t values (x) $$")
    }

    @Test func replaceabilityFollowsWhatCreateOrReplaceAccepts() throws {
        func function(_ sql: String) throws -> Function { try #require(load(sql).functions.values.first) }
        let base = try function("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'select 1';")
        #expect(base.isReplaceable(by: try function("CREATE FUNCTION f(a int DEFAULT 2) RETURNS int LANGUAGE plpgsql STABLE AS 'begin return 2; end';")))
        #expect(!base.isReplaceable(by: try function("CREATE FUNCTION f(a int) RETURNS bigint LANGUAGE sql AS 'select 1';")))
        #expect(!base.isReplaceable(by: try function("CREATE FUNCTION f(b int) RETURNS int LANGUAGE sql AS 'select 1';")))
        let withDefault = try function("CREATE FUNCTION f(a int = 1) RETURNS int LANGUAGE sql AS 'select 1';")
        #expect(!withDefault.isReplaceable(by: base))
    }

    @Test func callsInDefaultsResolveToDeclaredFunctions() throws {
        let model = try load("""
            CREATE TABLE t (n int DEFAULT next_number() CHECK (is_positive(n)));
            CREATE FUNCTION next_number() RETURNS int LANGUAGE sql AS 'select 1';
            CREATE FUNCTION is_positive(int) RETURNS boolean LANGUAGE sql AS 'select $1 > 0';
            """)
        let printed = try self.printed("""
            CREATE TABLE public.t2 (n integer DEFAULT public.next_number() CHECK (public.is_positive(n)));
            CREATE FUNCTION public.next_number() RETURNS integer LANGUAGE sql AS 'select 1';
            CREATE FUNCTION public.is_positive(integer) RETURNS boolean LANGUAGE sql AS 'select $1 > 0';
            """)
        let column = try #require(model.tables[QualifiedName("public", "t")]?.column(named: "n"))
        #expect(column.defaultValue == printed.tables[QualifiedName("public", "t2")]?.column(named: "n")?.defaultValue)
    }

    @Test func triggersMeetTheirPrintedForm() throws {
        let function = "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ begin return new; end $$;\n"
        let user = try load(Self.tables + function + """
            SET search_path = app, public;
            CREATE OR REPLACE TRIGGER t_touch BEFORE UPDATE OF name, id ON t FOR EACH ROW
              WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE PROCEDURE touch();
            CREATE TRIGGER t_stmt AFTER DELETE OR INSERT ON t EXECUTE FUNCTION touch('a', 1);
            CREATE CONSTRAINT TRIGGER t_c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch();
            """).triggers
        let server = try printed(function.replacingOccurrences(of: "app.touch", with: "app.touch") + """
            CREATE TRIGGER t_touch BEFORE UPDATE OF name, id ON public.t FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION app.touch();
            CREATE TRIGGER t_stmt AFTER INSERT OR DELETE ON public.t FOR EACH STATEMENT EXECUTE FUNCTION app.touch('a', '1');
            CREATE CONSTRAINT TRIGGER t_c AFTER INSERT ON public.t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.touch();
            """).triggers
        #expect(user.count == 3)
        #expect(user == server)
        let touch = try #require(user[TriggerIdentity(table: QualifiedName("public", "t"), name: "t_touch")])
        #expect(touch.sql == "CREATE TRIGGER t_touch BEFORE UPDATE OF name, id ON public.t FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION app.touch()")
    }

    @Test func unsupportedRoutinesAreRefusedWithAPlace() throws {
        for (sql, message) in [
            ("CREATE FUNCTION f(x t.id%TYPE) RETURNS int LANGUAGE sql AS 'select 1';", "%TYPE"),
            ("CREATE TRIGGER tr AFTER INSERT ON missing FOR EACH ROW EXECUTE FUNCTION f();", "not a declared table"),
            ("CREATE TRIGGER tr AFTER UPDATE OF nope ON t FOR EACH ROW EXECUTE FUNCTION f();", "column \"nope\""),
            ("CREATE AGGREGATE agg (basetype = int, sfunc = int4pl, stype = int);", "not supported"),
            ("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 2';", "declared twice"),
        ] {
            #expect {
                try load(Self.tables + sql)
            } throws: { error in
                "\(error)".contains(message) && "\(error)".contains("a.sql:")
            }
        }
    }
}
