import ArgumentParser
import Foundation
import Migrations
import MonolayerKit
import Plan

struct MigrationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrations", abstract: "Write, apply and inspect migration files.",
        subcommands: [GenerateCommand.self, ScaffoldCommand.self, ApplyCommand.self, StatusCommand.self])
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write the migrations sync would write, without applying them.",
        discussion: "Refuses (exit 3) while the database has pending migrations: apply them first so the new migration starts where they end.")

    @OptionGroup var project: ProjectOptionGroup
    @OptionGroup var schemaFiles: SchemaFileOptions
    @Option(help: "Name for the migrations (default: derived from the changes).") var name: String?
    @Flag(name: .customLong("allow-drop-all"), help: "Allow a plan that drops every table of the database.")
    var allowDropAll = false
    @Flag(help: "Apply the plan to a scratch copy of the database's schema on the dev database server first; refuse (exit 3) when a statement fails or the result differs from the schema files.")
    var verify = false

    func run() throws {
        try Frontend.run {
            try SyncOperation(project: try project.project(strict: schemaFiles.strict), console: project.console, name: name, apply: false,
                              allowDropAll: allowDropAll, verify: verify).run()
        }
    }
}

struct ScaffoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaffold", abstract: "Write an empty data migration to fill in: monolayer migrations scaffold data --name N.")

    @Argument(help: "What to scaffold; only `data` exists.") var kind: String
    @Option(help: "Name of the migration.") var name: String
    @OptionGroup var project: ProjectOptionGroup

    func validate() throws {
        guard kind == "data" else { throw ValidationError("only data migrations are scaffolded: monolayer migrations scaffold data --name N") }
    }

    func run() throws {
        try Frontend.run {
            let project = try project.project()
            let file = try project.store.write(ProjectScaffold.dataMigration(name: name, at: Date()))
            print("wrote \(file.url?.path ?? file.id)")
            return 0
        }
    }
}

struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply pending migrations of a phase.",
        discussion: """
            --phase expand|alter|data|contract|all. alter refuses while expand migrations are pending; data and \
            contract refuse while expand or alter migrations are pending (exit 3). One contract migration: \
            --phase contract single --name=N (or --phase contract --name N).
            """)

    @OptionGroup var project: ProjectOptionGroup
    @OptionGroup var phase: PhaseOptions
    @OptionGroup var order: OutOfOrderOptions

    func validate() throws { _ = try phase.selection() }

    func run() throws {
        try Frontend.run {
            try ApplyOperation(project: try project.project(), console: project.console, selection: try phase.selection(),
                               allowOutOfOrder: order.allowOutOfOrder).run()
        }
    }
}

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply pending migrations (default: every phase, in order). Same runner as migrations apply.")

    @OptionGroup var project: ProjectOptionGroup
    @OptionGroup var phase: PhaseOptions
    @OptionGroup var order: OutOfOrderOptions

    func validate() throws { _ = try phase.selection() }

    func run() throws {
        try Frontend.run {
            try ApplyOperation(project: try project.project(), console: project.console, selection: try phase.selection(),
                               allowOutOfOrder: order.allowOutOfOrder).run()
        }
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Applied and pending migrations per phase, with edited, missing and broken files (exit 3 when there are some).")

    @OptionGroup var project: ProjectOptionGroup
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Frontend.run { try StatusOperation(project: try project.project(), console: project.console, json: json).run() }
    }
}

/// `--phase P`, and `--phase contract single --name N`.
struct PhaseOptions: ParsableArguments {
    @Option(help: "expand, alter, data, contract or all.") var phase: String = "all"
    @Argument(help: "`single` after --phase contract: apply one contract migration, named by --name.") var mode: String?
    @Option(help: "The contract migration to apply (id, or the name after the timestamp).") var name: String?

    func selection() throws -> PhaseSelection {
        if let mode, mode != "single" { throw ValidationError("unexpected argument \(mode); did you mean `--phase contract single --name N`?") }
        if mode != nil || name != nil {
            guard phase == "contract" else { throw ValidationError("single migrations (--name) apply to the contract phase only") }
            guard let name else { throw ValidationError("--phase contract single needs --name N") }
            return .singleContract(name: name)
        }
        if phase == "all" { return .all }
        guard let value = Phase(rawValue: phase) else { throw ValidationError("--phase must be expand, alter, data, contract or all") }
        return .phase(value)
    }
}
