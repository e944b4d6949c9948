import Postgres

/// Server features a case folder may need (`requires` in case.json). PostgreSQL 18 as vendored here is
/// built without ICU; the builtin collation provider exists from 17.
enum CaseRequirements {
    /// Why the server cannot run the case, or nil when it can.
    static func missing(_ requirements: [String], on connection: Connection) throws -> String? {
        for requirement in requirements {
            switch requirement {
            case "icu":
                // A server built without ICU still lists the ICU collation `unicode`; creating one tells.
                do {
                    try connection.execute("CREATE COLLATION monolayer_icu_probe (provider = icu, locale = 'und')")
                    try connection.execute("DROP COLLATION monolayer_icu_probe")
                } catch {
                    return "the server is built without ICU (\(error))"
                }
            case let release where release.hasPrefix("pg") && Int(release.dropFirst(2)) != nil:
                // `pg17`: what the case declares needs that release or later (the builtin collation provider,
                // virtual generated columns in 18).
                let needed = Int(release.dropFirst(2))! * 10_000
                let version = try connection.query("SELECT current_setting('server_version_num')::int AS v").records.first?.int("v") ?? 0
                if version < needed { return "the case needs PostgreSQL \(needed / 10_000) (server is \(version))" }
            default:
                return "unknown requirement \(requirement)"
            }
        }
        return nil
    }
}
