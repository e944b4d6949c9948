import Postgres
import SchemaModel
import SchemaSource
import Testing
import TestSupport

/// The files know the columns of PostgreSQL's own relations (views may read them, and `*` over them is
/// expanded) and of its set-returning functions (called in a view's FROM); both lists must be the server's.
@Suite struct BuiltinRelationsTests {
    @Test func systemRelationsHaveTheServersColumns() throws {
        let major = try TestServer.shared.majorVersion
        let (_, url) = try TestServer.shared.createDatabase(prefix: "builtin")
        let connection = try Connection(url)
        let records = try connection.query("""
            SELECT n.nspname AS schema, c.relname AS name,
                   ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text[] AS columns
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('pg_catalog', 'information_schema') AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
            """).records
        #expect(records.count > 200)
        var server: Set<QualifiedName> = []
        for record in records {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            server.insert(name)
            #expect(BuiltinRelations.columns(of: name, major: major) == record.textArray("columns"), "\(name) on PostgreSQL \(major)")
        }
        for name in BuiltinRelations.names where BuiltinRelations.columns(of: name, major: major) != nil {
            #expect(server.contains(name), "\(name) is not on PostgreSQL \(major)")
        }
    }

    @Test func setReturningFunctionsHaveTheServersColumns() throws {
        let (_, url) = try TestServer.shared.createDatabase(prefix: "builtin")
        let connection = try Connection(url)
        for name in BuiltinFunctionResults.namesWithColumns {
            let outputs = Set(try connection.query("""
                SELECT (SELECT string_agg(x.n, ' ' ORDER BY x.i) FROM unnest(p.proargmodes, p.proargnames) WITH ORDINALITY AS x(m, n, i)
                        WHERE x.m IN ('o', 'b', 't')) AS columns
                FROM pg_catalog.pg_proc p WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.proname = $1
                """, [name]).records.map { $0.string("columns") })
            guard case .result(.columns(let columns))? = BuiltinFunctionResults.lookup(name) else { continue }
            #expect(outputs == [columns.joined(separator: " ")], "\(name)")
        }
    }
}
