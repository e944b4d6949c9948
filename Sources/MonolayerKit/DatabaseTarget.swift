import DevDatabase
import Foundation
import Migrations
import Postgres

/// The database a command works on, and how it was chosen (for messages and settings).
public struct DatabaseTarget: Sendable {
    public enum Source: Sendable, Equatable {
        case flag, environment(String), databaseURLVariable, devDatabase
    }

    public var url: String
    public var source: Source
    public var settings: MigrationRunner.Settings

    /// `--database-url`, then `-c NAME`, then `DATABASE_URL`, then the config's `development`
    /// environment, then the embedded dev database, started on demand (SPEC sections 3 and 9).
    static func resolve(options: ProjectOptions, config: ProjectConfig, root: URL,
                        environment: [String: String], console: Console) throws -> DatabaseTarget {
        if let url = options.databaseURL {
            return DatabaseTarget(url: url, source: .flag, settings: settings(for: options.environment.flatMap { config.environments[$0] }, options))
        }
        if let name = options.environment {
            guard let env = config.environments[name] else {
                let known = config.environments.keys.sorted().joined(separator: ", ")
                throw MonolayerError.configuration(
                    "no environment named \(name) in \(config.file?.path ?? "monolayer.toml (none found)")"
                        + (known.isEmpty ? "" : "; known: \(known)"))
            }
            return DatabaseTarget(url: try url(of: env, environment: environment), source: .environment(name), settings: settings(for: env, options))
        }
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            return DatabaseTarget(url: url, source: .databaseURLVariable, settings: settings(for: nil, options))
        }
        if let env = config.environments["development"] {
            return DatabaseTarget(url: try url(of: env, environment: environment), source: .environment("development"), settings: settings(for: env, options))
        }
        console.progress("No database configured: using the embedded dev database (.monolayer/dev-db).")
        do {
            let endpoint = try DevDatabase(projectRoot: root).start()
            return DatabaseTarget(url: endpoint.url(), source: .devDatabase, settings: settings(for: nil, options))
        } catch {
            throw MonolayerError.database("could not start the dev database: \(error)")
        }
    }

    private static func url(of env: ProjectConfig.EnvironmentConfig, environment: [String: String]) throws -> String {
        if let variable = env.urlEnvironmentVariable {
            guard let value = environment[variable], !value.isEmpty else {
                throw MonolayerError.configuration("environment \(env.name) reads its URL from \(variable), which is not set")
            }
            return value
        }
        guard let url = env.url else { throw MonolayerError.configuration("environment \(env.name) has no url or url_env") }
        return try ProjectConfig.interpolate(url, environment: environment)
    }

    private static func settings(for env: ProjectConfig.EnvironmentConfig?, _ options: ProjectOptions) -> MigrationRunner.Settings {
        let wait = options.lockWait ?? env?.runnerLockWait.flatMap(Double.init) ?? 60
        return MigrationRunner.Settings(lockTimeout: env?.lockTimeout ?? "5s", statementTimeout: env?.statementTimeout,
                                        runnerLockWait: wait)
    }

    public var displayName: String {
        switch source {
        case .devDatabase: return "dev database \(ConnectionString.masked(url))"
        case .environment(let name): return "\(name) (\(ConnectionString.masked(url)))"
        default: return ConnectionString.masked(url)
        }
    }

    public func connect() throws -> Connection {
        do { return try Connection(url) } catch { throw MonolayerError.database(error.description) }
    }
}
