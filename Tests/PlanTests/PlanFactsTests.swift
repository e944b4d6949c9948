import Plan
import SchemaModel
import Testing
import TestSupport

/// Every statement of every case folder's plan says which lock it takes and what it acts on: the JSON
/// plan and the Markdown comment report both, and nothing downstream may guess them from the SQL.
@Suite struct PlanFactsTests {
    @Test(arguments: CaseLibrary.all)
    func everyStatementCarriesItsLockAndObject(_ schemaCase: SchemaCase) throws {
        let plan = try CasePlanning.plan(schemaCase)
        for statement in plan.statements {
            #expect(statement.lock != nil, "no lock for \(statement.action) in \(schemaCase): \(statement.sql)")
            #expect(plan.object(of: statement) != nil, "no object for \(statement.action) in \(schemaCase): \(statement.sql)")
            if let lock = statement.lock {
                #expect((lock.mode == .none) == lock.relations.isEmpty, "a lock names what it locks: \(statement.sql) in \(schemaCase)")
            }
        }
    }

    @Test func lockModesReadAsPgLocksNamesThem() {
        #expect(LockMode.accessExclusive.pgLocksName == "AccessExclusiveLock")
        #expect(LockMode.shareUpdateExclusive.pgLocksName == "ShareUpdateExclusiveLock")
        #expect(LockMode.none.pgLocksName == nil)
        #expect(LockMode.allCases.sorted() == LockMode.allCases)
        #expect(LockMode.share > LockMode.shareUpdateExclusive)
    }
}
