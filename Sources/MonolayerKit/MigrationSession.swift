import Migrations
import Postgres

/// What every migration-aware command opens first: the migration files, the target database, a
/// runner on it with the environment's settings, and where the files stand against the database.
struct MigrationSession {
    let files: [MigrationFile]
    let target: DatabaseTarget
    let connection: Connection
    let runner: MigrationRunner
    let status: MigrationStatus

    /// `announce` prints which database the command works on (for commands that change it).
    static func open(_ project: Project, console: Console, announce: Bool) throws -> MigrationSession {
        let files = try project.loadMigrations()
        let target = try project.database(console: console)
        let connection = try target.connect()
        if announce { console.progress("Database: \(target.displayName)") }
        let runner = MigrationRunner(connection: connection, settings: target.settings, log: console.progress)
        let status = try Operations.mapErrors { try runner.status(of: files) }
        return MigrationSession(files: files, target: target, connection: connection, runner: runner, status: status)
    }
}
