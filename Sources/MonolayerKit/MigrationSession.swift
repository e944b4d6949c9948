import Migrations
import Postgres

/// What every migration-aware command opens first: the migration files, the target database, a
/// runner on it with the environment's settings, and where the files stand against the database.
struct MigrationSession {
    let folder: MigrationFolder
    /// The files that read fine (a command that applies refuses while `folder` has problems).
    var files: [MigrationFile] { folder.files }
    let target: DatabaseTarget
    let connection: Connection
    let runner: MigrationRunner
    let status: MigrationStatus

    /// Every command says on stderr which database it works on and where that target came from;
    /// `allowOutOfOrder` is `--allow-out-of-order` of the commands that apply.
    static func open(_ project: Project, console: Console, allowOutOfOrder: Bool = false) throws -> MigrationSession {
        let folder = try project.loadMigrations()
        let (target, connection, runner) = try connect(project, console: console, allowOutOfOrder: allowOutOfOrder)
        let status = try Operations.mapErrors { try runner.status(of: folder.files) }
        return MigrationSession(folder: folder, target: target, connection: connection, runner: runner, status: status)
    }

    /// The target, a connection to it and a runner on it with the environment's settings.
    static func connect(_ project: Project, console: Console, allowOutOfOrder: Bool) throws
        -> (DatabaseTarget, Connection, MigrationRunner) {
        let target = try project.database(console: console)
        let connection = try target.connect()
        console.progress("Database: \(target.displayName)")
        var settings = target.settings
        settings.allowOutOfOrder = allowOutOfOrder
        return (target, connection, MigrationRunner(connection: connection, settings: settings, log: console.progress))
    }
}
