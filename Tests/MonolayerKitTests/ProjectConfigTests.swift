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

    @Test func missingSettingsKeepTheirDefaults() throws {
        let config = try load("# nothing set\n")
        #expect(config.schemaDirectory == "schema")
        #expect(config.migrationsDirectory == "migrations")
        #expect(config.environments.isEmpty)
    }

    @Test(arguments: [
        ("schemas = \"x\"", "unknown setting schemas"),
        ("[environments.prod]\nuser = \"x\"", "unknown setting environments.prod.user"),
        ("[environments]\nurl = \"x\"", "unknown setting environments.url"),
        ("[environments.prod.extra]\nurl = \"x\"", "unknown setting environments.prod.extra.url"),
        ("[database]\nurl = \"x\"", "unknown setting database.url"),
        ("schema = 3", "schema must be a quoted string"),
        ("[environments.prod]\nlock_timeout = 5", "environments.prod.lock_timeout must be a quoted string"),
        ("schema = \"x\"\nschema = \"y\"", "line 2: schema is set twice"),
    ])
    func rejectsWhatItDoesNotKnow(text: String, message: String) throws {
        let url = try write(text)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect {
            _ = try ProjectConfig.load(url)
        } throws: { error in
            guard let error = error as? MonolayerError, case .configuration(let description) = error else { return false }
            return description.contains(message) && description.contains(url.path) && error.exitCode == 2
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
            return description == "environment variable MISSING is not set"
        }
    }

    @Test func unterminatedPlaceholderIsAnError() {
        #expect(throws: MonolayerError.self) {
            _ = try ProjectConfig.interpolate("postgresql://${HOST/db", environment: ["HOST": "h"])
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
