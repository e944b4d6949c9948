import Foundation
import MonolayerKit
import Testing

/// `monolayer.toml` read from disk, and `${VAR}` interpolation.
@Suite struct ProjectConfigTests {
    @Test func loadsDirectoriesAndEnvironments() throws {
        let config = try load("""
            schema = "db/schema"
            migrations = "db/migrations"

            [environments.production]
            url = "${PRODUCTION_DATABASE_URL}"
            lock_timeout = "5s"
            statement_timeout = "15min"

            [environments.staging]
            url_env = "STAGING_URL"
            """)
        #expect(config.schemaDirectory == "db/schema")
        #expect(config.migrationsDirectory == "db/migrations")
        #expect(config.file != nil)
        #expect(Set(config.environments.keys) == ["production", "staging"])
        let production = try #require(config.environments["production"])
        #expect(production.name == "production")
        #expect(production.url == "${PRODUCTION_DATABASE_URL}", "the URL is kept as written")
        #expect(production.urlEnvironmentVariable == nil)
        #expect(production.lockTimeout == "5s")
        #expect(production.statementTimeout == "15min")
        let staging = try #require(config.environments["staging"])
        #expect(staging.url == nil)
        #expect(staging.urlEnvironmentVariable == "STAGING_URL")
        #expect(staging.lockTimeout == nil)
        #expect(staging.statementTimeout == nil)
    }

    @Test func valuesTakeTheirTOMLTypes() throws {
        let config = try load("""
            [environments.ci]
            url = 'postgresql://ci@localhost/ci'  # a literal string
            lock_timeout = 500
            statement_timeout = "1.5 min"
            runner_lock_wait = 2.5
            """)
        let ci = try #require(config.environments["ci"])
        #expect(ci.url == "postgresql://ci@localhost/ci")
        #expect(ci.lockTimeout == "500")
        #expect(ci.statementTimeout == "1.5 min")
        #expect(ci.runnerLockWait == 2.5)
        #expect(config.location(of: "environments.ci.lock_timeout").hasSuffix("monolayer.toml:3"))
    }

    @Test(arguments: ["5s", "0", "250ms", "15min", "1h", "1d", "100us", " 3 s ", "1.5s", "2147483647"])
    func durationsPostgreSQLAccepts(text: String) {
        #expect(DurationSetting.problem(with: text) == nil)
    }

    @Test func missingSettingsKeepTheirDefaults() throws {
        let config = try load("# nothing set\n")
        #expect(config.schemaDirectory == "schema")
        #expect(config.migrationsDirectory == "migrations")
        #expect(config.environments.isEmpty)
    }

    @Test(arguments: [
        ("schemas = \"x\"", ":1: unknown setting schemas"),
        ("[environments.prod]\nuser = \"x\"", ":2: unknown setting environments.prod.user"),
        ("[environments]\nurl = \"x\"", ":2: environments.url must be a table of settings"),
        ("[environments.prod.extra]\nurl = \"x\"", ":1: unknown setting environments.prod.extra"),
        ("[database]\nurl = \"x\"", ":1: unknown setting database"),
        ("schema = 3", ":1: schema must be a quoted string"),
        ("\n\n[environments.prod]\nlock_timeout = true", ":4: environments.prod.lock_timeout must be a duration"),
        ("[environments.prod]\nlock_timeout = \"bogus\"", ":2: environments.prod.lock_timeout must be a duration"),
        ("[environments.prod]\nlock_timeout = \"5 S\"", ":2: environments.prod.lock_timeout must be a duration"),
        ("[environments.prod]\nstatement_timeout = \"-5\"", ":2: environments.prod.statement_timeout must not be negative"),
        ("[environments.prod]\nstatement_timeout = \"30d\"", ":2: environments.prod.statement_timeout must be at most"),
        ("[environments.prod]\nrunner_lock_wait = \"-1\"", ":2: environments.prod.runner_lock_wait must be a number of seconds"),
        ("[environments.prod]\nrunner_lock_wait = \"nan\"", ":2: environments.prod.runner_lock_wait must be a number of seconds"),
        ("[environments.prod]\nrunner_lock_wait = inf", ":2: environments.prod.runner_lock_wait must be a number of seconds"),
        ("[environments.prod]\nurl = \"x\"\nurl_env = \"Y\"", ":3: environment prod sets both url and url_env"),
        ("schema = \"x\"\nschema = \"y\"", ":2:10: invalid TOML"),
        ("[environments.prod]\nurl = postgresql://u:pwSECRET@h/db", ":2:7: invalid TOML"),
        ("[environments.prod]\nurl = \"postgresql://u:pw\\qSECRET@h/db\"", ":2:"),
    ])
    func rejectsWhatItDoesNotKnow(text: String, message: String) throws {
        let url = try write(text)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect {
            _ = try ProjectConfig.load(url)
        } throws: { error in
            guard let error = error as? MonolayerError, case .configuration(let description) = error else { return false }
            return description.contains(url.path + message) && !description.contains("SECRET") && error.exitCode == 2
        }
    }

    @Test func missingFileIsAConfigurationError() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-missing-\(UUID().uuidString).toml")
        #expect {
            _ = try ProjectConfig.load(url)
        } throws: { error in
            guard case .configuration(let description)? = error as? MonolayerError else { return false }
            return description.hasPrefix("cannot read \(url.path)")
        }
    }

    @Test func interpolatesVariables() throws {
        let text = try ProjectConfig.interpolate(
            "postgresql://${USER}:${PASSWORD}@db/${USER}_app", environment: ["USER": "ana", "PASSWORD": "s3cret"])
        #expect(text == "postgresql://ana:s3cret@db/ana_app")
    }

    @Test(arguments: ["postgresql://localhost/db", "$HOME/x", "{NOT}", ""])
    func textWithoutPlaceholdersIsUnchanged(text: String) throws {
        #expect(try ProjectConfig.interpolate(text, environment: ["HOME": "/root", "NOT": "x"]) == text)
    }

    @Test func emptyValueIsUsedAsIs() throws {
        #expect(try ProjectConfig.interpolate("a${EMPTY}b", environment: ["EMPTY": ""]) == "ab")
    }

    @Test func unsetVariableIsAnError() {
        #expect {
            _ = try ProjectConfig.interpolate("postgresql://${MISSING}/db", environment: [:])
        } throws: { error in
            guard case .configuration(let description)? = error as? MonolayerError else { return false }
            return description == "the value: environment variable MISSING is not set"
        }
    }

    @Test func unterminatedPlaceholderIsAnError() {
        #expect(throws: MonolayerError.self) {
            _ = try ProjectConfig.interpolate("postgresql://${HOST/db", environment: ["HOST": "h"])
        }
    }

    /// `strict = true`: data statements in schema files are errors, as with `--strict`.
    @Test func strictIsABoolean() throws {
        #expect(try load("strict = true\n").strict)
        #expect(try !load("schema = \"schema\"\n").strict, "off unless set")
        #expect {
            _ = try load("schema = \"schema\"\nstrict = 1\n")
        } throws: { error in
            guard case .configuration(let description)? = error as? MonolayerError else { return false }
            return description.hasSuffix("monolayer.toml:2: strict must be true or false")
        }
    }

    // MARK: - Helpers

    func write(_ text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("monolayer.toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func load(_ text: String) throws -> ProjectConfig {
        let url = try write(text)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        return try ProjectConfig.load(url)
    }
}
