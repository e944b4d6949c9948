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
    /// `--allow-out-of-order` for the pending migrations sync applies first.
    public var allowOutOfOrder = false

    public init(project: Project, console: Console, name: String?, apply: Bool) {
        self.project = project
        self.console = console
        self.name = name
        self.apply = apply
    }

    public func run() throws -> Int32 {
        let desired = try project.loadSchema()
        let session = try MigrationSession.open(project, console: console, announce: true, allowOutOfOrder: allowOutOfOrder)
        let (folder, connection, runner, status) = (session.folder, session.connection, session.runner, session.status)
        // Refused before anything is written or applied, also when nothing is pending (a stray file).
        if apply { try Operations.mapErrors { try folder.checkValid() } }
        if !status.pending.isEmpty {
            guard apply else {
                throw MonolayerError.refused(
                    "\(status.pending.count) migration(s) are not applied yet: \(status.pending.map(\.id).joined(separator: ", "))\n"
                        + "Apply them first (monolayer migrate), so the new migration starts from where they end.")
            }
            console.progress("Applying \(status.pending.count) pending migration(s) first.")
            try Operations.mapErrors { try runner.apply(folder, selection: .all) }
        }
        let current = try Operations.introspect(connection)
        let plan = Planner.plan(current: current, desired: desired)
        guard !plan.isEmpty else {
            console.print("No changes: the database matches the schema files.")
            return 0
        }
        console.print(PlanRenderer.render(plan, format: .text))
        let destructive = plan.warnings.filter { $0.category == .destructive }
        if apply, !destructive.isEmpty,
           !(try console.confirm("The plan has \(destructive.count) destructive change(s). Write and apply it?")) {
            console.print("Nothing written.")
            return 3
        }
        let migrationName = MigrationStore.slug(name ?? MigrationNamer.name(for: plan))
        let written = try MigrationStore.files(for: plan, name: migrationName, at: Date()).map { file in
            try Operations.mapErrors { try project.store.write(file) }
        }
        for file in written { console.print("wrote \(Operations.displayPath(file.url, project: project))") }
        guard apply else { return 0 }
        try Operations.mapErrors { try runner.apply(try project.loadMigrations(), selection: .all) }
        console.print("Applied \(written.count) migration\(written.count == 1 ? "" : "s").")
        try verifyConverged(connection: connection, desired: desired)
        return 0
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
