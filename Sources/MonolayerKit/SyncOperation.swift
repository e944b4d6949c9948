import Diff
import Foundation
import Introspection
import Migrations
import Plan
import Postgres
import SchemaModel

/// `sync` and `migrations generate`: diff the schema files against the database, write at most one
/// migration per phase (and transaction mode), and for `sync` apply them.
public struct SyncOperation {
    public let project: Project
    public let console: Console
    public var name: String?
    public var apply: Bool
    /// A plan that drops every table of a database that has tables needs this as well as a confirmation.
    public var allowDropAll: Bool
    /// `--allow-out-of-order` for the pending migrations sync applies first.
    public var allowOutOfOrder = false
    /// `--verify`: apply the migrations to a scratch copy on the dev database server before writing them.
    public var verify: Bool

    public init(project: Project, console: Console, name: String?, apply: Bool, allowDropAll: Bool = false, verify: Bool = false) {
        self.project = project
        self.console = console
        self.name = name
        self.apply = apply
        self.allowDropAll = allowDropAll
        self.verify = verify
    }

    public func run() throws -> Int32 {
        // The files are read while sync connects, takes the lock and reads the database; they are
        // waited for before anything is applied or written.
        let files = SchemaReading(project, console: console)
        let (_, connection, runner) = try files.whileReading {
            try MigrationSession.connect(project, console: console, allowOutOfOrder: allowOutOfOrder)
        }
        // The runner's lock is held from before the diff until the new migrations are applied: a second
        // sync in the same project waits here, then plans against what this one applied instead of
        // writing the same migrations again.
        return try files.whileReading {
            try Operations.mapErrors {
                try runner.whileHoldingLock { try synchronize(files: files, connection: connection, runner: runner) }
            }
        }
    }

    private func synchronize(files: SchemaReading, connection: Connection, runner: MigrationRunner) throws -> Int32 {
        let folder = try project.loadMigrations()
        // Refused before anything is written or applied, also when nothing is pending (a stray file).
        if apply { try folder.checkValid() }
        let status = try runner.status(of: folder.files)
        if !status.pending.isEmpty {
            guard apply else {
                throw MonolayerError.refused(
                    "\(status.pending.count) migration(s) are not applied yet: \(status.pending.map(\.id).joined(separator: ", "))\n"
                        + "Apply them first (monolayer migrate), so the new migration starts from where they end.")
            }
            _ = try files.schema()  // the files' errors stop sync before it applies anything
            console.progress("Applying \(status.pending.count) pending migration(s) first.")
            try runner.apply(folder, selection: .all)
        }
        let current = try Operations.introspect(connection)
        let desired = try files.schema().model
        var (plan, renameProblems) = Planner.planReportingRenames(current: current, desired: desired)
        try RenameHintCheck.check(renameProblems)
        let renames = askAboutRenames(current: current, desired: desired)
        if !renames.isEmpty {
            let origin = SourceOrigin(file: "(answer at the prompt)", line: 0, column: 0, sourceLine: "")
            plan = Planner.plan(current: current, desired: desired.hinting(renames, origin: origin))
        }
        guard !plan.isEmpty else {
            console.print("No changes: the database matches the schema files.")
            return 0
        }
        try Operations.checkParses(plan)
        let migrationName = MigrationStore.slug(name ?? MigrationNamer.name(for: plan))
        let planned = MigrationStore.files(for: plan, name: migrationName, at: Date())
        console.print(PlanRenderer.render(plan, format: .text))
        try DropAllGuard.check(current: current, desired: desired, allowed: allowDropAll)
        if verify {
            try PlanVerifier.forProject(project, console: console)
                .verify(planned, target: connection, current: current, desired: desired)
        }
        let destructive = plan.warnings.filter { $0.category == .destructive }
        if apply, !destructive.isEmpty,
           !(try console.confirm("The plan has \(destructive.count) destructive change(s). Write and apply it?")) {
            console.print("Nothing written.")
            return 3
        }
        let written = try planned.map { file in
            try project.store.write(file)
        }
        for file in written { console.print("wrote \(Operations.displayPath(file.url, project: project))") }
        guard apply else { return 0 }
        try applyWritten(written, after: folder, runner: runner, connection: connection)
        console.print("Applied \(written.count) migration\(written.count == 1 ? "" : "s").")
        try verifyConverged(connection: connection, desired: desired)
        return 0
    }

    /// Drops and adds that look like renames, and which of them to plan as renames: on a terminal
    /// (without `--yes`) each is asked about; otherwise nothing is guessed, and each is pointed out with
    /// the hint that would make it a rename.
    private func askAboutRenames(current: SchemaModel, desired: SchemaModel) -> [Rename] {
        let candidates = RenameCandidates.find(current: current, desired: desired)
        guard console.isInteractive, !console.assumeYes else {
            for candidate in candidates { console.progress("note: \(candidate.candidateHint)") }
            return []
        }
        return candidates.filter { (try? console.confirm($0.candidateQuestion)) == true }
    }

    /// Applies what this run wrote. When one fails, the files of this run that were not applied are
    /// removed: they were generated from the schema files as they are now, and left pending they would
    /// fail again first in every later sync, even after the schema is fixed.
    private func applyWritten(_ written: [MigrationFile], after folder: MigrationFolder, runner: MigrationRunner,
                              connection: Connection) throws {
        do {
            // The folder as read under the lock, plus this run's files: nothing else can have changed it.
            try runner.apply(MigrationFolder(files: folder.files + written), selection: .all)
        } catch {
            let applied = Set(((try? runner.status(of: written))?.applied ?? []).map(\.key))
            let removed = written.filter { !applied.contains($0.key) }
            for file in removed {
                if let url = file.url { try? FileManager.default.removeItem(at: url) }
                try? MigrationTracking(connection: connection).clearProgress(file)
            }
            guard !removed.isEmpty else { throw error }
            let paths = removed.map { "  " + Operations.displayPath($0.url, project: project) }.joined(separator: "\n")
            var failure = Operations.failure(error)
            failure.message += "\n\nThe migrations this sync wrote and did not apply were removed:\n\(paths)\n"
                + "Fix the schema files (or the data the statement tripped on) and run sync again."
            throw failure
        }
    }

    /// After applying, the database must equal the schema files; anything left is a monolayer bug,
    /// reported rather than hidden.
    private func verifyConverged(connection: Connection, desired: SchemaModel) throws {
        let after = try Operations.introspect(connection)
        let remaining = SchemaDiffer().diff(current: after, desired: desired)
        if !remaining.isEmpty {
            console.progress("warning: after applying, the database still differs from the schema files in \(remaining.count) place(s); please report this:\n"
                + remaining.map { "  \($0)" }.joined(separator: "\n"))
        }
    }
}
