import Foundation

/// One PostgreSQL cluster in a data directory, run with a given set of server binaries.
///
/// This is the piece that knows how to drive `initdb` and `pg_ctl`; `DevDatabase` decides where a project's cluster
/// lives and the test suite's `TestServer` runs a throwaway one. The server:
/// - listens on 127.0.0.1 only, on a port found free at start (the previous port when it is still free, so URLs
///   stay stable across restarts), and on a unix socket in the data directory, or in /tmp/monolayer-pg-<hash>
///   when the data directory's path is too long for a socket path (about 100 bytes);
/// - runs with durability off (fsync, synchronous_commit, full_page_writes), since its data is disposable and
///   tests and migrations run much faster without it;
/// - keeps running after the calling process exits (`pg_ctl start` detaches it), and is found again by any process
///   through `postmaster.pid`;
/// - when this process is root, runs as an unprivileged account (see `ServiceAccount`), which owns the data
///   directory.
/// State-changing operations hold a lock (see `ClusterLock`), so concurrent callers see one initdb and one server.
public final class LocalCluster: Sendable {
    /// The database superuser initdb creates; authentication is `trust`, so no password is needed.
    public static let superuser = "postgres"

    /// Settings passed on the server's command line at every start (so they apply to old clusters too).
    static let serverSettings = [
        "listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off",
        "max_connections=200",
    ]

    public let dataDirectory: URL
    public let binaries: PostgresBinaries

    public init(dataDirectory: URL, binaries: PostgresBinaries) {
        self.dataDirectory = dataDirectory.standardizedFileURL
        self.binaries = binaries
    }

    /// The server's log (written by `pg_ctl -l`); quoted in errors when a start fails.
    public var logFile: URL { dataDirectory.appendingPathComponent("server.log") }

