import ArgumentParser
import MonolayerKit

struct DriftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Compare a live database with what its applied migrations build (or the schema files); exit 1 naming every object that differs.",
        discussion: """
            The migrations recorded in the database are replayed, in the order it applied them, into a scratch \
            database on the dev database server (started when needed); the result is compared with the \
            database, object by object: an object made by hand, one dropped by hand, one whose attributes \
            changed. With --against schema the database is compared with the schema files instead. Applied \
            migrations the repository does not have, and files edited since they were applied, are findings \
            too; pending migrations are listed but are not drift.

            The database is only read: one read-only REPEATABLE READ transaction that takes ACCESS SHARE \
            locks on catalog tables (and monolayer's tracking table) and nothing else, without the runner's \
            lock and without creating the tracking schema; see docs/commands/drift.md. \
            Exit 0 without drift, 1 with drift, 2 on usage or configuration errors, 4 on a database error.
            """)

    @OptionGroup var project: ProjectOptionGroup

    @Option(help: ArgumentHelp("Compare with the schema the applied migrations build (migrations) or with the schema files (schema).",
                               valueName: "migrations|schema"))
    var against: String = "migrations"

    @Option(help: "Output format: text, markdown (for a pull-request comment) or json.")
    var format: String = "text"

    func validate() throws {
        guard PlanFormat(rawValue: format) != nil else { throw ValidationError("--format must be text, markdown or json") }
        guard DriftOperation.Reference(rawValue: against) != nil else { throw ValidationError("--against must be migrations or schema") }
    }

    func run() throws {
        try Frontend.run {
            try DriftOperation(project: try project.project(), console: project.console, format: PlanFormat(rawValue: format)!,
                               reference: DriftOperation.Reference(rawValue: against)!).run()
        }
    }
}
