import DevDatabase
import Foundation
import Migrations
import Postgres

/// The database a command works on, and where it was chosen (for messages and settings). The target is
/// parsed and checked before anything connects; it renders itself with the password masked.
public struct DatabaseTarget: Sendable {
    public enum Source: Sendable, Equatable {
        case flag
        case databaseURLVariable
        /// An environment of the config file: its name, and where its URL was written or read from.
        case environment(name: String, origin: String)
        case devDatabase
    }

    public var connection: ConnectionTarget
    public var source: Source
    public var settings: MigrationRunner.Settings

    /// `--database-url`, then `-c NAME`, then `DATABASE_URL`, then the config's `development`
    /// environment; nil when none names a database (commands then use the dev database, except those
    /// that must not start it just to read, such as `lint`). A target that is named but empty (an unset
    /// variable in CI, `url = ""`) is an error, never a fall-through to libpq's defaults.
    static func named(options: ProjectOptions, config: ProjectConfig, environment: [String: String]) throws -> DatabaseTarget? {
        let named = try options.environment.map { name in
            guard let env = config.environments[name] else {
                let known = config.environments.keys.sorted().joined(separator: ", ")
                throw MonolayerError.configuration(
                    "no environment named \(name) in \(config.file?.path ?? "monolayer.toml (none found)")"
                        + (known.isEmpty ? "" : "; known: \(known)"))
            }
            return env
        }
        if let text = options.databaseURL {
            return DatabaseTarget(connection: try parse(text, source: "--database-url"), source: .flag,
                                  settings: settings(for: named, options))
        }
        if let env = named { return try target(of: env, config: config, environment: environment, options: options) }
        if let text = environment["DATABASE_URL"] {
            return DatabaseTarget(connection: try parse(text, source: "DATABASE_URL"), source: .databaseURLVariable,
                                  settings: settings(for: nil, options))
        }
        if let env = config.environments["development"] {
            return try target(of: env, config: config, environment: environment, options: options)
        }
        return nil
    }

    /// The named target, else the embedded dev database, started on demand.
    static func resolve(options: ProjectOptions, config: ProjectConfig, root: URL,
                        environment: [String: String], console: Console) throws -> DatabaseTarget {
        if let named = try named(options: options, config: config, environment: environment) { return named }
        let settings = settings(for: nil, options)
        console.progress("No database configured: using the embedded dev database (.monolayer/dev-db).")
        let url: String
        do { url = try DevDatabase(projectRoot: root).start().url() } catch {
            throw MonolayerError.database("could not start the dev database: \(error)")
        }
        return DatabaseTarget(connection: try parse(url, source: "the dev database"), source: .devDatabase, settings: settings)
    }

    private static func target(of env: ProjectConfig.EnvironmentConfig, config: ProjectConfig, environment: [String: String],
                               options: ProjectOptions) throws -> DatabaseTarget {
        let (text, origin) = try url(of: env, config: config, environment: environment)
        return DatabaseTarget(connection: try parse(text, source: origin), source: .environment(name: env.name, origin: origin),
                              settings: settings(for: env, options))
    }

    /// An empty or malformed target stops here, with exit 2 and the place it came from.
    private static func parse(_ text: String, source: String) throws -> ConnectionTarget {
        do { return try ConnectionTarget(parsing: text) } catch {
            throw MonolayerError.configuration("invalid database target from \(source): \(error)")
        }
    }

    private static func url(of env: ProjectConfig.EnvironmentConfig, config: ProjectConfig,
                            environment: [String: String]) throws -> (String, String) {
        let key = "environments.\(env.name)"
        if let variable = env.urlEnvironmentVariable {
            let origin = "environment variable \(variable) (url_env of environment \(env.name), \(config.location(of: "\(key).url_env")))"
            guard let value = environment[variable] else {
                throw MonolayerError.configuration("environment \(env.name) reads its URL from \(variable), which is not set "
                    + "(\(config.location(of: "\(key).url_env")))")
            }
            return (value, origin)
        }
        guard let url = env.url else {
            throw MonolayerError.configuration("environment \(env.name) has no url or url_env (\(config.location(of: key)))")
        }
        let origin = "url of environment \(env.name) (\(config.location(of: "\(key).url")))"
        let text = try ProjectConfig.interpolate(url, environment: environment, setting: origin)
        if text.trimmingCharacters(in: .whitespaces).isEmpty && url.contains("${") {
            throw MonolayerError.configuration("\(origin) is empty once its ${...} variables are read: they are set to empty strings")
        }
        return (text, origin)
    }

    private static func settings(for env: ProjectConfig.EnvironmentConfig?, _ options: ProjectOptions) -> MigrationRunner.Settings {
        MigrationRunner.Settings(lockTimeout: env?.lockTimeout ?? "5s", statementTimeout: env?.statementTimeout,
                                        runnerLockWait: options.lockWait ?? env?.runnerLockWait ?? 60)
    }

    /// `postgresql://app:***@db:5432/app (from --database-url)`: the target and where it came from.
    public var displayName: String {
        switch source {
        case .flag: return "\(connection) (from --database-url)"
        case .databaseURLVariable: return "\(connection) (from DATABASE_URL)"
        case .environment(_, let origin): return "\(connection) (from \(origin))"
        case .devDatabase: return "\(connection) (the embedded dev database)"
        }
    }

    public func connect() throws -> Connection {
        do { return try Connection(connection) } catch { throw MonolayerError.database(error.description) }
    }
}
