import Foundation
import SchemaModel
import SchemaSource
import Testing

/// `GRANT` and `COMMENT ON` name routines without argument types and sequences through `ON TABLE`; both
/// resolve against names gathered once for all such statements.
@Suite struct AccessLookupsTests {
    func model(_ sql: String) throws(DiagnosticList) -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
    }

    func message(_ sql: String) -> String? {
        do { _ = try model(sql); return nil } catch { return error.diagnostics.first?.message }
    }

    static let routines = """
        CREATE FUNCTION once(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$;
        CREATE FUNCTION twice(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$;
        CREATE FUNCTION twice(a text) RETURNS text LANGUAGE sql AS $$ SELECT a $$;
        CREATE PROCEDURE tidy() LANGUAGE sql AS $$ SELECT 1 $$;

        """

    @Test func aRoutineNamedWithoutArgumentsIsTheOneOfThatName() throws {
        let model = try model(Self.routines + """
            COMMENT ON FUNCTION once IS 'the one';
            COMMENT ON PROCEDURE tidy IS 'tidies';
            REVOKE EXECUTE ON FUNCTION once FROM PUBLIC;
            """)
        let once = FunctionIdentity(name: QualifiedName("public", "once"), argumentTypes: ["integer"])
        #expect(model.comments[.routine(once)] == "the one")
        #expect(model.comments[.routine(FunctionIdentity(name: QualifiedName("public", "tidy"), argumentTypes: []))] == "tidies")
        #expect(model.privileges[.routine(once)] != nil)
    }

    @Test func anOverloadedOrUndeclaredRoutineNeedsItsArguments() {
        #expect(message(Self.routines + "COMMENT ON FUNCTION twice IS 'which';")?.contains("routine public.twice is overloaded") == true)
        #expect(message(Self.routines + "GRANT EXECUTE ON FUNCTION missing TO PUBLIC;")?.contains("routine public.missing is not declared") == true)
        let twice = try? model(Self.routines + "COMMENT ON FUNCTION twice(text) IS 'text';")
        #expect(twice?.comments[.routine(FunctionIdentity(name: QualifiedName("public", "twice"), argumentTypes: ["text"]))] == "text")
    }

    @Test func grantsOnTableNameSequencesIdentityColumnsIncluded() throws {
        let model = try model("""
            CREATE TABLE item (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code serial);
            CREATE SEQUENCE counter;
            GRANT SELECT ON TABLE item TO PUBLIC;
            GRANT SELECT ON TABLE item_id_seq TO PUBLIC;
            GRANT SELECT ON TABLE item_code_seq TO PUBLIC;
            GRANT USAGE ON SEQUENCE counter TO PUBLIC;
            """)
        let name = { QualifiedName("public", $0) }
        #expect(model.privileges[.relation(name("item"))] != nil)
        #expect(model.privileges[.sequence(name("item_id_seq"))] != nil)
        #expect(model.privileges[.sequence(name("item_code_seq"))] != nil)
        #expect(model.privileges[.sequence(name("counter"))] != nil)
        #expect(model.privileges[.relation(name("item_id_seq"))] == nil)
    }
}
