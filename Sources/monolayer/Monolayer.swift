import ArgumentParser
import Foundation

@main
struct Monolayer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monolayer",
        abstract: "A declarative schema compiler for PostgreSQL.",
        discussion: """
            Keep the schema you want as plain SQL in schema/**/*.sql. monolayer compares it with a database and \
            writes migrations split into phases (expand, alter, data, contract) that deploy without downtime.

            With no database configured (no -c, --database-url, DATABASE_URL or development environment), \
            commands use the embedded dev database under .monolayer/dev-db.

            Exit codes: 0 success or no changes; 1 differences found; 2 usage, configuration or input errors; \
            3 refused (confirmation needed, prerequisites pending, applied migration edited); 4 database error.
            """,
        subcommands: [
            InitCommand.self, SyncCommand.self, PlanCommand.self, MigrationsCommand.self, MigrateCommand.self,
            RollbackCommand.self, PullCommand.self, CheckCommand.self, DriftCommand.self, LintCommand.self, DevDBCommand.self,
        ])

    /// Usage errors exit 2 (SPEC section 3), not ArgumentParser's 64; help and real results pass through.
    static func main() {
        MallocSettings.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
