import DevDatabase
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The PostgreSQL server shared by every test of a test process.
///
/// initdb and server start-up cost a second or more, so a test process runs one server, started on first use, and
/// tests isolate themselves with a database of their own (`createDatabase`) instead of a server of their own. The
/// binaries come from `MONOLAYER_TEST_PG_BIN` (CI runs the suite once against PostgreSQL 15 and once against 18),
/// else `PostgresBinaries.locate()`. The cluster lives in a fresh directory under the temporary directory (always
/// /tmp as root, so the unprivileged server account can reach it) and is stopped and deleted when the process
/// exits: by an `atexit` handler normally, by `TestServerWatchdog` after a crash. Thread-safe: Swift Testing runs
/// tests in parallel, and a failed start is remembered rather than retried by every test.
public final class TestServer: @unchecked Sendable {
    public static let shared = TestServer()

    private struct Running {
        let cluster: LocalCluster
        let endpoint: ClusterEndpoint
        let root: URL
        let watchdog: TestServerWatchdog?
    }

    private let lock = NSLock()
    private let located: Result<PostgresBinaries, any Error>
    private var started: Result<Running, any Error>?
    private var version: String?
    private var databaseCounter = 0

    private init() {
        located = Result {
            let environment = ProcessInfo.processInfo.environment
            guard let explicit = environment["MONOLAYER_TEST_PG_BIN"], !explicit.isEmpty else {
                return try PostgresBinaries.locate(environment: environment)
            }
            let binaries = PostgresBinaries(directory: URL(fileURLWithPath: explicit))
            guard binaries.missingPrograms.isEmpty else {
                throw DevDatabaseError(
                    "MONOLAYER_TEST_PG_BIN=\(explicit) lacks \(binaries.missingPrograms.joined(separator: ", ")); "
                        + "point it at a PostgreSQL server's bin directory (e.g. vendor/pg18/bin).")
            }
            return binaries
        }
    }

    /// The server binaries the tests run against. Traps when none can be found, since no database test can run
    /// then; the message says how to provide them.
    public var binaries: PostgresBinaries {
        switch located {
        case .success(let binaries): return binaries
        case .failure(let error): fatalError("TestServer: no PostgreSQL binaries: \(error)")
        }
    }

    /// The shared server's endpoint, starting it on first use.
    public var endpoint: ClusterEndpoint {
        get throws { try running().endpoint }
    }

    /// The server's version, such as "15.18" or "18.6".
    public var versionString: String {
        get throws {
            lock.lock()
            defer { lock.unlock() }
            if let version { return version }
            let text = try located.get().version()
            version = text
            return text
        }
    }

    /// The server's major version, such as 15 or 18.
    public var majorVersion: Int {
        get throws {
            let text = try versionString
            guard let major = Int(text.prefix(while: \.isNumber)) else {
                throw DevDatabaseError("TestServer: cannot read a major version from \"\(text)\".")
            }
            return major
        }
    }

    /// Creates an empty database with a name unique in this server (prefix, process id, counter) using
    /// `createdb` from the server's own bin directory, and returns its name and connection URL.
    public func createDatabase(prefix: String = "t") throws -> (name: String, url: String) {
        let endpoint = try self.endpoint
        let cleanPrefix = String(prefix.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            .prefix(40))
        let name: String = {
            lock.lock()
            defer { lock.unlock() }
            databaseCounter += 1
            return "\(cleanPrefix.isEmpty ? "t" : cleanPrefix)_\(getpid())_\(databaseCounter)"
        }()
        try runClient("createdb", endpoint: endpoint, [name])
        return (name, endpoint.url(database: name))
    }

    /// Drops a database made by `createDatabase`, ending any sessions still connected to it; no error when it
    /// does not exist.
    public func dropDatabase(_ name: String) throws {
        try runClient("dropdb", endpoint: try endpoint, ["--if-exists", "--force", name])
    }

    func runClient(_ program: String, endpoint: ClusterEndpoint, _ arguments: [String]) throws {
        let command = [
            binaries.program(program).path, "-h", endpoint.host, "-p", String(endpoint.port), "-U", endpoint.user,
            "--no-password",
        ]
        let result = try CommandRunner.run(command + arguments)
        guard result.succeeded else {
            throw DevDatabaseError(
                "TestServer: \(result.commandLine) failed (\(result.exitDescription)): \(result.combinedOutput)")
        }
    }

    private func running() throws -> Running {
        lock.lock()
        defer { lock.unlock() }
        if let started { return try started.get() }
        let outcome = Result { try startServer() }
        started = outcome
        return try outcome.get()
    }

    private func startServer() throws -> Running {
        let binaries = try located.get()
        let base = geteuid() == 0 ? URL(fileURLWithPath: "/tmp") : FileManager.default.temporaryDirectory
        let root = base.appendingPathComponent(
            "monolayer-test-pg-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())")
        try FileManager.default.createDirectory(
            at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let cluster = LocalCluster(dataDirectory: root.appendingPathComponent("data"), binaries: binaries)
        do {
            try cluster.initialize()
            let endpoint = try cluster.start()
            try createRoles(endpoint: endpoint)
            let serverPID = PostmasterPIDFile.read(dataDirectory: cluster.dataDirectory)?.pid
            let watchdog = try serverPID.map { try TestServerWatchdog(serverPID: $0, directory: root) }
            atexit { TestServer.shared.shutdown() }
            return Running(cluster: cluster, endpoint: endpoint, root: root, watchdog: watchdog)
        } catch {
            try? cluster.destroy()
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    /// Stops the server and deletes its directory (run at process exit).
    private func shutdown() {
        lock.lock()
        defer { lock.unlock() }
        guard case .success(let running)? = started else { return }
        started = .failure(DevDatabaseError("TestServer: the server was shut down at process exit."))
        running.watchdog?.cancel()
        try? running.cluster.destroy()
        try? FileManager.default.removeItem(at: running.root)
    }
}
