import Foundation

/// A project's embedded PostgreSQL server (SPEC section 9): a disposable cluster that commands start on demand when
/// no database is configured, so `monolayer sync` works in a fresh project with no setup.
///
/// Layout under `<projectRoot>/.monolayer/dev-db/`:
/// - `data/`: the cluster (with its `server.log`); `data.lock` serialises concurrent commands;
/// - `.gitignore`: ignores everything here, so the cluster never ends up in version control;
/// - `LOCATION`: only in the root fallback below.
///
/// Root fallback: PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (or `nobody`, see
/// `ServiceAccount`), which must be able to reach the data directory. A project inside a private directory, such as
/// `/root` with mode 700, is out of its reach; the cluster then lives in
/// `/tmp/monolayer-dev-db-<hash of the project path>/data` instead, and that path is written to
/// `.monolayer/dev-db/LOCATION`. Every command reads `LOCATION` first, so all of them find the same cluster;
/// `reset` and `destroy` forget it. If /tmp is wiped (a reboot), the next start simply creates a new, empty cluster.
public struct DevDatabase: Sendable {
    public let projectRoot: URL
    /// The binaries given at creation; nil means `PostgresBinaries.locate()` when they are first needed.
    public let binaries: PostgresBinaries?

    /// - Parameters:
    ///   - projectRoot: the project's root directory; the cluster's files go under `.monolayer/dev-db/`.
    ///   - binaries: the PostgreSQL server to use; by default the one `PostgresBinaries.locate()` finds.
    public init(projectRoot: URL, binaries: PostgresBinaries? = nil) {
        self.projectRoot = projectRoot.standardizedFileURL
        self.binaries = binaries
    }

    /// `<projectRoot>/.monolayer/dev-db`.
    public var stateDirectory: URL {
        projectRoot.appendingPathComponent(".monolayer").appendingPathComponent("dev-db")
    }

    /// Where the cluster is, or would be created now (the `LOCATION` file, else `.monolayer/dev-db/data`).
    public var dataDirectory: URL {
        recordedLocation ?? standardDataDirectory
    }

    /// Starts the dev database, creating the cluster first if needed, and returns where it listens. Returns the
    /// running server's endpoint when it is already up.
    public func start() throws -> ClusterEndpoint {
        let directory = try chooseDataDirectory()
        if let running = Self.runningEndpoint(in: directory) { return running }
        let cluster = LocalCluster(dataDirectory: directory, binaries: try resolvedBinaries())
        if !cluster.isInitialized { try cluster.initialize() }
        return try cluster.start()
    }

    /// Stops the dev database; does nothing when it is not running.
    public func stop() throws {
        let directory = dataDirectory
        guard PostmasterPIDFile.read(dataDirectory: directory) != nil else { return }
        try LocalCluster(dataDirectory: directory, binaries: resolvedBinaries()).stop()
    }

    /// The running server's endpoint, or nil when it is not running. Works from any process, and needs no binaries.
    public func status() throws -> ClusterEndpoint? {
        Self.runningEndpoint(in: dataDirectory)
    }

    /// Deletes the cluster (stopping it first), creates a new empty one, starts it and returns its endpoint.
    public func reset() throws -> ClusterEndpoint {
        try destroy()
        return try start()
    }

    /// Stops the server and deletes the cluster (and the root fallback directory and its `LOCATION` record).
    public func destroy() throws {
        let directory = dataDirectory
        if FileManager.default.fileExists(atPath: directory.path) {
            try LocalCluster(dataDirectory: directory, binaries: resolvedBinaries()).destroy()
        }
        if directory != standardDataDirectory {
            let fallback = directory.deletingLastPathComponent()
            if fallback.path == fallbackRoot { try? FileManager.default.removeItem(at: fallback) }
        }
        try? FileManager.default.removeItem(at: locationFile)
    }

    /// The connection URL of the dev database's `postgres` database, starting the server if needed.
    public func url() throws -> String {
        try start().url(database: "postgres")
    }

    private var standardDataDirectory: URL { stateDirectory.appendingPathComponent("data") }
    private var locationFile: URL { stateDirectory.appendingPathComponent("LOCATION") }
    private var fallbackRoot: String { "/tmp/monolayer-dev-db-" + StableHash.hex(projectRoot.path) }

    private var recordedLocation: URL? {
        guard let text = try? String(contentsOf: locationFile, encoding: .utf8) else { return nil }
        let path = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL : nil
    }

    private func resolvedBinaries() throws -> PostgresBinaries {
        if let binaries { return binaries }
        return try PostgresBinaries.locate()
    }

    /// The data directory to use now, creating `.monolayer/dev-db/` and, as root when the service account cannot
    /// reach it, switching to the /tmp fallback (recorded in `LOCATION`).
    private func chooseDataDirectory() throws -> URL {
        if let recorded = recordedLocation { return recorded }
        try PrivateDirectory.createPath(stateDirectory.path)
        let ignore = stateDirectory.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try? "# The embedded dev database (monolayer dev-db): never commit it.\n*\n"
                .write(to: ignore, atomically: true, encoding: .utf8)
        }
        let standard = standardDataDirectory
        if FileManager.default.fileExists(atPath: standard.appendingPathComponent("PG_VERSION").path) {
            return standard
        }
        guard let account = try ServiceAccount.current(), !account.canReach(stateDirectory.path) else {
            return standard
        }
        try PrivateDirectory.prepare(fallbackRoot, mode: 0o755, owner: nil)
        let fallback = URL(fileURLWithPath: fallbackRoot).appendingPathComponent("data")
        do {
            try (fallback.path + "\n").write(to: locationFile, atomically: true, encoding: .utf8)
        } catch {
            throw DevDatabaseError(
                "Could not record the dev database's location in \(locationFile.path): "
                    + "\(error.localizedDescription).")
        }
        return fallback
    }

    /// The endpoint recorded in `postmaster.pid` when its server is alive and ready.
    private static func runningEndpoint(in directory: URL) -> ClusterEndpoint? {
        guard let pidFile = PostmasterPIDFile.read(dataDirectory: directory), pidFile.isAlive, pidFile.isReady
        else { return nil }
        return pidFile.endpoint(user: LocalCluster.superuser)
    }
}
