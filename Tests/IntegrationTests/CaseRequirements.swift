import Postgres

/// Server features a case folder may need (`requires` in case.json). PostgreSQL 18 as vendored here is
/// built without ICU; the builtin collation provider exists from 17.
enum CaseRequirements {
    /// Why the server cannot run the case, or nil when it can.
    static func missing(_ requirements: [String], on connection: Connection) throws -> String? {
        for requirement in requirements {
            switch requirement {
            case "icu":
                let count = try connection.query("SELECT count(*) FROM pg_catalog.pg_collation WHERE collprovider = 'i'").records.first?.int("count") ?? 0
                if count == 0 { return "the server is built without ICU" }
            case "pg17":
                let version = try connection.query("SELECT current_setting('server_version_num')::int AS v").records.first?.int("v") ?? 0
                if version < 170000 { return "the builtin collation provider needs PostgreSQL 17 (server is \(version))" }
            default:
                return "unknown requirement \(requirement)"
            }
        }
        return nil
    }
}
