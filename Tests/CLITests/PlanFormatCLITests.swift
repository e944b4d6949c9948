import Foundation
import Testing
import TestSupport

/// `monolayer plan --format json|markdown` run as a user runs it, against a real database: the JSON
/// validates against `docs/plan.schema.json`, and its facts (objects, actions, locks) are the plan's.
@Suite struct PlanFormatCLITests {
    static let before = """
        CREATE TABLE users (id bigint PRIMARY KEY, email text, zip text, legacy text);
        CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint);
        """
    static let after = """
        CREATE TABLE users (
          id bigint PRIMARY KEY,
          email text NOT NULL,
          -- monolayer: renamed from zip
          postal_code text
        );
        CREATE INDEX users_email_idx ON users (email);
        CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint REFERENCES users (id));
        INSERT INTO users VALUES (1, 'a@example.com', NULL);
        """

    @Test func jsonValidatesAndMarkdownSummarizes() throws {
        let cli = try CLIHarness()
        try cli.write("schema.sql", Self.before)
        #expect(try cli.run(["sync", "--yes"]).status == 0)
        try cli.write("schema.sql", Self.after)

        let json = try cli.run(["plan", "--format", "json"])
        #expect(json.status == 0, "\(json.output)")
        let problems = try PlanSchemaValidator.problems(in: [json.stdout])
        #expect(problems == [[]], "\(problems)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let statements = try #require(plan["statements"] as? [[String: Any]])
        func statement(_ action: String, _ kind: String) -> [String: Any]? {
            statements.first { $0["action"] as? String == action && ($0["object"] as? [String: Any])?["kind"] as? String == kind }
        }
        let rename = try #require(statement("rename", "column"))
        #expect((rename["object"] as? [String: Any])?["name"] as? String == "zip")
        #expect(rename["newName"] as? String == "postal_code")
        let index = try #require(statement("create", "index"))
        #expect(index["transactional"] as? Bool == false)
        #expect((index["lock"] as? [String: Any])?["mode"] as? String == "SHARE UPDATE EXCLUSIVE")
        let foreignKey = try #require(statement("create", "constraint"))
        let locked = ((foreignKey["lock"] as? [String: Any])?["relations"] as? [[String: String]])?.map { $0["name"] ?? "" }
        #expect(locked == ["posts", "users"])
        let drop = try #require(statement("drop", "column"))
        #expect((drop["lock"] as? [String: Any])?["mode"] as? String == "ACCESS EXCLUSIVE")
        let summary = try #require(plan["summary"] as? [String: Any])
        #expect(summary["statements"] as? Int == statements.count)
        #expect(summary["skipped"] as? Int == 1)

        let markdown = try cli.run(["plan", "--format", "markdown"])
        #expect(markdown.status == 0)
        let firstLine = markdown.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("**monolayer plan**: \(statements.count) statements ("), "\(firstLine)")
        #expect(markdown.stdout.contains("<details><summary>"))
        #expect(markdown.stdout.contains("```sql"))
    }
}
