import Foundation
import Lint
import TOMLKit

/// Turns a parsed `monolayer.toml` into a `ProjectConfig`, refusing unknown settings and values of the
/// wrong type or form with the file and line of the setting.
struct ConfigReader {
    let file: URL
    let lines: [String: Int]

    static let environmentKeys: Set<String> = ["url", "url_env", "lock_timeout", "statement_timeout", "runner_lock_wait"]

    mutating func read(_ table: TOMLTable) throws -> ProjectConfig {
        var config = ProjectConfig()
        config.file = file
        config.lines = lines
        for key in table.keys.sorted() {
            let value = table[key]!
            switch key {
            case "schema": config.schemaDirectory = try string(value, key)
            case "migrations": config.migrationsDirectory = try string(value, key)
            case "strict":
                guard let flag = value.bool else { throw failure(key, "strict must be true or false") }
                config.strict = flag
            case "environments":
                guard let environments = value.table else { throw failure(key, "environments must be a table of environments, written [environments.NAME]") }
                for name in environments.keys.sorted() {
                    let path = "environments.\(name)"
                    guard let settings = environments[name]?.table else {
                        throw failure(path, "\(path) must be a table of settings, written [environments.\(name)]")
                    }
                    config.environments[name] = try environment(name, settings)
                }
            case "lint":
                guard let codes = value.table else { throw failure(key, "lint must be a table of codes, written [lint]") }
                config.lintSeverities = try lintSeverities(codes)
            default: throw failure(key, "unknown setting \(key)")
            }
        }
        return config
    }

    private func environment(_ name: String, _ table: TOMLTable) throws -> ProjectConfig.EnvironmentConfig {
        var environment = ProjectConfig.EnvironmentConfig(name: name)
        for key in table.keys.sorted() {
            let path = "environments.\(name).\(key)"
            let value = table[key]!
            switch key {
            case "url": environment.url = try string(value, path)
            case "url_env":
                let variable = try string(value, path)
                guard !variable.isEmpty else { throw failure(path, "names no environment variable") }
                environment.urlEnvironmentVariable = variable
            case "lock_timeout": environment.lockTimeout = try duration(value, path)
            case "statement_timeout": environment.statementTimeout = try duration(value, path)
            case "runner_lock_wait": environment.runnerLockWait = try seconds(value, path)
            default: throw failure(path, "unknown setting \(path) (known: \(Self.environmentKeys.sorted().joined(separator: ", ")))")
            }
        }
        if environment.url != nil && environment.urlEnvironmentVariable != nil {
            throw failure("environments.\(name).url_env", "environment \(name) sets both url and url_env; keep one")
        }
        return environment
    }

    /// `[lint]`: `B101 = "error"`, `D003 = "off"`; every code is one lint reports, every value a severity.
    private func lintSeverities(_ table: TOMLTable) throws -> [LintCode: LintSeverity] {
        var severities: [LintCode: LintSeverity] = [:]
        for key in table.keys.sorted() {
            let path = "lint.\(key)"
            guard let code = LintCode(rawValue: key) else {
                throw failure(path, "unknown lint code \(key) (known: \(LintCode.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let text = table[key]?.string, let severity = LintSeverity(rawValue: text) else {
                throw failure(path, "\(path) must be \"error\", \"warning\" or \"off\"")
            }
            severities[code] = severity
        }
        return severities
    }

    private func string(_ value: TOMLValueConvertible, _ key: String) throws -> String {
        guard let string = value.string else { throw failure(key, "\(key) must be a quoted string") }
        return string
    }

    /// A PostgreSQL duration as a string (`"5s"`) or a whole number of milliseconds.
    private func duration(_ value: TOMLValueConvertible, _ key: String) throws -> String {
        let text = value.int.map(String.init) ?? value.string
        guard let text else { throw failure(key, "\(key) must be a duration such as \"5s\" or \"15min\"") }
        if let problem = DurationSetting.problem(with: text) { throw failure(key, "\(key) \(problem)") }
        return text
    }

    /// Seconds, finite and not negative, as a number or a quoted number.
    private func seconds(_ value: TOMLValueConvertible, _ key: String) throws -> Double {
        let number = value.int.map(Double.init) ?? value.double ?? value.string.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let number, ProjectOptions.isValidLockWait(number) else {
            throw failure(key, "\(key) must be a number of seconds, 0 or more")
        }
        return number
    }

    private func failure(_ key: String, _ message: String) -> MonolayerError {
        let line = lines[key].map { ":\($0)" } ?? ""
        return MonolayerError.configuration("\(file.path)\(line): \(message)")
    }

    /// toml++ quotes the characters it stopped at ("saw 'x'"), which may be part of a password written
    /// without quotes; the line and column say where, so the quoted part is left out.
    static func safeMessage(_ message: String) -> String {
        let withoutQuoted = message.replacingOccurrences(of: #"\s*(?:,\s*)?(?:saw\s+)?'[^']*'"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\s*"[^"]*""#, with: "", options: .regularExpression)
        return withoutQuoted.isEmpty ? "syntax error" : withoutQuoted
    }
}
