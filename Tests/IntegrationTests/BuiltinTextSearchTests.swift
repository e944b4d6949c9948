import Postgres
import SchemaSource
import Testing
import TestSupport

/// The files know the mappings of PostgreSQL's built-in text search configurations (for `COPY =`);
/// they must be the server's, configuration by configuration.
@Suite struct BuiltinTextSearchTests {
    @Test func builtInConfigurationsMapAsTheServerDoes() throws {
        let (_, url) = try TestServer.shared.createDatabase(prefix: "tsearch")
        let connection = try Connection(url)
        let records = try connection.query("""
            SELECT c.cfgname AS name, t.alias AS token, array_agg(d.dictname::text ORDER BY m.mapseqno) AS dictionaries
            FROM pg_catalog.pg_ts_config c
            JOIN pg_catalog.pg_ts_config_map m ON m.mapcfg = c.oid
            JOIN pg_catalog.pg_ts_dict d ON d.oid = m.mapdict
            JOIN LATERAL pg_catalog.ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
            WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
            GROUP BY 1, 2
            """).records
        var server: [String: [String: [String]]] = [:]
        for record in records { server[record.string("name"), default: [:]][record.string("token")] = record.textArray("dictionaries") }
        #expect(server.count > 20)
        for (name, mappings) in server {
            #expect(BuiltinTextSearch.mappings(of: name) == mappings, "configuration \(name)")
        }
        // Every language the files know that this server has is checked above; none is unknown to the files.
        #expect(Set(server.keys).subtracting(BuiltinTextSearch.languages).subtracting(["simple"]).isEmpty)
    }
}
