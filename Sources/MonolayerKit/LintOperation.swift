import Foundation
import Lint
import Migrations
import Plan
import SchemaSource

/// `lint`: the warning rules over the schema files and the migrations not yet applied, with the
/// severities of `[lint]` in monolayer.toml and the allow comments in the SQL. Exit 1 when a finding of
/// severity error remains, 0 otherwise; 2 when a file does not read or parse.
///
/// Which migrations: the paths given; else those pending on the named database (-c, --database-url,
/// DATABASE_URL, the config's development environment); else, with no database named, those after
/// `--since`, or every migration: lint never starts the dev database just to read.
///
/// A table or index created by a migration of the same batch is new, not existing: the batch is the
/// migrations pending on the database, those after `--since`, or the paths given, as they deploy together.
/// Without any of these, every migration is linted, and a batch is one migration id (one run of
/// `sync` or `generate` writes its phases under one id), so a table an older migration created counts
/// as existing for a hand-written one.
public struct LintOperation {
    public let project: Project
    public let console: Console
    public var paths: [String]
    /// Only migrations whose id sorts after this one (an id or its timestamp).
    public var since: String?
    /// nil: GitHub annotations when GITHUB_ACTIONS is true, else text.
    public var format: LintReport.Format?
    let environment: [String: String]

    public init(project: Project, console: Console, paths: [String] = [], since: String? = nil, format: LintReport.Format? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.project = project
        self.console = console
        self.paths = paths
        self.since = since
        self.format = format
        self.environment = environment
    }

    public func run() throws -> Int32 {
        let report = try report()
        console.print(report.render(format ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .text)))
        return report.errorCount > 0 ? 1 : 0
    }

    /// The findings, without printing them.
    public func report() throws -> LintReport {
        let linter = Linter(severities: project.config.lintSeverities)
        let batches = paths.isEmpty ? try projectBatches() : [try pathSources()]
        var findings: [LintFinding] = []
        var problems: [String] = []
        for batch in batches {
            do { findings += try linter.lint(batch) } catch { problems.append(error.description) }
        }
        if !problems.isEmpty { throw MonolayerError.diagnostics(problems.joined(separator: "\n\n")) }
        if paths.isEmpty { findings += configFindings(linter) }
        return LintReport(findings: findings, fileCount: Set(batches.joined().map(\.file.displayPath)).count)
    }

    /// The batches of migrations to lint, then the schema files.
    private func projectBatches() throws -> [[LintSource]] {
        let folder = try project.loadMigrations()
        if !folder.problems.isEmpty {
            throw MonolayerError.input(folder.problems.map(\.description).joined(separator: "\n"))
        }
        var batches = try migrationBatches(folder.files).map { try $0.map(Self.migrationSource) }
        if FileManager.default.fileExists(atPath: project.schemaURL.path) {
            do { batches.append(try SchemaFiles.find(in: project.schemaURL).map { LintSource(file: $0, kind: .schemaFile) }) } catch {
                throw MonolayerError.diagnostics(error.description)
            }
        }
        return batches
    }

    private func migrationBatches(_ files: [MigrationFile]) throws -> [[MigrationFile]] {
        if let since {
            guard let anchor = files.first(where: { $0.id == since || $0.timestamp == since || $0.name == since }) else {
                throw MonolayerError.usage("--since \(since) names no migration in \(project.migrationsURL.path)")
            }
            return [files.filter { $0.id > anchor.id }]
        }
        guard let target = try project.namedDatabase() else {
            console.progress("lint: no database named, so every migration is linted (name one with -c or --database-url, or pass --since ID)")
            let ids = Set(files.map(\.id)).sorted()
            return ids.map { id in files.filter { $0.id == id } }
        }
        let applied = try Operations.mapErrors { () throws -> Set<String> in
            let connection = try target.connect()
            console.progress("Database: \(target.displayName)")
            return Set(try MigrationTracking(connection: connection).applied().map(\.key))
        }
        let pending = files.filter { !applied.contains($0.key) }
        console.progress("lint: \(pending.count) pending migration(s) of \(files.count)")
        return [pending]
    }

    private static func migrationSource(_ file: MigrationFile) throws -> LintSource {
        guard let url = file.url else { throw MonolayerError.input("migration \(file.key) has no file") }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MonolayerError.input("cannot read \(url.path)")
        }
        let range = try Operations.mapErrors { try MigrationFile.upSection(of: text, id: file.id, phase: file.phase, url: url) }
        // Header lines read `B001 blocking: Changed column type ...`: the code is the first word.
        let acknowledged = Set(file.warnings.compactMap { $0.split(separator: " ").first.map(String.init) })
        return LintSource(file: SourceFile(url: url, displayPath: SchemaFiles.displayPath(url, base: nil), text: text), range: range,
                          kind: .migration(transactional: file.transactional, acknowledged: acknowledged))
    }

    /// Paths given on the command line: a file in a phase folder is a migration, any other a schema file.
    private func pathSources() throws -> [LintSource] {
        try paths.map { path in
            let url = URL(fileURLWithPath: path).standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.path) else { throw MonolayerError.input("\(path) does not exist") }
            if let phase = Phase(rawValue: url.deletingLastPathComponent().lastPathComponent) {
                let file = try Operations.mapErrors { try MigrationStore.read(url, phase: phase) }
                return try Self.migrationSource(file)
            }
            do { return LintSource(file: try SchemaFiles.read(url, base: nil), kind: .schemaFile) } catch {
                throw MonolayerError.diagnostics("\(error)")
            }
        }
    }

    /// B106: environments whose migrations would run without a lock timeout.
    private func configFindings(_ linter: Linter) -> [LintFinding] {
        let config = project.config
        guard let file = config.file else { return [] }
        let lines = (try? String(contentsOf: file, encoding: .utf8))?.components(separatedBy: "\n") ?? []
        return config.environments.keys.sorted().compactMap { name in
            guard let timeout = config.environments[name]?.lockTimeout, DurationSetting.milliseconds(timeout) == 0 else { return nil }
            let line = config.line(of: "environments.\(name).lock_timeout") ?? 0
            return linter.environmentWithoutLockTimeout(name, file: SchemaFiles.displayPath(file, base: nil), line: line,
                                                        sourceLine: line > 0 && line <= lines.count ? lines[line - 1] : "")
        }
    }
}
