import DevDatabase
import Foundation
import Introspection
import Migrations
import Plan
import Postgres
import SchemaModel

/// Copies the target's current schema into a scratch database. `pg_dump` is preferred: it carries
/// everything, including what monolayer does not model (rules, event triggers, ...), which is what
/// makes a statement fail on the real database. It needs the dev server's programs to be at least
/// the target's release (pg_dump refuses newer servers) and of the dev server's own release (so its
/// output loads there). Otherwise, or when it fails, the schema is rebuilt from the introspected model.
struct SchemaRestore {
    enum Method: String {
        case pgDump = "pg_dump"
        case model = "rebuilt from the introspected model"
    }

    let target: Connection
    let current: SchemaModel
    let scratch: ScratchDatabase
    let log: (String) -> Void

    func run() throws -> Method {
        let connection = try scratch.connection
        if let reason = pgDumpUnavailable(scratchServerVersion: connection.serverVersion) {
            log("verify: not using pg_dump (\(reason))")
        } else {
            do {
                try restoreWithPgDump()
                return .pgDump
            } catch {
                log("verify: pg_dump restore failed, rebuilding from the model instead:\n  "
                    + "\(error)".replacingOccurrences(of: "\n", with: "\n  "))
            }
        }
        try rebuildFromModel(connection)
        return .model
    }

    /// Why pg_dump cannot be used here, or nil when it can.
    private func pgDumpUnavailable(scratchServerVersion: Int) -> String? {
        guard let binaries = scratch.server.binaries else {
            return "the dev database server's programs were not found"
        }
        for program in ["pg_dump", "psql"] where !FileManager.default.isExecutableFile(atPath: binaries.program(program).path) {
            return "\(binaries.program(program).path) is missing"
        }
        guard let major = try? binaries.majorVersion else { return "the version of \(binaries.directory.path) is unknown" }
        let targetMajor = target.serverVersion / 10_000
        let scratchMajor = scratchServerVersion / 10_000
        if major < targetMajor { return "pg_dump \(major) cannot dump a PostgreSQL \(targetMajor) server" }
        if major != scratchMajor { return "the programs found are PostgreSQL \(major), the dev server runs \(scratchMajor)" }
        return nil
    }

    /// `pg_dump --schema-only --no-owner` of the target (ownership is not modelled, and the dev server
    /// has other roles), loaded with `psql` in one transaction, so a failure leaves the database empty.
    private func restoreWithPgDump() throws {
        let binaries = scratch.server.binaries!
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-verify-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: file) }
        let (conninfo, password) = target.target.clientProgramArguments()
        var environment = ProcessInfo.processInfo.environment
        if let password { environment["PGPASSWORD"] = password }
        let dump = try CommandRunner.run(
            [binaries.program("pg_dump").path, "--schema-only", "--no-owner", "--exclude-schema=monolayer",
             "--file", file.path, "--dbname", conninfo], environment: environment)
        guard dump.succeeded else {
            throw MonolayerError.database("pg_dump failed (\(dump.exitDescription)): \(target.target.redact(dump.combinedOutput))")
        }
        let load = try CommandRunner.run(
            [binaries.program("psql").path, "-X", "-q", "--no-password", "-v", "ON_ERROR_STOP=1", "--single-transaction",
             "--dbname", scratch.url, "--file", file.path])
        guard load.succeeded else {
            throw MonolayerError.database("psql could not load the dump (\(load.exitDescription)): \(load.standardError)")
        }
    }

    /// The plan from the empty scratch database to the current model, applied with the runner; the
    /// tracking it leaves is removed, so the plan under test is applied as on a database of its own.
    private func rebuildFromModel(_ connection: Connection) throws {
        let empty = try Operations.introspect(connection)
        let rebuild = Planner.plan(current: empty, desired: current)
        try Operations.checkParses(rebuild)
        let files = MigrationStore.files(for: rebuild, name: "verify-restore", at: Date(timeIntervalSince1970: 0))
        do {
            try MigrationRunner(connection: connection, log: { _ in }).apply(MigrationFolder(files: files), selection: .all)
            _ = try connection.execute("DROP SCHEMA IF EXISTS monolayer CASCADE")
        } catch {
            throw MonolayerError.refused(
                "cannot verify: the current schema could not be rebuilt on the dev database server from the model:\n"
                    + Operations.failure(error).message)
        }
    }
}
