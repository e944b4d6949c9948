import Foundation
import Plan
import SchemaModel
import Testing
import TestSupport

/// The plan's order comes from the dependencies between objects, and the plan's simulation refuses
/// one that would run a statement before an object it needs exists, or after it was dropped.
@Suite struct StatementGraphTests {
    @Test(arguments: CaseLibrary.all)
    func everyCasePlanIsCoherentBothWays(_ schemaCase: SchemaCase) throws {
        let (current, desired) = try CasePlanning.models(schemaCase)
        #expect(Planner.plan(current: current, desired: desired).defects == [], "\(schemaCase)")
        #expect(Planner.plan(current: desired, desired: current).defects == [], "\(schemaCase), reversed")
    }

    @Test func aStatementBeforeWhatItNeedsIsRefusedNamingBoth() throws {
        let current = try CasePlanning.model("CREATE TABLE t (id integer);")
        let desired = try CasePlanning.model("CREATE TABLE t (id integer, code text);")
        let table = QualifiedName("public", "t")
        // A column added in contract, and an index on it in expand: wrong, whatever the order within phases.
        let plan = Planner(current: current, desired: desired).ordered([
            PlannedStatement(phase: .alter, sql: "ALTER TABLE public.t ALTER COLUMN code SET STATISTICS 100", down: "",
                             .alter(.column(table, "code"))),
            PlannedStatement(phase: .contract, sql: "ALTER TABLE public.t ADD COLUMN code text", down: "",
                             .create(.column(table, "code"))),
        ])
        let defect = try #require(plan.defects.first)
        #expect(defect.missing == .column(table, "code"))
        #expect(defect.description.contains("SET STATISTICS"))
        #expect(defect.description.contains("does not exist yet"))
    }

    @Test func aStatementAfterTheDropOfWhatItNeedsIsRefusedNamingTheDrop() throws {
        let current = try CasePlanning.model("CREATE TABLE t (id integer, code text);")
        let table = QualifiedName("public", "t")
        let plan = Planner(current: current, desired: current).ordered([
            PlannedStatement(phase: .alter, sql: "ALTER TABLE public.t DROP COLUMN code", down: "", .drop(.column(table, "code"))),
            PlannedStatement(phase: .contract, sql: "COMMENT ON COLUMN public.t.code IS 'x'", down: "", .alter(.column(table, "code"))),
        ])
        let defect = try #require(plan.defects.first)
        #expect(defect.droppedBy == "ALTER TABLE public.t DROP COLUMN code")
    }

    @Test func anIndexOnAColumnAddedInAlterIsBuiltThereAfterIt() throws {
        let plan = try plan(from: "CREATE TABLE t (id integer);",
                            to: "CREATE TABLE t (id integer, code text NOT NULL); CREATE INDEX t_code ON t (code);")
        #expect(plan.defects == [])
        let add = try #require(plan.statements.firstIndex { $0.sql.contains("ADD COLUMN code") })
        let index = try #require(plan.statements.firstIndex { $0.sql.contains("CREATE INDEX") })
        #expect(plan.statements[add].phase == .alter)
        #expect(plan.statements[index].phase == .alter && add < index)
    }

    @Test func aDefaultCallingAFunctionThatReadsANewTable() throws {
        let plan = try plan(from: "", to: """
            CREATE TABLE counters (n integer);
            CREATE FUNCTION next_n() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT coalesce(max(n), 0) + 1 FROM counters; END;
            CREATE TABLE items (id integer DEFAULT next_n());
            """)
        #expect(plan.defects == [])
        let order = positions(plan, of: ["CREATE TABLE public.counters", "CREATE FUNCTION public.next_n", "CREATE TABLE public.items"])
        #expect(order == order.sorted(), "\(plan.statements.map(\.sql))")
    }

    @Test func aFunctionOverARowTypeComesAfterItsTableAndIsDroppedBeforeIt() throws {
        let schema = """
            CREATE TABLE editor (id integer, name text);
            CREATE FUNCTION editor_name(e editor) RETURNS text LANGUAGE sql AS $$ SELECT e.name $$;
            CREATE VIEW editors AS SELECT id FROM editor;
            CREATE FUNCTION first_editor() RETURNS editors LANGUAGE sql AS $$ SELECT * FROM editors LIMIT 1 $$;
            """
        let create = try plan(from: "", to: schema)
        #expect(create.defects == [])
        var order = positions(create, of: ["CREATE TABLE public.editor", "CREATE FUNCTION public.editor_name"])
        #expect(order == order.sorted())
        order = positions(create, of: ["CREATE VIEW public.editors", "CREATE FUNCTION public.first_editor"])
        #expect(order == order.sorted())
        let drop = try plan(from: schema, to: "")
        #expect(drop.defects == [])
        order = positions(drop, of: ["DROP FUNCTION public.editor_name", "DROP TABLE public.editor"])
        #expect(order == order.sorted(), "\(drop.statements.map(\.sql))")
        order = positions(drop, of: ["DROP FUNCTION public.first_editor", "DROP VIEW public.editors", "DROP TABLE public.editor"])
        #expect(order == order.sorted(), "\(drop.statements.map(\.sql))")
    }

    @Test func aTriggerIsDroppedBeforeItsFunctionAndCreatedAfter() throws {
        let schema = """
            CREATE TABLE t (id integer);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
            """
        let create = try plan(from: "", to: schema)
        var order = positions(create, of: ["CREATE FUNCTION public.touch", "CREATE TRIGGER t_touch"])
        #expect(order == order.sorted())
        let drop = try plan(from: schema, to: "CREATE TABLE t (id integer);")
        order = positions(drop, of: ["DROP TRIGGER", "DROP FUNCTION public.touch"])
        #expect(order == order.sorted(), "\(drop.statements.map(\.sql))")
    }

    @Test func theOrderIsTheSameEveryTime() throws {
        let schema = (0..<30).map { "CREATE TABLE t\($0) (id integer PRIMARY KEY, up integer REFERENCES t\(($0 + 7) % 30) (id));" }
            .joined(separator: "\n")
        let first = try plan(from: "", to: schema).statements.map(\.sql)
        for _ in 0..<5 { #expect(try plan(from: "", to: schema).statements.map(\.sql) == first) }
    }

    private func plan(from: String, to: String) throws -> MigrationPlan {
        Planner.plan(current: try CasePlanning.model(from, file: "from.sql"), desired: try CasePlanning.model(to, file: "to.sql"))
    }

    /// Where in the plan the first statement with each prefix (on any of its lines) is; a prefix no
    /// statement has is a test failure.
    private func positions(_ plan: MigrationPlan, of prefixes: [String]) -> [Int] {
        prefixes.map { prefix in
            guard let index = plan.statements.firstIndex(where: { $0.sql.hasPrefix(prefix) || $0.sql.contains("\n" + prefix) }) else {
                Issue.record("no statement starts with \(prefix): \(plan.statements.map(\.sql))")
                return -1
            }
            return index
        }
    }
}
