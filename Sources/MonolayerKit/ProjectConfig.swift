import Foundation
import Lint
import TOMLKit

/// `monolayer.toml`: where the schema and migrations live, and the named environments. Every value is
/// checked when the file is read, before any file is written or any database touched.
///
/// ```toml
/// schema = "schema"
/// migrations = "migrations"
/// strict = true                        # data statements in schema files are errors, not skipped
///
/// [environments.production]
/// url = "${PRODUCTION_DATABASE_URL}"   # ${VAR} is read from the environment
/// lock_timeout = "5s"
/// statement_timeout = "15min"
/// runner_lock_wait = 60                # seconds to wait for another runner
///
/// [lint]
/// B101 = "error"                       # severity per code: error, warning or off
/// ```
public struct ProjectConfig: Sendable {
    public var schemaDirectory: String = "schema"
    public var migrationsDirectory: String = "migrations"
    /// Data statements in the schema files are errors rather than skipped with a notice (as `--strict`).
    public var strict = false
    public var environments: [String: EnvironmentConfig] = [:]
    /// `[lint]`: severities that replace the codes' defaults.
    public var lintSeverities: [LintCode: LintSeverity] = [:]
    /// The file it was read from; nil when the project has none and runs on defaults.
    public var file: URL?
    /// The line each setting is written on (`environments.production.url` → 5), for messages.
    var lines: [String: Int] = [:]

    public init() {}

    public struct EnvironmentConfig: Sendable {
        public var name: String
        /// The URL as written, `${VAR}` not yet interpolated.
        public var url: String?
        /// The name of an environment variable that holds the URL.
        public var urlEnvironmentVariable: String?
        /// PostgreSQL durations (`5s`, `15min`, `500` for milliseconds), checked by `DurationSetting`.
        public var lockTimeout: String?
        public var statementTimeout: String?
        /// Seconds a runner waits for another runner's lock.
        public var runnerLockWait: Double?
    }

    /// The line a setting is written on (`environments.production.lock_timeout`), when known.
    public func line(of key: String) -> Int? { lines[key] }

    /// `monolayer.toml:5`, or the file alone when the line is unknown; for messages about a setting.
    public func location(of key: String) -> String {
        let path = file?.path ?? "monolayer.toml"
        return lines[key].map { "\(path):\($0)" } ?? path
    }

    public static func load(_ url: URL) throws -> ProjectConfig {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MonolayerError.configuration("cannot read \(url.path): it is missing or not UTF-8 text")
        }
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw MonolayerError.configuration(
                "\(url.path):\(error.source.begin.line):\(error.source.begin.column): invalid TOML: \(ConfigReader.safeMessage(error.description))")
        }
        var reader = ConfigReader(file: url, lines: TOMLKeyLines.find(in: text))
        return try reader.read(table)
    }

    /// `${VAR}` → the variable's value; an unset variable is an error, never an empty string. Messages
    /// name the setting, never its text (it may hold a password).
    public static func interpolate(_ text: String, environment: [String: String], setting: String = "the value") throws -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw MonolayerError.configuration("\(setting): a ${ has no closing }")
            }
            let name = String(rest[start.upperBound..<end])
            guard let value = environment[name] else {
                throw MonolayerError.configuration("\(setting): environment variable \(name) is not set")
            }
            result += value
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
