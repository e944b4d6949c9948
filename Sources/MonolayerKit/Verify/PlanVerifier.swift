import Diff
import Foundation
import Migrations
import Postgres
import SchemaModel

/// `--verify`: the migrations a plan becomes are applied, phase by phase with the real runner, to a
/// scratch copy of the target's current schema on the dev database server; then that copy must equal
/// the schema files. A failing statement or any difference is a refusal (exit 3), so `sync` and
/// `migrations generate` write nothing. The scratch database is always dropped.
public struct PlanVerifier {
    public let server: ScratchServer
    /// Progress, on stderr.
    public let log: (String) -> Void

    public init(server: ScratchServer, log: @escaping (String) -> Void) {
        self.server = server
        self.log = log
    }

    /// The project's dev database as the scratch server, started on demand.
    static func forProject(_ project: Project, console: Console) throws -> PlanVerifier {
        PlanVerifier(server: try ScratchServer.devDatabase(projectRoot: project.root), log: console.progress)
    }

    /// Verifies `files` (as `MigrationStore.files(for:name:at:)` makes them, not written anywhere)
    /// against `target`, whose schema is `current`.
    public func verify(_ files: [MigrationFile], target: Connection, current: SchemaModel, desired: SchemaModel) throws {
        // Default privileges without FOR ROLE are the target's role's, whoever the scratch copy is read as.
        let desired = current.resolvingCurrentRole(of: desired)
        let started = Date()
        let scratch = try server.createDatabase()
        defer { scratch.drop() }
        let connection = try scratch.connection
        try ScratchPreparation.checkExtensions(target: target, desired: desired, scratch: connection)
        let roles = try ScratchPreparation.createMissingRoles(target: target, scratch: connection)
        if !roles.isEmpty {
            log("verify: created \(roles.count) role(s) the dev database server lacked (NOLOGIN): \(roles.joined(separator: ", "))")
        }
        let method = try SchemaRestore(target: target, current: current, scratch: scratch, log: log).run()
        let restored = Date()
        try apply(files, on: connection)
        let applied = Date()
        let after = try Operations.introspect(connection)
        let differences = SchemaDiffer().diff(current: after, desired: desired)
        guard differences.isEmpty else {
            throw MonolayerError.refused(
                "verify failed: after applying the plan to a scratch copy of the database's schema (\(method.rawValue)), "
                    + "it still differs from the schema files in \(differences.count) place(s):\n"
                    + differences.map { "  \($0)" }.joined(separator: "\n")
                    + "\nThe plan was not written or applied. This is a bug in monolayer's planner; please report it.")
        }
        log("verify: restored the current schema (\(method.rawValue)) in \(Self.seconds(started, restored)); "
            + "applied \(files.count) migration\(files.count == 1 ? "" : "s") in \(Self.seconds(restored, applied)); "
            + "no differences (\(Self.seconds(started, Date())) in all)")
    }

    /// The real runner, on the scratch database; a failing statement is reported as the runner reports
    /// it on a real database (migration, statement, message, SQLSTATE), but as a refusal.
    private func apply(_ files: [MigrationFile], on connection: Connection) throws {
        do {
            try MigrationRunner(connection: connection, log: { _ in }).apply(MigrationFolder(files: files), selection: .all)
        } catch let error as MigrationError {
            guard case .statementFailed(let migration, let statement, let cause) = error else { throw error }
            let phase = files.first { $0.id == migration }?.phase.rawValue ?? "?"
            throw MonolayerError.refused(
                "verify failed: a statement fails on a scratch copy of the database's schema\n"
                    + "migration: \(phase)/\(migration)\nstatement:\n  \(statement.replacingOccurrences(of: "\n", with: "\n  "))\n"
                    + "error: \(cause)\nThe plan was not written or applied.")
        }
    }

    static func seconds(_ from: Date, _ to: Date) -> String {
        String(format: "%.1fs", to.timeIntervalSince(from))
    }
}
