import Diff
import Foundation
import Migrations
import Plan
import Postgres
import SchemaModel

/// `check`: the CI gate for "the schema files changed without a migration". Every migration is replayed,
/// in phase order with the real runner, into a scratch database on the dev database server (started
/// on demand, so a CI job needs only PostgreSQL's programs); the result must equal the schema files.
/// Unless `--no-down`, each down section is then run, newest first, and must give back the schema as it
/// was before its migration. A broken file or two migrations with one id are findings too.
public struct CheckOperation {
    public let project: Project
    public let console: Console
    public var format: PlanRenderer.Format
    public var checkDowns: Bool

    public init(project: Project, console: Console, format: PlanRenderer.Format, checkDowns: Bool = true) {
        self.project = project
        self.console = console
        self.format = format
        self.checkDowns = checkDowns
    }

    public struct Finding: Equatable, Sendable {
        public enum Kind: String, Sendable { case invalidFile = "invalid_file", failingMigration = "failing_migration",
                                              missingChanges = "missing_changes", downNotRestoring = "down_not_restoring" }
        public var kind: Kind
        /// `phase/id` of the migration concerned, if one is.
        public var migration: String?
        public var message: String
        /// For missing changes: the statements a migration would still need.
        public var statements: [String] = []
    }

    public func run() throws -> Int32 {
        // The files are read while the migrations are replayed (on the dev server, not the target).
        let files = SchemaReading(project, console: console)
        let folder = try project.loadMigrations()
        var findings = folder.problems.map { Finding(kind: .invalidFile, migration: $0.key, message: $0.description) }
        findings += Self.sharedIDs(folder.files)
        findings += try files.whileReading {
            try MigrationReplay.inScratchDatabase(project) { connection in
                console.progress("check: replaying \(folder.files.count) migration(s) into a scratch database on the dev database server")
                return try replayFindings(folder.files, desired: { try files.schema().model }, on: connection)
            }
        }
        _ = try files.schema()  // also when a migration failed before the model was needed
        console.print(Self.render(findings, migrations: folder.files.count, checkedDowns: checkDowns, format: format))
        return findings.isEmpty ? 0 : 1
    }

    /// Replays every file; the result must equal the schema files, and (unless `--no-down`) each down
    /// section must give back the schema before its migration.
    private func replayFindings(_ files: [MigrationFile], desired desiredModel: () throws -> SchemaModel, on connection: Connection) throws -> [Finding] {
        var states = [try Operations.introspect(connection)]
        let outcome = try MigrationReplay(connection: connection).replay(files) { _ in
            if checkDowns { states.append(try Operations.introspect(connection)) }
        }
        if let (file, error) = outcome.failure {
            return [Finding(kind: .failingMigration, migration: file.key,
                            message: "\(file.key) fails on the schema the migrations before it build: \(error)")]
        }
        var findings: [Finding] = []
        let built = checkDowns ? states[states.count - 1] : try Operations.introspect(connection)
        let desired = try desiredModel()
        let plan = Planner.plan(current: built, desired: desired)
        if !plan.isEmpty {
            findings.append(Finding(kind: .missingChanges, migration: nil,
                                    message: "the schema files differ from what the migrations build: "
                                        + "\(plan.statements.count) statement(s) are in no migration (run `monolayer sync` or "
                                        + "`monolayer migrations generate`)",
                                    statements: plan.statements.map(\.sql)))
        }
        if checkDowns { findings += try downFindings(outcome.replayed, states: states, on: connection) }
        return findings
    }

    /// Two files with one id in different phases: the runner tracks migrations by phase and id, but an
    /// id names one change in reviews and in `rollback`.
    static func sharedIDs(_ files: [MigrationFile]) -> [Finding] {
        Dictionary(grouping: files, by: \.id).values.filter { $0.count > 1 }.sorted { $0[0].id < $1[0].id }.map { files in
            Finding(kind: .invalidFile, migration: files[0].key,
                    message: "migration id \(files[0].id) is used by \(files.map(\.key).joined(separator: " and "))")
        }
    }

    /// Down sections, newest first, each run as the rollback runs it; the schema after each must be
    /// the one before its migration (`states[k]` is the schema before migration `k`).
    private func downFindings(_ files: [MigrationFile], states: [SchemaModel], on connection: Connection) throws -> [Finding] {
        for (index, file) in files.enumerated().reversed() {
            do {
                _ = try MigrationRunner(connection: connection, log: { _ in }).rollback([file])
            } catch {
                return [Finding(kind: .downNotRestoring, migration: file.key, message: "the down section of \(file.key) fails: \(error)")]
            }
            let restored = try Operations.introspect(connection)
            let differences = SchemaDiffer().diff(current: restored, desired: states[index])
            if !differences.isEmpty {
                return [Finding(kind: .downNotRestoring, migration: file.key,
                                message: "the down section of \(file.key) does not give back the schema before it: "
                                    + differences.prefix(5).map { "\($0)" }.joined(separator: "; "))]
            }
        }
        return []
    }

    static func render(_ findings: [Finding], migrations: Int, checkedDowns: Bool, format: PlanRenderer.Format) -> String {
        let scope = "\(migrations) migration(s) replayed" + (checkedDowns ? ", down sections checked" : "")
        switch format {
        case .json:
            let report = JSONReport(version: 1, inSync: findings.isEmpty, migrations: migrations, downsChecked: checkedDowns,
                                    findings: findings.map {
                                        .init(kind: $0.kind.rawValue, migration: $0.migration, message: $0.message,
                                              statements: $0.statements.isEmpty ? nil : $0.statements)
                                    })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        case .markdown:
            guard !findings.isEmpty else { return "**monolayer check**: in sync (\(scope))." }
            var lines = ["**monolayer check**: \(findings.count) finding(s) (\(scope))", ""]
            for finding in findings {
                lines.append("- \(finding.message)")
                if !finding.statements.isEmpty {
                    lines += ["", "  <details><summary>missing statements</summary>", "", "  ```sql"]
                    lines += finding.statements.map { "  " + $0.replacingOccurrences(of: "\n", with: "\n  ") + ";" }
                    lines += ["  ```", "  </details>"]
                }
            }
            return lines.joined(separator: "\n")
        case .text:
            guard !findings.isEmpty else { return "check: in sync (\(scope))" }
            var lines = ["check: \(findings.count) finding(s) (\(scope))"]
            for finding in findings {
                lines.append("- " + finding.message)
                lines += finding.statements.map { "    " + $0.replacingOccurrences(of: "\n", with: "\n    ") + ";" }
            }
            return lines.joined(separator: "\n")
        }
    }

    private struct JSONReport: Encodable {
        struct Item: Encodable {
            var kind: String
            var migration: String?
            var message: String
            var statements: [String]?
        }

        var version: Int
        var inSync: Bool
        var migrations: Int
        var downsChecked: Bool
        var findings: [Item]
    }
}
