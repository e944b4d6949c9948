import Foundation
import ArgumentParser
import MonolayerKit

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Diff the schema files against the database, write migrations, and apply them.",
        discussion: """
            Pending migrations in the migrations folder are applied first. Then the schema files are compared with \
            the database; the changes are written as at most one migration per phase (plus one per phase for \
            statements that cannot run in a transaction) and applied in phase order. Destructive changes need \
            confirmation (--yes without a terminal). A table or column dropped and another added that look \
            like a rename are asked about on a terminal; otherwise they stay a drop and an add, and the hint \
            that makes them a rename is printed. A second sync with no edits reports no changes.
            """)

    @OptionGroup var project: ProjectOptionGroup
    @OptionGroup var schemaFiles: SchemaFileOptions
    @OptionGroup var order: OutOfOrderOptions

    @Option(help: "Name for the migrations (default: derived from the changes).")
    var name: String?

    @Flag(name: .customLong("allow-drop-all"), help: "Allow a plan that drops every table of the database (besides --yes).")
    var allowDropAll = false

    @Flag(help: "Apply the plan to a scratch copy of the database's schema on the dev database server first; refuse (exit 3) when a statement fails or the result differs from the schema files.")
    var verify = false

    func run() throws {
        try Frontend.run {
            var sync = SyncOperation(project: try project.project(strict: schemaFiles.strict), console: project.console, name: name, apply: true,
                                     allowDropAll: allowDropAll, verify: verify)
            sync.allowOutOfOrder = order.allowOutOfOrder
            return try sync.run()
        }
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what sync would generate: every change with its phase, SQL and warnings. Writes nothing.")

    @OptionGroup var project: ProjectOptionGroup
    @OptionGroup var schemaFiles: SchemaFileOptions

    @Option(help: "Output format: text, markdown (for a pull-request comment) or json (lists the skipped data statements too).")
    var format: String = "text"

    @Flag(name: .customLong("exit-code"), help: "Exit 1 when there are changes.")
    var exitCode = false

    @Flag(help: "Apply the plan to a scratch copy of the database's schema on the dev database server first; refuse (exit 3) when a statement fails or the result differs from the schema files.")
    var verify = false

    func validate() throws {
        guard PlanFormat(rawValue: format) != nil else { throw ValidationError("--format must be text, markdown or json") }
    }

    func run() throws {
        try Frontend.run {
            try PlanOperation(project: try project.project(strict: schemaFiles.strict), console: project.console,
                              format: PlanFormat(rawValue: format)!, exitCodeOnChanges: exitCode, verify: verify).run()
        }
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create monolayer.toml, schema/ and migrations/ in the current folder (keeps what exists).")

    func run() throws {
        try Frontend.run {
            let created = try ProjectScaffold.initialize(at: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            print(created.isEmpty ? "Nothing to do: the project is set up." : created.map { "created \($0)" }.joined(separator: "\n"))
            return 0
        }
    }
}
