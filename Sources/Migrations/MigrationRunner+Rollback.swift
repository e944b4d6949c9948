import Foundation

extension MigrationRunner {
    /// Runs the down sections of `migrations`, in the order given (newest first), removing each
    /// tracking row with its down section: a transactional migration's down is all or nothing.
    @discardableResult
    public func rollback(_ migrations: [MigrationFile]) throws -> [MigrationFile] {
        let tracking = MigrationTracking(connection: connection)
        try acquireLock()
        defer { releaseLock() }
        try tracking.ensureTable()
        let status = MigrationStatus(files: migrations, applied: try tracking.applied())
        if !status.changed.isEmpty { throw MigrationError.checksumMismatch(ids: status.changed) }
        let applied = Set(status.applied.map(\.key))
        var reverted: [MigrationFile] = []
        for migration in migrations where applied.contains(migration.key) {
            let statements = try MigrationStatement.parse(migration.down, migration: migration.id)
            let started = Date()
            log("← \(migration.phase.rawValue)/\(migration.id) (\(statements.count) down statement\(statements.count == 1 ? "" : "s"))")
            if migration.transactional {
                try inTransaction(migration.id) {
                    for statement in statements { try execute(statement.sql, migration: migration.id) }
                    try tracking.remove(migration)
                }
            } else {
                for statement in statements { try execute(statement.sql, migration: migration.id) }
                try tracking.remove(migration)
            }
            log("  reverted in \(elapsedMilliseconds(since: started)) ms")
            reverted.append(migration)
        }
        return reverted
    }
}
