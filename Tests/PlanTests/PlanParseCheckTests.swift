import Migrations
import Plan
import SchemaModel
import Testing
import TestSupport

/// Every statement the planner writes must parse (the planner writes SQL as text).
@Suite struct PlanParseCheckTests {
    @Test(arguments: CaseLibrary.all)
    func everyCasePlanParses(_ schemaCase: SchemaCase) throws {
        let (current, desired) = try CasePlanning.models(schemaCase)
        try PlanParseCheck.check(Planner.plan(current: current, desired: desired))
        // The down sections run when the change is rolled back: the reverse plan must parse as well.
        try PlanParseCheck.check(Planner.plan(current: desired, desired: current))
    }

    @Test func aStatementThatDoesNotParseIsRefusedWithTheParsersMessage() {
        let plan = MigrationPlan(statements: [
            PlannedStatement(phase: .expand, sql: "CREATE TABLE public.t (id integer)", down: "DROP TABLE public.t", .create(.relation(QualifiedName("public", "t")))),
            PlannedStatement(phase: .alter, sql: "ALTER TABLE public.t ALTER COLUMN id SET DEFAULT 'unterminated",
                             down: "ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT", .alter(.column(QualifiedName("public", "t"), "id"))),
        ])
        #expect(throws: PlanParseCheck.Defect.self) { try PlanParseCheck.check(plan) }
        do {
            try PlanParseCheck.check(plan)
        } catch {
            #expect(error.phase == .alter && error.section == "up")
            #expect(error.statement.contains("'unterminated"))
            #expect(error.description.contains("planner defect") && error.description.contains("unterminated quoted string"),
                    "\(error.description)")
        }
    }

    @Test func aBrokenDownStatementIsRefusedToo() {
        let plan = MigrationPlan(statements: [
            PlannedStatement(phase: .expand, sql: "CREATE TABLE public.t (id integer)", down: "DROP TABLE TABLE public.t",
                             .create(.relation(QualifiedName("public", "t")))),
        ])
        #expect(throws: PlanParseCheck.Defect.self) { try PlanParseCheck.check(plan) }
    }
}
