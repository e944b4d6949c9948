import Foundation

/// `monolayer.toml`: where the schema and migrations live, and the named environments.
///
/// ```toml
/// schema = "schema"
/// migrations = "migrations"
///
/// [environments.production]
/// url = "${PRODUCTION_DATABASE_URL}"   # ${VAR} is read from the environment
/// lock_timeout = "5s"
/// statement_timeout = "15min"
/// runner_lock_wait = "60"              # seconds to wait for another runner
/// ```
public struct ProjectConfig: Sendable {
    public var schemaDirectory: String = "schema"
    public var migrationsDirectory: String = "migrations"
    public var environments: [String: EnvironmentConfig] = [:]
    /// The file it was read from; nil when the project has none and runs on defaults.
    public var file: URL?

    public init() {}

    public struct EnvironmentConfig: Sendable {
        public var name: String
        /// The URL as written, `${VAR}` not yet interpolated.
        public var url: String?
        /// The name of an environment variable that holds the URL.
        public var urlEnvironmentVariable: String?
        public var lockTimeout: String?
        public var statementTimeout: String?
        /// Seconds a runner waits for another runner's lock (`runner_lock_wait = "60"`).
        public var runnerLockWait: String?
    }

    static let knownEnvironmentKeys: Set<String> = ["url", "url_env", "lock_timeout", "statement_timeout", "runner_lock_wait"]

    public static func load(_ url: URL) throws -> ProjectConfig {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MonolayerError.configuration("cannot read \(url.path): \(error.localizedDescription)")
        }
        let values: [String: TOMLReader.Value]
        do { values = try TOMLReader.parse(text) } catch {
            throw MonolayerError.configuration("\(url.path): \(error)")
        }
        var config = ProjectConfig()
        config.file = url
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            guard case .string(let string) = value else {
                throw MonolayerError.configuration("\(url.path): \(key) must be a quoted string")
            }
            let parts = key.split(separator: ".").map(String.init)
            switch parts.count {
            case 1 where key == "schema": config.schemaDirectory = string
            case 1 where key == "migrations": config.migrationsDirectory = string
            case 3 where parts[0] == "environments" && knownEnvironmentKeys.contains(parts[2]):
                var environment = config.environments[parts[1]] ?? EnvironmentConfig(name: parts[1])
                switch parts[2] {
                case "url": environment.url = string
                case "url_env": environment.urlEnvironmentVariable = string
                case "lock_timeout": environment.lockTimeout = string
                case "runner_lock_wait":
                    guard Double(string) != nil else {
                        throw MonolayerError.configuration("\(url.path): \(key) must be a number of seconds")
                    }
                    environment.runnerLockWait = string
                default: environment.statementTimeout = string
                }
                config.environments[parts[1]] = environment
            default:
                throw MonolayerError.configuration("\(url.path): unknown setting \(key)")
            }
        }
        return config
    }

    /// `${VAR}` → the variable's value; an unset variable is an error, never an empty string.
    public static func interpolate(_ text: String, environment: [String: String]) throws -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw MonolayerError.configuration("unterminated ${ in \(text)")
            }
            let name = String(rest[start.upperBound..<end])
            guard let value = environment[name] else {
                throw MonolayerError.configuration("environment variable \(name) is not set")
            }
            result += value
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
