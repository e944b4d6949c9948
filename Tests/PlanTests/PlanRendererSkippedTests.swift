import Foundation
import Plan
import SchemaModel
import Testing

/// The data statements the schema files held and the loader skipped: listed in the JSON, counted in the
/// Markdown of a pull-request comment, absent from the text (the notices on stderr say it there).
@Suite struct PlanRendererSkippedTests {
    static let skipped = [
        SkippedStatement(file: "schema/structure.sql", line: 7158, column: 1, kind: "INSERT"),
        SkippedStatement(file: "schema/seed.sql", line: 3, column: 1, kind: "COPY"),
    ]

    @Test func jsonListsEachSkippedStatement() throws {
        let plan = Planner.plan(current: .emptyDatabase, desired: .emptyDatabase)
        let json = PlanRenderer.render(plan, format: .json, skipped: Self.skipped)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(decoded["skipped"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries[0]["file"] as? String == "schema/structure.sql")
        #expect(entries[0]["line"] as? Int == 7158)
        #expect(entries[0]["column"] as? Int == 1)
        #expect(entries[0]["kind"] as? String == "INSERT")
        let none = try #require(try JSONSerialization.jsonObject(with: Data(PlanRenderer.render(plan, format: .json).utf8)) as? [String: Any])
        #expect((none["skipped"] as? [Any])?.isEmpty == true, "the key is always there")
    }

    @Test func markdownCountsThem() {
        let plan = Planner.plan(current: .emptyDatabase, desired: .emptyDatabase)
        let markdown = PlanRenderer.render(plan, format: .markdown, skipped: Self.skipped)
        #expect(markdown.contains("2 data statements were skipped in the schema files (`schema/structure.sql:7158:1`, `schema/seed.sql:3:1`)"))
        #expect(!PlanRenderer.render(plan, format: .text, skipped: Self.skipped).contains("skipped"))
    }
}
