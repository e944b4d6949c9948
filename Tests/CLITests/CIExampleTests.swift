import Foundation
import Testing

/// docs/ci.md's workflow, run as written: its `monolayer` commands, in its order, on a real server, in the
/// example project of docs/commands (environments staging and production), with GitHub Actions' variables.
@Suite struct CIExampleTests {
    static let page = CommandDocs.folder.deletingLastPathComponent().appendingPathComponent("ci.md")

    /// The `monolayer ...` commands of the workflow's `run:` steps, in order.
    static func workflowCommands() throws -> [String] {
        let text = try String(contentsOf: page, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return CommandDocs.blocks("yaml", in: lines).flatMap { $0 }.compactMap { line in
            var command = line.trimmingCharacters(in: .whitespaces)
            if command.hasPrefix("run: ") { command.removeFirst(5) }
            return command.hasPrefix("monolayer ") ? command : nil
        }
    }

    @Test func theWorkflowPassesOnADeployedRepositoryAndCheckCatchesAMissingMigration() throws {
        let commands = try Self.workflowCommands()
        #expect(commands.map { $0.split(separator: " ")[1] } == ["check", "lint", "plan", "drift"], "\(commands)")
        let project = try ExampleProject()
        defer { project.destroy() }
        let summary = project.root.appendingPathComponent("step-summary.md")
        let actions = ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary.path]
        func step(_ command: String, expecting status: Int32) throws {
            let outcome = try project.run(command, environment: actions)
            #expect(outcome.status == status, "`\(command)` exited \(outcome.status), expected \(status)\n\(outcome.output)")
        }

        // The repository as the workflow finds it: migrations for the schema files, deployed everywhere.
        for setup in ["monolayer migrations generate --name create-users", "monolayer migrate",
                      "monolayer migrate -c staging", "monolayer migrate -c production"] {
            try step(setup, expecting: 0)
        }
        for command in commands { try step(command, expecting: 0) }
        let quietPlan = try String(contentsOf: project.root.appendingPathComponent("plan.md"), encoding: .utf8)
        #expect(quietPlan.lowercased().contains("no changes"), "\(quietPlan)")

        // A pull request that changes the schema without a migration fails at check.
        try "CREATE TABLE teams (id bigint PRIMARY KEY, name text NOT NULL);\n"
            .write(to: project.root.appendingPathComponent("schema/teams.sql"), atomically: true, encoding: .utf8)
        try step(commands[0], expecting: 1)

        // With the migration generated, every step passes and the plan shows staging what will run.
        try step("monolayer migrations generate --name add-teams", expecting: 0)
        for command in commands { try step(command, expecting: 0) }
        let plan = try String(contentsOf: project.root.appendingPathComponent("plan.md"), encoding: .utf8)
        #expect(plan.contains("CREATE TABLE public.teams"), "\(plan)")
        let summaryText = try String(contentsOf: summary, encoding: .utf8)
        #expect(summaryText.contains("monolayer check"), "check's report goes to the step summary: \(summaryText)")
    }
}
