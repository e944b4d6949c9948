import ArgumentParser
import Lint
import MonolayerKit

extension LintReport.Format: ExpressibleByArgument {}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Run the warning rules over the schema files and the pending migrations; exit 1 on errors.",
        discussion: """
            Migrations linted: the PATHs given (a file in an expand/alter/data/contract folder is a migration, \
            any other a schema file); else those not applied on the named database (-c, --database-url, \
            DATABASE_URL or the config's development environment); else every migration, or those after \
            --since ID (lint never starts the dev database). Only a migration's up section is linted. A table \
            or index created by the migrations that deploy with it (the pending ones, those after --since, the \
            PATHs; with every migration linted, those of one id) is new, and the locking rules leave it alone.

            Severity per code in monolayer.toml: [lint] B101 = "error", D003 = "off" (error, warning, off). \
            A comment `-- monolayer: allow CODE reason` directly above a statement suppresses that code there; \
            one that suppresses nothing is reported as L001. A code listed in a migration's header \
            (-- warnings:) counts at most as a warning. docs/lint-rules.md lists every rule.

            Output: text; json ("version": 1); github (workflow annotations), the default when \
            GITHUB_ACTIONS=true. Exit 0 without errors, 1 with errors, 2 when a file does not read or parse.
            """)

    @OptionGroup var project: ProjectOptionGroup

    @Argument(help: ArgumentHelp("Migration or schema files to lint instead of the project's.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Lint only migrations after this one (an id, its timestamp or its name).", valueName: "id"))
    var since: String?

    @Option(help: "Output format: text, json or github (default: github when GITHUB_ACTIONS=true, else text).")
    var format: LintReport.Format?

    func validate() throws {
        if since != nil && !paths.isEmpty { throw ValidationError("--since applies to the project's migrations, not to PATHs given") }
    }

    func run() throws {
        try Frontend.run {
            try LintOperation(project: try project.project(), console: project.console, paths: paths, since: since, format: format).run()
        }
    }
}
