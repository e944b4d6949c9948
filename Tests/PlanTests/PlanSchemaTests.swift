import Foundation
import Plan
import SchemaModel
import Testing
import TestSupport

/// The JSON plan of every case folder validates against `docs/plan.schema.json`, and documents that
/// break the format are rejected, so the check can fail.
@Suite struct PlanSchemaTests {
    static func json(_ schemaCase: SchemaCase) throws -> String {
        let plan = try CasePlanning.plan(schemaCase)
        return PlanRenderer.render(plan, format: .json, skipped: [SkippedStatement(file: "schema/seed.sql", line: 3, column: 1, kind: "INSERT")])
    }

    @Test func everyCaseFolderPlanValidates() throws {
        let cases = CaseLibrary.all
        let problems = try PlanSchemaValidator.problems(in: cases.map(Self.json))
        for (schemaCase, found) in zip(cases, problems) {
            #expect(found.isEmpty, "\(schemaCase): \(found.joined(separator: "; "))")
        }
    }

    @Test func brokenDocumentsAreRejected() throws {
        let valid = try Self.json(try #require(CaseLibrary.all.first { $0.description == "constraints/add-foreign-key" }))
        var broken: [String: String] = [:]
        func edited(_ change: (inout [String: Any]) -> Void) throws -> String {
            var document = try #require(try JSONSerialization.jsonObject(with: Data(valid.utf8)) as? [String: Any])
            change(&document)
            return String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
        }
        func editedStatement(_ change: @escaping (inout [String: Any]) -> Void) throws -> String {
            try edited { document in
                var statements = document["statements"] as! [[String: Any]]
                change(&statements[0])
                document["statements"] = statements
            }
        }
        broken["version 2"] = try edited { $0["version"] = 2 }
        broken["no summary"] = try edited { $0["summary"] = nil }
        broken["an unknown key"] = try edited { $0["extra"] = true }
        broken["an unknown lock mode"] = try editedStatement { $0["lock"] = ["mode": "VERY EXCLUSIVE", "relations": [], "conditional": false] }
        broken["a lock without relations"] = try editedStatement { $0["lock"] = ["mode": "SHARE", "relations": [], "conditional": false] }
        broken["an unknown action"] = try editedStatement { $0["action"] = "truncate" }
        broken["an unknown object kind"] = try editedStatement { $0["object"] = ["kind": "relation", "schema": "public", "name": "t"] }
        broken["a column without its table"] = try editedStatement { $0["object"] = ["kind": "column", "schema": "public", "name": "c"] }
        broken["a rename without its new name"] = try editedStatement { $0["action"] = "rename" }
        let names = broken.keys.sorted()
        let problems = try PlanSchemaValidator.problems(in: [valid] + names.map { broken[$0]! })
        #expect(problems[0].isEmpty, "the unedited document: \(problems[0])")
        for (name, found) in zip(names, problems.dropFirst()) {
            #expect(!found.isEmpty, "\(name) should be rejected")
        }
    }
}
