import Plan
import Postgres
import SchemaModel
import Testing
import TestSupport

/// The type-change warnings claim what PostgreSQL will do; the server is asked. A change the planner calls
/// catalog-only must keep the table's file (pg_class.relfilenode), and one it calls a rewrite must not.
@Suite struct TypeChangeCostTests {
    static let changes: [(from: String, to: String)] = [
        ("varchar(20)", "varchar(80)"), ("varchar(20)", "text"), ("varchar(20)", "varchar"), ("text", "varchar"),
        ("numeric(10,2)", "numeric(14,2)"), ("numeric(8,3)", "numeric"), ("varbit(4)", "varbit(9)"), ("varbit(4)", "varbit"),
        ("timestamp(0)", "timestamp(3)"), ("timestamptz(1)", "timestamptz"), ("time(2)", "time(6)"), ("cidr", "inet"),
        ("varchar(80)", "varchar(20)"), ("numeric(10,2)", "numeric(10,4)"), ("numeric(10,2)", "numeric(9,2)"),
        ("text", "varchar(200)"), ("varchar", "varchar(10)"), ("integer", "bigint"), ("text", "integer"),
        ("char(4)", "char(8)"), ("integer[]", "bigint[]"),
    ]

    @Test(arguments: 0..<changes.count)
    func theWarningMatchesWhatTheServerDoes(index: Int) throws {
        let (from, to) = Self.changes[index]
        let (_, url) = try TestServer.shared.createDatabase(prefix: "typecost")
        let connection = try Connection(url)
        try connection.execute("CREATE TABLE t (c \(from)); INSERT INTO t SELECT NULL FROM generate_series(1, 3)")
        let before = try relfilenode(connection)
        try connection.execute("ALTER TABLE t ALTER COLUMN c TYPE \(to) USING c::\(to)")
        let rewritten = try relfilenode(connection) != before
        let declared = try CasePlanning.model("CREATE TABLE t (c \(from)); CREATE TABLE u (c \(to));")
        let (old, new) = (declared.tables[QualifiedName("public", "t")]!.columns[0].type, declared.tables[QualifiedName("public", "u")]!.columns[0].type)
        let cost = TypeChangeCost.of(old, to: new, collationChanged: false, domains: [:])
        #expect((cost == .rewrite) == rewritten, "\(from) → \(to): planner says \(cost), server \(rewritten ? "rewrote" : "kept") the table")
    }

    func relfilenode(_ connection: Connection) throws -> String {
        try connection.query("SELECT relfilenode::text AS node FROM pg_class WHERE oid = 't'::regclass").records[0].string("node")
    }
}
