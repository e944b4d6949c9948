import DevDatabase
import Foundation
import TestSupport

/// Shared helpers of the dev database tests: scratch directories and a real client (`psql`, `pg_isready` from the
/// same bin directory as the server) to prove that a server does accept connections, not merely that a pid file
/// says so.
enum Fixtures {
    /// The server binaries under test: `MONOLAYER_TEST_PG_BIN`, else whatever `PostgresBinaries.locate()` finds.
    static var binaries: PostgresBinaries { TestServer.shared.binaries }

    /// A new empty directory under /tmp (short, so socket paths fit; reachable by the server account as root).
    static func temporaryDirectory(_ label: String = "devdb") throws -> URL {
        let url = URL(fileURLWithPath: "/tmp").appendingPathComponent(
            "monolayer-\(label)-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())")
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        return url
    }

    /// Runs one SQL command with `psql` over TCP and returns its unaligned, tuples-only output.
    @discardableResult
    static func psql(_ endpoint: ClusterEndpoint, _ sql: String, database: String = "postgres") throws -> String {
        try psql(arguments: [endpoint.url(database: database)], sql)
    }

    /// Runs one SQL command with `psql` over the unix socket.
    static func psqlOverSocket(_ endpoint: ClusterEndpoint, _ sql: String) throws -> String {
        try psql(
            arguments: ["-h", endpoint.socketDirectory, "-p", String(endpoint.port), "-U", endpoint.user, "postgres"],
            sql)
    }

    /// Whether `pg_isready` reports the server as accepting connections.
    static func isReady(_ endpoint: ClusterEndpoint) throws -> Bool {
        let result = try CommandRunner.run([
            binaries.program("pg_isready").path, "-h", endpoint.host, "-p", String(endpoint.port), "-U", endpoint.user,
        ])
        return result.succeeded
    }

    private static func psql(arguments: [String], _ sql: String) throws -> String {
        let result = try CommandRunner.run(
            [binaries.program("psql").path, "-X", "-v", "ON_ERROR_STOP=1", "-At"] + arguments + ["-c", sql])
        guard result.succeeded else {
            throw DevDatabaseError("psql failed: \(result.commandLine)\n\(result.combinedOutput)")
        }
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
