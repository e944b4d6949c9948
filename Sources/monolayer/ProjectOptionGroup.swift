import ArgumentParser
import MonolayerKit

/// The options every database command takes (SPEC section 3).
struct ProjectOptionGroup: ParsableArguments {
    @Option(name: [.customShort("c"), .customLong("env")], help: ArgumentHelp("Use the environment NAME from monolayer.toml.", valueName: "name"))
    var environment: String?

    @Option(name: .customLong("database-url"), help: "Database URL (overrides -c; DATABASE_URL is read when nothing else names a database).")
    var databaseURL: String?

    @Option(help: ArgumentHelp("Folder of schema files (default: schema/).", valueName: "dir"))
    var schema: String?

    @Option(help: ArgumentHelp("Folder of migrations (default: migrations/).", valueName: "dir"))
    var migrations: String?

    @Option(help: ArgumentHelp("Config file (default: ./monolayer.toml).", valueName: "file"))
    var config: String?

    @Flag(help: "Answer every confirmation with yes (for CI and scripts).")
    var yes = false

    @Flag(name: .customLong("no-color"), help: "Plain output without colors.")
    var noColor = false

    @Option(name: .customLong("lock-wait"), help: ArgumentHelp("Seconds to wait for another runner's migration lock (default 60, or the environment's runner_lock_wait).", valueName: "seconds"))
    var lockWait: Double?

    func validate() throws {
        if let lockWait, !ProjectOptions.isValidLockWait(lockWait) {
            throw ValidationError("--lock-wait must be a number of seconds, 0 or more")
        }
    }

    var options: ProjectOptions {
        ProjectOptions(environment: environment, databaseURL: databaseURL, schema: schema, migrations: migrations,
                       config: config, assumeYes: yes, noColor: noColor, lockWait: lockWait)
    }

    /// `strict`: the command's `--strict` (see `SchemaFileOptions`).
    func project(strict: Bool = false) throws -> Project {
        var options = options
        options.strict = strict
        return try Project(options: options)
    }
    var console: Console { Console(assumeYes: yes) }
}

/// The options of the commands that read the schema files (plan, sync, migrations generate).
struct SchemaFileOptions: ParsableArguments {
    @Flag(help: "Refuse data statements in the schema files (INSERT, UPDATE, DELETE, MERGE, COPY ... FROM with its rows, SELECT setval(...)) as errors with file:line:col, rather than skip them with one notice per file; strict = true in monolayer.toml does the same.")
    var strict = false
}
