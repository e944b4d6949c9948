import Diff
import Foundation
import Migrations
import Plan
import Postgres
import SchemaModel

/// `drift`: whether a live database still is what its applied migrations built (or, with
/// `--against schema`, what the schema files declare). The target is only read, in one read-only
/// snapshot, without the runner's lock and without creating the tracking table; the expected schema
/// is built by replaying the recorded migrations into a scratch database on the dev database server.
public struct DriftOperation {
    /// What the database is compared with: the schema its applied migrations build, or the schema files.
    public enum Reference: String, Sendable, CaseIterable { case migrations, schema }

    public let project: Project
    public let console: Console
    public var format: PlanRenderer.Format
    public var reference: Reference

    public init(project: Project, console: Console, format: PlanRenderer.Format, reference: Reference) {
        self.project = project
        self.console = console
        self.format = format
        self.reference = reference
    }

    public func run() throws -> Int32 {
        // Against the schema, the files are read while the database is (read-only); their errors come
        // before any other, and before anything is compared.
        let schemaFiles = reference == .schema ? SchemaReading(project, console: console) : nil
        let folder = try project.loadMigrations()
        let (connection, snapshot) = try schemaFiles.map { try $0.whileReading(readTarget) } ?? readTarget()
        defer { connection.close() }
        let desired = try schemaFiles?.schema()
        let modes = Set(snapshot.locks.filter { $0.lockType == "relation" }.map(\.mode)).sorted()
        console.progress("drift: read the database in one read-only transaction (\(snapshot.locks.count) lock(s), "
            + (modes == ["AccessShareLock"] ? "all ACCESS SHARE on relations)" : "relation lock modes: \(modes.joined(separator: ", ")))"))
        var report = DriftReport(reference: reference, tracked: snapshot.applied != nil,
                                 replayed: 0, objects: [], migrations: Self.migrationFindings(folder, applied: snapshot.applied ?? []),
                                 locks: snapshot.locks)
        let expected: SchemaModel?
        if let desired {
            expected = desired.model
        } else {
            let files = Self.recordedFiles(folder, applied: snapshot.applied ?? [])
            (expected, report.replayed, report.migrations) = try replay(files, roles: snapshot.roles, findings: report.migrations)
        }
        if let expected {
            let changes = SchemaDiffer().diff(current: expected, desired: snapshot.model)
            report.objects = ObjectDrift.findings(changes, expected: expected, actual: snapshot.model)
        }
        console.print(report.render(format))
        return report.hasDrift ? 1 : 0
    }

    /// The target database, and what it holds, read in one read-only transaction.
    private func readTarget() throws -> (Connection, TargetSnapshot) {
        let target = try project.database(console: console)
        let connection = try target.connect()
        console.progress("Database: \(target.displayName)")
        do { return (connection, try TargetSnapshot.read(connection, lockTimeout: target.settings.lockTimeout)) } catch {
            connection.close()
            throw error
        }
    }

    /// The schema the recorded migrations build, replayed in the order the database applied them; nil
    /// (with a finding) when one of them fails, as the schema to compare with is then unknown.
    private func replay(_ files: [MigrationFile], roles: [String], findings: [DriftReport.MigrationFinding]) throws
        -> (SchemaModel?, Int, [DriftReport.MigrationFinding]) {
        try MigrationReplay.inScratchDatabase(project) { scratch in
            console.progress("drift: replaying the \(files.count) applied migration(s) the repository has into a scratch database on the dev database server")
            // Grants and policies name the target's roles; roles belong to the cluster, not to the migrations.
            _ = try ScratchPreparation.createMissingRoles(roles, scratch: scratch)
            let outcome = try MigrationReplay(connection: scratch).replay(files)
            if let (file, error) = outcome.failure {
                let finding = DriftReport.MigrationFinding(
                    kind: .failsOnReplay, migration: file.key,
                    message: "fails when replayed after the migrations applied before it, so the schema it should build is unknown "
                        + "and objects were not compared: \(error)")
                return (nil, outcome.replayed.count, findings + [finding])
            }
            return (try Operations.introspect(scratch), outcome.replayed.count, findings)
        }
    }

    /// The repository's files of the recorded migrations, in the order they were applied.
    static func recordedFiles(_ folder: MigrationFolder, applied: [MigrationTracking.Applied]) -> [MigrationFile] {
        let files = Dictionary(folder.files.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return applied.compactMap { files[$0.key] }
    }

    /// Recorded migrations the repository lacks or has edited are drift; pending ones are listed as
    /// what the next deployment applies.
    static func migrationFindings(_ folder: MigrationFolder, applied: [MigrationTracking.Applied]) -> [DriftReport.MigrationFinding] {
        let status = MigrationStatus(files: folder.files, applied: applied)
        let broken = Dictionary(folder.problems.compactMap { problem in problem.key.map { ($0, problem) } }, uniquingKeysWith: { first, _ in first })
        let recorded = Dictionary(applied.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var findings = status.missing.map { key in
            DriftReport.MigrationFinding(
                kind: .unknownToRepository, migration: key,
                message: broken[key].map { "applied to this database (\(recorded[key]?.appliedAt ?? "")); its file cannot be read: \($0.description)" }
                    ?? "applied to this database (\(recorded[key]?.appliedAt ?? "")), unknown to the repository (no file has it); "
                    + "what it did is not replayed")
        }
        findings += status.changed.map { key in
            DriftReport.MigrationFinding(
                kind: .editedSinceApplied, migration: key,
                message: "the file changed after it was applied here (recorded checksum \(recorded[key]?.checksum.prefix(12) ?? "")...); "
                    + "the replay uses the file as it is now")
        }
        findings += status.pending.map { DriftReport.MigrationFinding(kind: .pending, migration: $0.key, message: "not applied to this database yet") }
        return findings
    }
}
