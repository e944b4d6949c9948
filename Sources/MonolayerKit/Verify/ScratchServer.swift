import DevDatabase
import Foundation
import Postgres
import SchemaModel

/// The server `--verify` builds its scratch databases on: the embedded dev database (SPEC section 9),
/// never the target, so a verification cannot touch the database it verifies against. Tests hand in
/// their own server.
public struct ScratchServer: Sendable {
    public var endpoint: ClusterEndpoint
    /// The server's programs, for `pg_dump` and `psql`; nil when they cannot be found (the restore
    /// then falls back to the model).
    public var binaries: PostgresBinaries?

    public init(endpoint: ClusterEndpoint, binaries: PostgresBinaries?) {
        self.endpoint = endpoint
        self.binaries = binaries
    }

    /// The project's dev database, started on demand.
    static func devDatabase(projectRoot: URL) throws -> ScratchServer {
        do {
            let endpoint = try DevDatabase(projectRoot: projectRoot).start()
            return ScratchServer(endpoint: endpoint, binaries: try? PostgresBinaries.locate())
        } catch {
            throw MonolayerError.database("cannot verify: could not start the dev database server: \(error)")
        }
    }

    func connect(database: String) throws -> Connection {
        do { return try Connection(endpoint.url(database: database)) } catch {
            throw MonolayerError.database("cannot verify: could not connect to the dev database server: \(error)")
        }
    }

    /// A new, uniquely named, empty database (pid and a random part: verifications run side by side).
    func createDatabase() throws -> ScratchDatabase {
        let name = "monolayer_verify_\(getpid())_\(UUID().uuidString.prefix(8).lowercased())"
        let admin = try connect(database: "postgres")
        defer { admin.close() }
        try Operations.mapErrors { _ = try admin.execute("CREATE DATABASE \(Identifier.quote(name))") }
        return ScratchDatabase(server: self, name: name)
    }
}

/// One scratch database; `drop` removes it whatever it holds and whoever is connected.
final class ScratchDatabase {
    let server: ScratchServer
    let name: String
    private var open: Connection?

    init(server: ScratchServer, name: String) {
        self.server = server
        self.name = name
    }

    var url: String { server.endpoint.url(database: name) }

    var connection: Connection {
        get throws {
            if let open { return open }
            let connection = try server.connect(database: name)
            open = connection
            return connection
        }
    }

    func drop() {
        open?.close()
        open = nil
        guard let admin = try? server.connect(database: "postgres") else { return }
        defer { admin.close() }
        _ = try? admin.execute("DROP DATABASE IF EXISTS \(Identifier.quote(name)) WITH (FORCE)")
    }
}
