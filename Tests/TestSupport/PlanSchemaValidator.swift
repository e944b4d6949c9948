import DevDatabase
import Foundation

/// Validates JSON plans against `docs/plan.schema.json` with python3's `jsonschema` (draft 2020-12;
/// `make deps` installs it), so the schema is checked by an implementation that is not ours.
public enum PlanSchemaValidator {
    public static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/plan.schema.json")

    /// Checks the schema itself, then each document: one list of problems per document, empty when it is valid.
    static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        problems = []
        for text in json.load(open(sys.argv[2])):
            errors = sorted(validator.iter_errors(json.loads(text)), key=lambda e: list(e.absolute_path))
            problems.append(["/" + "/".join(map(str, e.absolute_path)) + ": " + e.message for e in errors[:5]])
        print(json.dumps(problems))
        """

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func problems(in documents: [String]) throws -> [[String]] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-plans-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: input) }
        try JSONEncoder().encode(documents).write(to: input)
        let result = try CommandRunner.run(["python3", "-c", script, schema.path, input.path])
        guard result.succeeded, let output = result.standardOutput.data(using: .utf8),
              let problems = try? JSONDecoder().decode([[String]].self, from: output), problems.count == documents.count else {
            throw Failure(description: "python3 jsonschema could not run (make deps installs it): \(result.combinedOutput)")
        }
        return problems
    }
}