    /// Whether initdb has completed here.
    public var isInitialized: Bool {
        ["PG_VERSION", "global/pg_control", "postgresql.conf"].allSatisfy {
            FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent($0).path)
        }
    }

    /// The directory for the unix socket: the data directory when the socket path fits in `sun_path` (104 bytes
    /// on macOS, 108 on Linux, including the terminating NUL), else a directory in /tmp named after the data
    /// directory, so every process computes the same place.
    public var socketDirectory: String {
        let own = dataDirectory.path
        return own.utf8.count + "/.s.PGSQL.65535".utf8.count <= 100 ? own : sharedSocketDirectory
    }

    private var path: String { dataDirectory.path }
    private var lockPath: String { path + ".lock" }
    private var portFile: URL { dataDirectory.appendingPathComponent("monolayer.port") }
    private var sharedSocketDirectory: String { "/tmp/monolayer-pg-" + StableHash.hex(path) }

    /// Creates the cluster with initdb (superuser `postgres`, trust authentication, UTF8, C locale). Does nothing
    /// when the cluster exists. The directory must be absent, empty, or the remains of an interrupted initdb.
    public func initialize() throws {
        try ClusterLock.withLock(at: lockPath) {
            guard !isInitialized else { return }
            let account = try ServiceAccount.current()
            try prepareEmptyDataDirectory(owner: account)
            if let account {
                try account.requireAccess(to: binaries)
                guard account.canReach(path) else {
                    throw DevDatabaseError(
                        "Running as root, PostgreSQL runs as the user \(account.name), who cannot reach \(path) "
                            + "(a parent directory is private, such as /root). Use a data directory that "
                            + "\(account.name) can reach, for example under /tmp.")
                }
            }
            let result = try run(
                as: account,
                [
                    binaries.program("initdb").path, "-D", path, "-A", "trust", "-U", Self.superuser,
                    "--encoding=UTF8", "--locale=C", "--no-sync",
                ])
            guard result.succeeded else {
                throw DevDatabaseError.commandFailed(
                    "Creating a PostgreSQL cluster in \(path) (initdb)", result: result,
                    advice: "Check the free disk space, and that \(binaries.directory.path) holds a complete "
                        + "PostgreSQL installation (its share directory included). Then delete \(path) and retry.")
            }
        }
    }

    /// Starts the server and returns where it listens; when it is already running, returns that endpoint
    /// (waiting while it is starting up). A stale `postmaster.pid` left by a crash is removed first.
    public func start() throws -> ClusterEndpoint {
        try ClusterLock.withLock(at: lockPath) {
            guard isInitialized else {
                throw DevDatabaseError(
                    "There is no PostgreSQL cluster in \(path) to start; initialize it first.")
            }
            if let running = try runningServer() { return running }
            try requireMatchingVersion()
            let account = try ServiceAccount.current()
            if let account { try account.requireAccess(to: binaries) }
            if socketDirectory != path {
                try PrivateDirectory.prepare(socketDirectory, mode: 0o700, owner: account)
            }
            var attempt = 1
            while true {
                let port = try attempt == 1 ? preferredPort() : LoopbackPort.pickFree()
                let options = ["-p", String(port), "-k", socketDirectory]
                    + Self.serverSettings.flatMap { ["-c", $0] }
                let logStart = logSize()
                let result = try run(
                    as: account,
                    [
                        binaries.program("pg_ctl").path, "start", "-D", path, "-l", logFile.path, "-w", "-t", "60",
                        "-o", options.map(CommandRunner.shellQuoted).joined(separator: " "),
                    ])
                if result.succeeded, let pidFile = PostmasterPIDFile.read(dataDirectory: dataDirectory),
                    pidFile.isReady
                {
                    try? String(port).write(to: portFile, atomically: false, encoding: .utf8)
                    return pidFile.endpoint(user: Self.superuser)
                }
                let log = logText(from: logStart)
                let portTaken = ["could not bind", "Address already in use", "could not create any TCP/IP sockets"]
                    .contains { log.contains($0) }
                if !result.succeeded, portTaken, attempt < 4 {
                    attempt += 1
                    continue
                }
                throw DevDatabaseError.commandFailed(
                    "Starting PostgreSQL for the cluster in \(path) (pg_ctl start)", result: result,
                    advice: "The server log is \(logFile.path). If the cluster is damaged and its data does not "
                        + "matter, delete it (for the dev database: `monolayer dev-db reset`).",
                    logTail: DevDatabaseError.tail(of: log))
            }
        }
    }

    /// Stops the server (fast shutdown: open sessions are ended). Does nothing when it is not running.
    public func stop() throws {
        try ClusterLock.withLock(at: lockPath) { try stopLocked() }
    }

    /// The running server's endpoint, or nil when none is running (or it is still starting up).
    public func status() -> ClusterEndpoint? {
        guard let pidFile = PostmasterPIDFile.read(dataDirectory: dataDirectory), pidFile.isAlive, pidFile.isReady
        else { return nil }
        return pidFile.endpoint(user: Self.superuser)
    }

    /// Stops the server if it is running and deletes the data directory (and a socket directory in /tmp).
    public func destroy() throws {
        try ClusterLock.withLock(at: lockPath) {
            try stopLocked()
            let files = FileManager.default
            for directory in [path, sharedSocketDirectory] where files.fileExists(atPath: directory) {
                do {
                    try files.removeItem(atPath: directory)
                } catch {
                    throw DevDatabaseError("Could not delete \(directory): \(error.localizedDescription).")
                }
            }
        }
    }

    private func stopLocked() throws {
        guard let pidFile = PostmasterPIDFile.read(dataDirectory: dataDirectory) else { return }
        guard pidFile.isAlive else {
            PostmasterPIDFile.removeStale(dataDirectory: dataDirectory)
            return
        }
        let account = try ServiceAccount.current()
        let result = try run(
            as: account, [binaries.program("pg_ctl").path, "stop", "-D", path, "-m", "fast", "-w", "-t", "60"])
        guard !result.succeeded, let again = PostmasterPIDFile.read(dataDirectory: dataDirectory), again.isAlive
        else { return }
        throw DevDatabaseError.commandFailed(
            "Stopping the PostgreSQL server of \(path) (pg_ctl stop)", result: result,
            advice: "The server (pid \(again.pid)) is still running; end it with `kill -QUIT \(again.pid)` "
                + "and try again.")
    }

    /// The endpoint of a server already running here, waiting (up to a minute) while one starts or stops;
    /// nil when none runs. Removes a stale `postmaster.pid`.
    private func runningServer() throws -> ClusterEndpoint? {
        let deadline = Date().addingTimeInterval(60)
        while let pidFile = PostmasterPIDFile.read(dataDirectory: dataDirectory) {
            guard pidFile.isAlive else {
                PostmasterPIDFile.removeStale(dataDirectory: dataDirectory)
                return nil
            }
            if pidFile.isReady { return pidFile.endpoint(user: Self.superuser) }
            guard Date() < deadline else {
                throw DevDatabaseError(
                    "The PostgreSQL server of \(path) (pid \(pidFile.pid)) has been \"\(pidFile.status)\" for a "
                        + "minute. See \(logFile.path); stop it with `kill -QUIT \(pidFile.pid)` and try again.")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Refuses binaries of another major version than the one that created the cluster: the server would only
    /// say that the data directory is incompatible.
    private func requireMatchingVersion() throws {
        let versionFile = dataDirectory.appendingPathComponent("PG_VERSION")
        guard let text = try? String(contentsOf: versionFile, encoding: .utf8),
            let clusterMajor = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return }
        let binariesMajor = try binaries.majorVersion
        guard clusterMajor == binariesMajor else {
            throw DevDatabaseError(
                "The cluster in \(path) was created by PostgreSQL \(clusterMajor), but \(binaries.directory.path) "
                    + "holds PostgreSQL \(binariesMajor). Point MONOLAYER_PG_BIN at PostgreSQL \(clusterMajor)'s "
                    + "bin directory, or delete the cluster (for the dev database: `monolayer dev-db reset`, which "
                    + "loses its data) to recreate it with PostgreSQL \(binariesMajor).")
        }
    }

    /// Makes the data directory exist, empty, mode 0700 and owned by the account running the server.
    private func prepareEmptyDataDirectory(owner: ServiceAccount?) throws {
        let files = FileManager.default
        if let contents = try? files.contentsOfDirectory(atPath: path), !contents.isEmpty {
            guard contents.contains("PG_VERSION") else {
                throw DevDatabaseError(
                    "\(path) is not empty and holds no PostgreSQL cluster, so initdb cannot use it. Move its "
                        + "contents away or choose another directory.")
            }
            try? files.removeItem(atPath: path)  // The remains of an interrupted initdb.
        }
        try PrivateDirectory.createPath(dataDirectory.deletingLastPathComponent().path)
        try PrivateDirectory.prepare(path, mode: 0o700, owner: owner)
    }

    /// The port used last time when it is still free (so URLs survive restarts), else a new free port.
    private func preferredPort() throws -> Int {
        if let text = try? String(contentsOf: portFile, encoding: .utf8),
            let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), LoopbackPort.isFree(port)
        {
            return port
        }
        return try LoopbackPort.pickFree()
    }

    private func logSize() -> UInt64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: logFile.path)
        return (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
    }

    /// What the server wrote to its log since `offset` (the current start attempt's messages).
    private func logText(from offset: UInt64) -> String {
        guard let handle = try? FileHandle(forReadingFrom: logFile) else { return "" }
        defer { try? handle.close() }
        try? handle.seek(toOffset: offset)
        let data = (try? handle.readToEnd()) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private func run(as account: ServiceAccount?, _ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(account.map { try $0.wrap(arguments) } ?? arguments)
    }
}
