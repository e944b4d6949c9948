import Foundation
import Plan
import SchemaModel
import Testing
import TestSupport

/// Triggers that change only in when they fire, and triggers on views whose view goes away or comes
/// back, as the planner writes them.
@Suite struct TriggerPlanTests {
    static let table = """
        CREATE TABLE p (id integer, k integer) PARTITION BY RANGE (k);
        CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
        CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
        CREATE TRIGGER pt BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION trg();

        """

    @Test func firingChangesInPlace() throws {
        let current = try CasePlanning.model(Self.table)
        let desired = try CasePlanning.model(Self.table + "ALTER TABLE p ENABLE REPLICA TRIGGER pt;")
        let plan = Planner.plan(current: current, desired: desired)
        #expect(plan.statements.map(\.sql) == ["ALTER TABLE public.p ENABLE REPLICA TRIGGER pt"])
        #expect(plan.statements.first?.down == "ALTER TABLE public.p ENABLE TRIGGER pt")
    }

    /// Partitions whose copies fire otherwise than the parent's trigger (which schema files cannot say) are
    /// brought back in line by ALTER TABLE without ONLY.
    @Test func partitionCopiesThatDisagreeAreAligned() throws {
        var current = try CasePlanning.model(Self.table)
        let identity = TriggerIdentity(table: QualifiedName("public", "p"), name: "pt")
        current.triggers[identity]?.partitionsAgree = false
        let plan = Planner.plan(current: current, desired: try CasePlanning.model(Self.table))
        #expect(plan.statements.map(\.sql) == ["ALTER TABLE public.p ENABLE TRIGGER pt"])
    }

    @Test func aDroppedViewTakesItsTriggersAndTheirFunctionGoesAfter() throws {
        let current = try CasePlanning.model("""
            CREATE TABLE t (id integer);
            CREATE VIEW v AS SELECT t.id FROM t;
            CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER vt INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION trg();
            """)
        let plan = Planner.plan(current: current, desired: try CasePlanning.model("CREATE TABLE t (id integer);"))
        #expect(plan.defects == [])
        let sql = plan.statements.map(\.sql)
        #expect(!sql.contains { $0.hasPrefix("DROP TRIGGER") })
        let view = try #require(sql.firstIndex { $0.hasPrefix("DROP VIEW") })
        let function = try #require(sql.firstIndex { $0.hasPrefix("DROP FUNCTION") })
        #expect(view < function)
        #expect(plan.statements[view].down?.contains("CREATE TRIGGER vt INSTEAD OF INSERT ON public.v") == true)
    }
}
