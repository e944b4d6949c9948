import Foundation
import Postgres
import SchemaModel

extension MigrationRunner {
    /// Runs one migration and records it. A transactional migration is all or nothing. A
    /// non-transactional one runs statement by statement, each committed with a progress mark, so a
    /// run killed half-way resumes after the last completed statement.
    func run(_ migration: MigrationFile, tracking: MigrationTracking) throws {
        let statements = try MigrationStatement.parse(migration.up, migration: migration.id)
        let started = Date()
        log("→ \(migration.phase.rawValue)/\(migration.id) (\(statements.count) statement\(statements.count == 1 ? "" : "s")"
            + "\(migration.transactional ? "" : ", no transaction"))")
        if migration.transactional {
            try inTransaction(migration.id) {
                for statement in statements {
                    try execute(statement.sql, migration: migration.id)
                    FaultInjection.statementExecuted()
                }
                try tracking.record(migration, durationMilliseconds: elapsedMilliseconds(since: started))
            }
        } else {
            try runStatementByStatement(migration, statements, tracking: tracking)
            try inTransaction(migration.id) {
                try tracking.record(migration, durationMilliseconds: elapsedMilliseconds(since: started))
                try tracking.clearProgress(migration)
            }
        }
        log("  done in \(elapsedMilliseconds(since: started)) ms")
    }

    private func runStatementByStatement(_ migration: MigrationFile, _ statements: [MigrationStatement], tracking: MigrationTracking) throws {
        let done = try resumePoint(migration, statements, tracking: tracking)
        if done > 0 { log("  resuming after \(done) completed statement\(done == 1 ? "" : "s")") }
        for (index, statement) in statements.enumerated() where index >= done {
            if statement.mustRunAlone {
                try dropInvalidIndex(statement, migration: migration.id)
                try applyTimeouts(local: false, migration: migration.id)
                defer { _ = try? connection.execute("RESET lock_timeout; RESET statement_timeout") }
                try execute(statement.sql, migration: migration.id)
                FaultInjection.statementExecuted()
                try tracking.recordProgress(migration, statementsDone: index + 1)
            } else {
                // The statement and its progress mark commit together: never applied twice.
                try inTransaction(migration.id) {
                    try execute(statement.sql, migration: migration.id)
                    FaultInjection.statementExecuted()
                    try tracking.recordProgress(migration, statementsDone: index + 1)
                }
            }
        }
    }

    /// How many statements a previous, interrupted run completed. Resuming by statement number is only
    /// right for the file that run started with: an edited file is refused, naming what already ran.
    /// A new run records its checksum with 0 statements done before the first statement runs.
    private func resumePoint(_ migration: MigrationFile, _ statements: [MigrationStatement], tracking: MigrationTracking) throws -> Int {
        let previous = try tracking.progress(migration)
        guard let progress = previous, progress.statementsDone > 0 else {
            // Nothing ran yet (or a run stopped before its first statement): start over with this file.
            if previous != nil { try tracking.clearProgress(migration) }
            try tracking.recordProgress(migration, statementsDone: 0)
            return 0
        }
        // A row without a checksum was written by an older monolayer: nothing to compare with.
        if let recorded = progress.checksum, recorded != migration.checksum {
            let run = statements.prefix(progress.statementsDone).map { $0.sql.components(separatedBy: "\n")[0] }
            throw MigrationError.editedWhileInProgress(migration: migration.key, statementsRun: run)
        }
        return progress.statementsDone
    }

    /// A `CREATE INDEX CONCURRENTLY` that failed or was killed leaves an invalid index behind, which
    /// `IF NOT EXISTS` would then take for done. Such a leftover is dropped so the build runs again.
    private func dropInvalidIndex(_ statement: MigrationStatement, migration: String) throws {
        guard let index = statement.concurrentIndex else { return }
        let rows = try connection.query("""
            SELECT n.nspname AS schema FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relname = $1 AND n.nspname = coalesce($2, current_schema()) AND NOT i.indisvalid
            """, [index.name, index.schema]).records
        guard let schema = rows.first?.string("schema") else { return }
        let name = "\"\(schema.replacingOccurrences(of: "\"", with: "\"\""))\".\"\(index.name.replacingOccurrences(of: "\"", with: "\"\""))\""
        log("  dropping invalid index \(schema).\(index.name) left by an interrupted build")
        try execute("DROP INDEX CONCURRENTLY IF EXISTS \(name)", migration: migration)
    }

    /// BEGIN, the environment's timeouts, `body`, COMMIT; ROLLBACK when anything fails.
    func inTransaction(_ migration: String, _ body: () throws -> Void) throws {
        try execute("BEGIN", migration: migration)
        do {
            try applyTimeouts(local: true, migration: migration)
            try body()
            try execute("COMMIT", migration: migration)
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }

    func applyTimeouts(local: Bool, migration: String) throws {
        let scope = local ? "SET LOCAL" : "SET"
        if let value = settings.lockTimeout { try execute("\(scope) lock_timeout = \(SQLLiteral.quote(value))", migration: migration) }
        if let value = settings.statementTimeout { try execute("\(scope) statement_timeout = \(SQLLiteral.quote(value))", migration: migration) }
    }

    func execute(_ sql: String, migration: String) throws {
        do { try connection.execute(sql) } catch {
            throw MigrationError.statementFailed(migration: migration, statement: sql, error: error)
        }
    }

}
