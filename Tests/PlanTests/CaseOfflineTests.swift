import Foundation
import Plan
import SchemaModel
import Testing
import TestSupport

/// Every case folder, offline: both sides parsed from SQL, planned, compared with the golden plan.
@Suite struct CaseOfflineTests {
    @Test(arguments: CaseLibrary.all)
    func planMatchesGolden(_ schemaCase: SchemaCase) throws {
        let plan = try CasePlanning.plan(schemaCase)
        #expect(!plan.isEmpty || schemaCase.name.hasPrefix("no-change"), "a case should change something: \(schemaCase)")
        switch Golden.check(CasePlanning.goldenText(plan), against: schemaCase.goldenPlan) {
        case .matches: break
        case .recorded: Issue.record("recorded \(schemaCase.goldenPlan.path); review it and run again")
        case .differs(let expected):
            #expect(CasePlanning.goldenText(plan) == expected, "plan differs from \(schemaCase.goldenPlan.path)")
        }
        if let expected = schemaCase.expectedWarnings {
            #expect(plan.warnings.map(\.code.rawValue).sorted() == expected.sorted(), "warnings of \(schemaCase)")
        }
    }

    @Test(arguments: CaseLibrary.all)
    func planningTheTargetAgainstItselfIsEmpty(_ schemaCase: SchemaCase) throws {
        let desired = try CasePlanning.model(schemaCase.to, file: "to.sql")
        #expect(Planner.plan(current: desired, desired: desired).isEmpty)
    }

    @Test func thereAreCasesForEveryKindOfIssueTwo() {
        let kinds = Set(CaseLibrary.all.map(\.kind))
        #expect(kinds.isSuperset(of: ["schemas", "tables", "columns", "enums", "constraints", "indexes", "normalization"]))
    }
}
