import Foundation
import Plan
import Postgres

/// Which migrations a database has applied, kept in the schema `monolayer` (never the user's schemas).
public struct MigrationTracking {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    public struct Applied: Equatable, Sendable {
        public var id: String
        public var phase: Phase
        public var checksum: String
        public var appliedAt: String
        public var durationMilliseconds: Int

        /// `phase/id`: ids repeat across phases (one run, one id), so this is what identifies a migration.
        public var key: String { "\(phase.rawValue)/\(id)" }
    }

    public func ensureTable() throws {
        try connection.execute("""
            SET client_min_messages = warning;
            CREATE SCHEMA IF NOT EXISTS monolayer;
            CREATE TABLE IF NOT EXISTS monolayer.migrations (
              applied_order bigint GENERATED ALWAYS AS IDENTITY,
              id text NOT NULL,
              phase text NOT NULL,
              checksum text NOT NULL,
              transactional boolean NOT NULL,
              applied_at timestamptz NOT NULL DEFAULT now(),
              duration_ms integer NOT NULL,
              -- One run writes one migration per phase under one id, so the phase is part of the key.
              PRIMARY KEY (phase, id)
            );
            -- Statements of a non-transactional migration that have completed, so a run killed half-way
            -- resumes after them instead of applying them twice.
            CREATE TABLE IF NOT EXISTS monolayer.migration_progress (
              phase text NOT NULL,
              id text NOT NULL,
              statements_done integer NOT NULL,
              PRIMARY KEY (phase, id)
            );
            -- The file's checksum when the migration started, so an edit before it resumes is refused.
            -- Added separately so tracking schemas of older monolayer versions get it too (NULL there).
            ALTER TABLE monolayer.migration_progress ADD COLUMN IF NOT EXISTS checksum text;
            RESET client_min_messages;
            """)
    }

    /// Applied migrations; empty when the tracking table does not exist yet (nothing applied).
    public func applied() throws -> [Applied] {
        let exists = try connection.query("SELECT to_regclass('monolayer.migrations') IS NOT NULL AS present").records
        guard exists.first?.bool("present") == true else { return [] }
        return try connection.query(
            "SELECT id, phase, checksum, applied_at::text AS applied_at, duration_ms FROM monolayer.migrations ORDER BY applied_order"
        ).records.map { record in
            Applied(id: record.string("id"), phase: Phase(rawValue: record.string("phase")) ?? .expand,
                    checksum: record.string("checksum"), appliedAt: record.string("applied_at"),
                    durationMilliseconds: record.int("duration_ms"))
        }
    }

    public func record(_ migration: MigrationFile, durationMilliseconds: Int) throws {
        try connection.query("""
            INSERT INTO monolayer.migrations (id, phase, checksum, transactional, duration_ms)
            VALUES ($1, $2, $3, $4, $5)
            """, [migration.id, migration.phase.rawValue, migration.checksum, migration.transactional ? "true" : "false",
                  String(durationMilliseconds)])
    }

    /// Where a partly applied non-transactional migration stopped, and the checksum of its file when it
    /// started (nil for a row written by a monolayer that did not record it).
    public struct Progress: Equatable, Sendable {
        public var statementsDone: Int
        public var checksum: String?
    }

    public func progress(_ migration: MigrationFile) throws -> Progress? {
        try connection.query(
            "SELECT statements_done, checksum FROM monolayer.migration_progress WHERE phase = $1 AND id = $2",
            [migration.phase.rawValue, migration.id]
        ).records.first.map { Progress(statementsDone: $0.int("statements_done"), checksum: $0["checksum"]) }
    }

    /// Marks `statementsDone` statements as run. The first call (with 0, before any statement runs)
    /// records the file's checksum; later calls keep it.
    public func recordProgress(_ migration: MigrationFile, statementsDone: Int) throws {
        try connection.query("""
            INSERT INTO monolayer.migration_progress (phase, id, statements_done, checksum) VALUES ($1, $2, $3, $4)
            ON CONFLICT (phase, id) DO UPDATE SET statements_done = EXCLUDED.statements_done
            """, [migration.phase.rawValue, migration.id, String(statementsDone), migration.checksum])
    }

    public func clearProgress(_ migration: MigrationFile) throws {
        try connection.query("DELETE FROM monolayer.migration_progress WHERE phase = $1 AND id = $2",
                             [migration.phase.rawValue, migration.id])
    }

    public func remove(_ migration: MigrationFile) throws {
        try connection.query("DELETE FROM monolayer.migrations WHERE phase = $1 AND id = $2", [migration.phase.rawValue, migration.id])
    }
}
