import DevDatabase

/// Roles every test cluster has, so that case folders can grant to them and name them in policies
/// (monolayer does not create roles: a schema refers to roles that exist). Case folders may use
/// `monolayer_reader`, `monolayer_writer` and `monolayer_auditor`; no others.
extension TestServer {
    public static let roles = ["monolayer_reader", "monolayer_writer", "monolayer_auditor"]

    /// Created once per cluster, right after it starts; idempotent, so a cluster that already has them is fine.
    func createRoles(endpoint: ClusterEndpoint) throws {
        let statements = Self.roles.map { role in
            "IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '\(role)') THEN CREATE ROLE \(role) NOLOGIN; END IF;"
        }
        let sql = "DO $$ BEGIN \(statements.joined(separator: " ")) END $$"
        try runClient("psql", endpoint: endpoint, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c", sql])
    }
}
