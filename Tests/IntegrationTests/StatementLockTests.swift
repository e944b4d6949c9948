import Foundation
import Introspection
import Plan
import Postgres
import SchemaModel
import Testing
import TestSupport

/// The lock each planned statement records is the lock PostgreSQL takes: for case folders of every kind,
/// `from.sql` is loaded, the plan made against the database, and each transactional statement run in a
/// transaction of its own that reads `pg_locks` before it commits. The strongest lock held on the
/// statement's relations (those it records, and the ones its object is or belongs to, as they existed
/// before it) must be the recorded mode, and each recorded relation must be held in that mode.
/// Statements that run outside a transaction cannot be observed this way and are applied unchecked.
@Suite struct StatementLockTests {
    let server = TestServer.shared

    /// Every kind's case folders: the plans cover each planner's statements.
    static let sample = CaseLibrary.all.filter { $0.requires.isEmpty }

    @Test(arguments: sample)
    func recordedLockIsTheStrongestTaken(_ schemaCase: SchemaCase) throws {
        let (_, url) = try server.createDatabase(prefix: "locks")
        let connection = try Connection(url)
        try connection.execute(schemaCase.from)
        let current = try Introspector(connection: connection).introspect()
        let plan = Planner.plan(current: current, desired: try CasePlanning.model(schemaCase.to, file: "to.sql"))
        for statement in plan.statements {
            guard statement.transactional, let lock = statement.lock else {
                try connection.execute(statement.sql)
                continue
            }
            try connection.execute("BEGIN")
            let recorded = try oids(of: lock.relations, on: connection)
            let owned = try oids(of: Self.relations(of: plan.object(of: statement)), on: connection)
            try connection.execute(statement.sql)
            let held = try heldLocks(on: connection)
            try connection.execute("COMMIT")
            let context = "\(schemaCase): \(statement.sql.prefix(160))"
            for (name, oid) in recorded {
                let mode = held[oid] ?? LockMode.none
                #expect(mode == lock.mode || (lock.conditional && mode == LockMode.none),
                        "\(name.sql) held in \(mode.rawValue), recorded \(lock.mode.rawValue): \(context)")
            }
            let strongest = recorded.merging(owned) { first, _ in first }.values.map { held[$0] ?? LockMode.none }.max() ?? LockMode.none
            #expect(strongest == lock.mode || (lock.conditional && strongest == LockMode.none),
                    "strongest lock \(strongest.rawValue), recorded \(lock.mode.rawValue): \(context)")
        }
    }

    /// The relations an object is or belongs to: a relation itself; the table of a column, constraint,
    /// trigger, policy or index; an index itself too.
    static func relations(of object: PlanObject?) -> [QualifiedName] {
        guard let object, let schema = object.schema else { return [] }
        switch object.kind {
        case .table, .partitionedTable, .view, .materializedView, .sequence: return [QualifiedName(schema, object.name)]
        case .index: return [QualifiedName(schema, object.name)] + (object.table.map { [QualifiedName(schema, $0)] } ?? [])
        case .column, .constraint, .trigger, .policy, .replicaIdentity: return object.table.map { [QualifiedName(schema, $0)] } ?? []
        default: return []
        }
    }

    /// The relations that exist now, by OID.
    private func oids(of names: [QualifiedName], on connection: Connection) throws -> [QualifiedName: String] {
        var result: [QualifiedName: String] = [:]
        for name in names {
            if let oid = try connection.query("SELECT to_regclass($1)::oid AS oid", [name.sql]).records.first?["oid"] { result[name] = oid }
        }
        return result
    }

    /// The strongest mode this session holds on each relation of the current database.
    private func heldLocks(on connection: Connection) throws -> [String: LockMode] {
        let rows = try connection.query("""
            SELECT relation::oid::text AS oid, mode FROM pg_catalog.pg_locks
            WHERE pid = pg_backend_pid() AND locktype = 'relation'
              AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
            """).records
        var held: [String: LockMode] = [:]
        for row in rows {
            guard let mode = LockMode.allCases.first(where: { $0.pgLocksName == row.string("mode") }) else { continue }
            held[row.string("oid")] = max(held[row.string("oid")] ?? LockMode.none, mode)
        }
        return held
    }
}
