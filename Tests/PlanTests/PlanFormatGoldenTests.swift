import Foundation
import Plan
import SchemaModel
import Testing
import TestSupport

/// `plan` in its three formats over representative case folders (warnings, renames, statements that run
/// outside a transaction, two tables locked by one foreign key, no change), compared with the goldens in
/// `Tests/Goldens/plan-formats/` (`MONOLAYER_RECORD=1` re-records them; review the diff).
@Suite struct PlanFormatGoldenTests {
    static let cases = [
        "columns/set-not-null", "renames/column-with-type-change", "constraints/add-foreign-key", "tables/drop-table",
        "indexes/change-index", "views/no-change-select-star",
    ]
    static let folder = CaseLibrary.root.deletingLastPathComponent().appendingPathComponent("Goldens/plan-formats")

    @Test(arguments: cases, PlanRenderer.Format.allCases)
    func renderingMatchesGolden(_ name: String, _ format: PlanRenderer.Format) throws {
        let schemaCase = try #require(CaseLibrary.all.first { $0.description == name }, "no case folder \(name)")
        let plan = try CasePlanning.plan(schemaCase)
        let rendered = PlanRenderer.render(plan, format: format)
        let fileExtension = ["text": "txt", "markdown": "md", "json": "json"][format.rawValue]!
        let golden = Self.folder.appendingPathComponent("\(name.replacingOccurrences(of: "/", with: "--")).\(fileExtension)")
        switch Golden.check(rendered, against: golden) {
        case .matches: break
        case .recorded: Issue.record("recorded \(golden.path); review it and run again")
        case .differs(let expected): #expect(rendered == expected, "\(format.rawValue) of \(name) differs from \(golden.path)")
        }
    }
}
