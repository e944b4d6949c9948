import Postgres
import SchemaModel

/// What a scratch database needs before the target's schema can be restored into it: the extensions
/// (which the dev server may not have) and the roles that grants, policies and default privileges name
/// (roles belong to the cluster, not to the dump).
enum ScratchPreparation {
    /// Refuses when the target uses, or the schema files declare, an extension the dev server cannot
    /// install: the restore would fail later with a message about something else.
    static func checkExtensions(target: Connection, desired: SchemaModel, scratch: Connection) throws {
        let used = try Operations.mapErrors {
            try target.query("SELECT extname FROM pg_catalog.pg_extension").records.map { $0.string("extname") }
        }
        let available = Set(try Operations.mapErrors {
            try scratch.query("SELECT name FROM pg_catalog.pg_available_extensions").records.map { $0.string("name") }
        })
        let needed = Set(used).union(desired.extensions.values.map(\.name))
        let missing = needed.subtracting(available).sorted()
        guard missing.isEmpty else {
            let list = missing.joined(separator: ", ")
            throw MonolayerError.refused(
                "cannot verify: extension\(missing.count == 1 ? "" : "s") \(list) \(missing.count == 1 ? "is" : "are") "
                    + "not available on the dev database server (\(scratch.target)).\n"
                    + "Install \(missing.count == 1 ? "it" : "them") for the dev server's PostgreSQL, or run without --verify.")
        }
    }

    /// The roles of a server that grants and policies may name (not PostgreSQL's own `pg_*` roles).
    static let rolesQuery = "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_'"

    /// Creates, without login, the target's roles that the dev server lacks, and returns their names.
    /// They stay: roles are cluster-wide, another verification may be using them, and the dev server
    /// is a throwaway one.
    static func createMissingRoles(target: Connection, scratch: Connection) throws -> [String] {
        let wanted = try Operations.mapErrors { try target.query(rolesQuery).records.map { $0.string("rolname") } }
        return try createMissingRoles(wanted, scratch: scratch)
    }

    /// Creates, without login, the roles of `wanted` that the dev server lacks, and returns their names.
    static func createMissingRoles(_ wanted: [String], scratch: Connection) throws -> [String] {
        let present = Set(try Operations.mapErrors { try scratch.query(rolesQuery).records.map { $0.string("rolname") } })
        var created: [String] = []
        for role in wanted where !present.contains(role) {
            do {
                _ = try scratch.execute("CREATE ROLE \(Identifier.quote(role)) NOLOGIN")
                created.append(role)
            } catch where error.sqlState == "42710" {
                continue  // another verification created it meanwhile
            } catch {
                throw MonolayerError.database("cannot verify: creating role \(role) on the dev database server failed: \(error)")
            }
        }
        return created
    }
}
