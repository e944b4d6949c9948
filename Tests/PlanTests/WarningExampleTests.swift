import Plan
import Testing
import TestSupport

/// Every warning code has a case folder whose plan raises it and a close one whose plan does not, so a
/// code that fires too often, or never, fails here (the SwiftLint rule-example idea).
@Suite struct WarningExampleTests {
    static let cases = Dictionary(CaseLibrary.all.map { ($0.description, $0) }, uniquingKeysWith: { first, _ in first })

    func codes(of folder: String) throws -> [WarningCode] {
        let schemaCase = try #require(Self.cases[folder], "no case folder \(folder)")
        let plan = try CasePlanning.plan(schemaCase)
        return plan.warnings.map(\.code)
    }

    @Test(arguments: WarningCode.allCases)
    func triggersInItsExampleAndNotInTheCloseOne(code: WarningCode) throws {
        let (triggering, notTriggering) = code.examples
        #expect(try codes(of: triggering).contains(code), "\(triggering) must raise \(code.rawValue)")
        #expect(try !codes(of: notTriggering).contains(code), "\(notTriggering) must not raise \(code.rawValue)")
        #expect(triggering != notTriggering)
    }
}
