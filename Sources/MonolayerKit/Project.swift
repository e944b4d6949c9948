import Foundation
import Migrations
import SchemaModel
import SchemaSource

/// A project as a command sees it: root, config, folders, and the database it targets.
public struct Project {
    public let root: URL
    public let config: ProjectConfig
    public let options: ProjectOptions
    public let schemaURL: URL
    public let migrationsURL: URL
    let environment: [String: String]

    public init(options: ProjectOptions, environment: [String: String] = ProcessInfo.processInfo.environment,
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws {
        self.options = options
        self.environment = environment
        var config = ProjectConfig()
        let configURL = options.config.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
            ?? workingDirectory.appendingPathComponent("monolayer.toml")
        if FileManager.default.fileExists(atPath: configURL.path) {
            config = try ProjectConfig.load(configURL)
        } else if options.config != nil {
            throw MonolayerError.configuration("config file \(configURL.path) does not exist")
        }
        self.config = config
        root = config.file?.deletingLastPathComponent() ?? workingDirectory
        // Flags are relative to where the command runs; config paths to the config file.
        schemaURL = options.schema.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
            ?? root.appendingPathComponent(config.schemaDirectory)
        migrationsURL = options.migrations.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
            ?? root.appendingPathComponent(config.migrationsDirectory)
    }

    public var store: MigrationStore { MigrationStore(root: migrationsURL) }

    /// Data statements in the schema files are errors (`--strict` or `strict = true`), not skipped.
    public var strict: Bool { options.strict || config.strict }

    /// Parses the schema files; diagnostics become an input error (exit 2) before any database is touched.
    /// The notices (skipped data statements, DO blocks read as their declarations) are the caller's to print.
    public func loadSchema() throws -> LoadedSchema {
        try Self.loadSchema(at: schemaURL, strict: strict)
    }

    static func loadSchema(at schemaURL: URL, strict: Bool) throws -> LoadedSchema {
        do { return try SchemaLoader(strict: strict).read(path: schemaURL) } catch {
            throw MonolayerError.diagnostics(error.description)
        }
    }

    /// The migrations folder: the files that read fine and the problems of the others. Reading never
    /// stops at a bad file; commands that apply refuse while there are problems (MigrationRunner.apply).
    public func loadMigrations() throws -> MigrationFolder {
        store.load()
    }

    /// The database the flags, `DATABASE_URL` or the config name, without falling back to the dev database.
    public func namedDatabase() throws -> DatabaseTarget? {
        try DatabaseTarget.named(options: options, config: config, environment: environment)
    }

    public func database(console: Console) throws -> DatabaseTarget {
        try DatabaseTarget.resolve(options: options, config: config, root: root, environment: environment, console: console)
    }
}
