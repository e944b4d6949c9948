import ArgumentParser
import MonolayerKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Replay every migration into a scratch database and compare with the schema files; exit 1 listing what differs.",
        discussion: """
            The CI gate for "the schema changed without a migration". The scratch database lives on the dev \
            database server, which is started when needed, so a CI job needs only PostgreSQL's programs. \
            Also fails on a malformed migration file, on two migrations with one id, on a migration that fails, \
            and (unless --no-down) on a down section that does not give back the schema before its migration. \
            Exit 0 when in sync, 1 with findings.
            """)

    @OptionGroup var project: ProjectOptionGroup

    @Option(help: "Output format: text, markdown (for a pull-request comment) or json.")
    var format: String = "text"

    @Flag(name: .customLong("no-down"), help: "Do not run the down sections.")
    var noDown = false

    func validate() throws {
        guard PlanFormat(rawValue: format) != nil else { throw ValidationError("--format must be text, markdown or json") }
    }

    func run() throws {
        try Frontend.run {
            try CheckOperation(project: try project.project(), console: project.console, format: PlanFormat(rawValue: format)!,
                               checkDowns: !noDown).run()
        }
    }
}
