import Introspection
import Migrations
import Postgres
import SchemaModel

/// What `drift` reads from the database it checks, all in one read-only REPEATABLE READ transaction:
/// the schema, the migrations recorded there, the roles, and the locks that transaction holds at its
/// end (relation locks are kept until a transaction ends, so that list is every lock the read took).
struct TargetSnapshot {
    var model: SchemaModel
    /// The tracking rows in the order they were applied; nil when the database has no tracking table
    /// (monolayer never applied a migration there). Reading never creates it.
    var applied: [MigrationTracking.Applied]?
    /// The roles grants and policies may name, for creating them on the dev server before a replay.
    var roles: [String]
    var locks: [HeldLock]

    /// A lock held by the session that read the snapshot (a row of pg_locks).
    struct HeldLock: Equatable, Sendable, Encodable {
        var lockType: String
        var mode: String
        /// `schema.relation` for a relation lock.
        var relation: String?
    }

    /// The session is made read-only before anything is read, so no statement of this command can
    /// write; `lockTimeout` bounds how long a lock request may queue, so the read never sits in a lock
    /// queue in front of the application's queries behind someone's pending `ALTER TABLE`.
    static func read(_ connection: Connection, lockTimeout: String?) throws -> TargetSnapshot {
        try Operations.mapErrors {
            try connection.execute("SET default_transaction_read_only = on")
            try connection.execute("SET application_name = 'monolayer drift'")
            if let lockTimeout { try connection.execute("SET lock_timeout = \(SQLLiteral.quote(lockTimeout))") }
            let read = try Introspector(connection: connection).introspect { connection in
                let tracked = try connection.query("SELECT to_regclass('monolayer.migrations') IS NOT NULL AS present").records.first?
                    .bool("present") == true
                let applied = tracked ? try MigrationTracking(connection: connection).applied() : nil
                let roles = try connection.query(ScratchPreparation.rolesQuery).records
                    .map { $0.string("rolname") }
                return (applied, roles, try heldLocks(connection))
            }
            return TargetSnapshot(model: read.model, applied: read.also.0, roles: read.also.1, locks: read.also.2)
        }
    }

    private static func heldLocks(_ connection: Connection) throws -> [HeldLock] {
        try connection.query("""
            SELECT l.locktype, l.mode, n.nspname AS schema, c.relname AS relation
            FROM pg_catalog.pg_locks l
            LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE l.pid = pg_catalog.pg_backend_pid()
            ORDER BY l.locktype, l.mode, n.nspname, c.relname
            """).records.map { record in
            HeldLock(lockType: record.string("locktype"), mode: record.string("mode"),
                     relation: record["relation"].map { "\(record["schema"] ?? "?").\($0)" })
        }
    }
}
