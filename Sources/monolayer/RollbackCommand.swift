import ArgumentParser
import MonolayerKit

struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Revert applied migrations newest first by running their down sections (for development).",
        discussion: """
            On a terminal without --to/--steps/--all, a picker lists the applied migrations. --to NAME keeps NAME \
            (and the other phases of its run) and reverts everything applied after it. With --delete-files the \
            reverted files are removed, so the next sync writes the feature as one migration per phase.
            """)

    @OptionGroup var project: ProjectOptionGroup
    @Option(help: "Roll back to this migration (id, or the name after the timestamp); it stays applied.") var to: String?
    @Option(help: "Roll back this many migrations.") var steps: Int?
    @Flag(help: "Roll back every applied migration.") var all = false
    @Flag(name: .customLong("delete-files"), help: "Delete the reverted migration files.") var deleteFiles = false
    @Flag(name: .customLong("keep-files"), help: "Keep the reverted migration files (they become pending).") var keepFiles = false

    func validate() throws {
        if [to != nil, steps != nil, all].filter({ $0 }).count > 1 {
            throw ValidationError("use one of --to, --steps and --all")
        }
        if deleteFiles && keepFiles { throw ValidationError("use --delete-files or --keep-files, not both") }
    }

    func run() throws {
        let target: RollbackOperation.Target = to.map { .to($0) } ?? steps.map { .steps($0) } ?? (all ? .all : .ask)
        let files: RollbackOperation.Files = deleteFiles ? .delete : keepFiles ? .keep : .ask
        try Frontend.run {
            try RollbackOperation(project: try project.project(), console: project.console, target: target, files: files).run()
        }
    }
}
