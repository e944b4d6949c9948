import DevDatabase
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The dev database's life cycle as the CLI drives it, against real servers.
@Suite struct DevDatabaseTests {
    @Test func startStatusStopAndReset() throws {
        let project = try Fixtures.temporaryDirectory()
        let database = DevDatabase(projectRoot: project, binaries: Fixtures.binaries)
        defer {
            try? database.destroy()
            try? FileManager.default.removeItem(at: project)
        }
        #expect(try database.status() == nil)

        let endpoint = try database.start()
        #expect(endpoint.host == "127.0.0.1")
        #expect(endpoint.user == "postgres")
        #expect(try database.status() == endpoint)
        #expect(try database.start() == endpoint)
        #expect(try database.url() == "postgresql://postgres@127.0.0.1:\(endpoint.port)/postgres")
        // Another process finds the server through the data directory alone, without binaries.
        #expect(try DevDatabase(projectRoot: project).status() == endpoint)
        #expect(try Fixtures.isReady(endpoint))
        #expect(try Fixtures.psql(endpoint, "select current_setting('listen_addresses')") == "127.0.0.1")
        #expect(try Fixtures.psqlOverSocket(endpoint, "select 1") == "1")
        #expect(FileManager.default.fileExists(atPath: project.path + "/.monolayer/dev-db/.gitignore"))
        try Fixtures.psql(endpoint, "create table survivor (id int)")

        try database.stop()
        #expect(try database.status() == nil)
        #expect(try !Fixtures.isReady(endpoint))
        try database.stop()

        let restarted = try database.start()
        #expect(try Fixtures.psql(restarted, "select count(*) from survivor") == "0")

        let fresh = try database.reset()
        #expect(try database.status() == fresh)
        #expect(try Fixtures.psql(fresh, "select to_regclass('survivor') is null") == "t")
    }

    @Test func recoversFromAStalePostmasterPID() throws {
        let project = try Fixtures.temporaryDirectory()
        let database = DevDatabase(projectRoot: project, binaries: Fixtures.binaries)
        defer {
            try? database.destroy()
            try? FileManager.default.removeItem(at: project)
        }
        let first = try database.start()
        try database.stop()

        // What a kill -9 or a reboot leaves behind: a pid file naming a process that no longer exists.
        let deadPID = try deadProcessID()
        let stale = "\(deadPID)\n\(database.dataDirectory.path)\n0\n\(first.port)\n\(first.socketDirectory)\n"
            + "127.0.0.1\n0 0\nready   \n"
        try stale.write(
            to: database.dataDirectory.appendingPathComponent("postmaster.pid"), atomically: true, encoding: .utf8)

        #expect(try database.status() == nil)
        let endpoint = try database.start()
        #expect(try Fixtures.psql(endpoint, "select 1") == "1")
    }

    @Test func concurrentStartsShareOneServer() async throws {
        let project = try Fixtures.temporaryDirectory()
        let database = DevDatabase(projectRoot: project, binaries: Fixtures.binaries)
        defer {
            try? database.destroy()
            try? FileManager.default.removeItem(at: project)
        }
        let endpoints = try await withThrowingTaskGroup(of: ClusterEndpoint.self) { group in
            for _ in 0..<3 { group.addTask { try database.start() } }
            return try await group.reduce(into: [ClusterEndpoint]()) { $0.append($1) }
        }
        #expect(Set(endpoints).count == 1)
        #expect(try Fixtures.isReady(endpoints[0]))
    }

    /// As root, a project inside a directory the server account cannot enter keeps its cluster under /tmp.
    @Test(.enabled(if: geteuid() == 0)) func rootUsesTmpWhenTheProjectIsPrivate() throws {
        let parent = try Fixtures.temporaryDirectory("private")
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: parent.path)
        let project = parent.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        let database = DevDatabase(projectRoot: project, binaries: Fixtures.binaries)
        defer {
            try? database.destroy()
            try? FileManager.default.removeItem(at: parent)
        }
        let endpoint = try database.start()
        let location = project.appendingPathComponent(".monolayer/dev-db/LOCATION")
        let recorded = try String(contentsOf: location, encoding: .utf8)
        #expect(recorded.hasPrefix("/tmp/monolayer-dev-db-"))
        #expect(database.dataDirectory.path.hasPrefix("/tmp/monolayer-dev-db-"))
        #expect(try DevDatabase(projectRoot: project).status() == endpoint)
        #expect(try Fixtures.psql(endpoint, "select 1") == "1")

        let fallback = database.dataDirectory.deletingLastPathComponent()
        try database.destroy()
        #expect(!FileManager.default.fileExists(atPath: location.path))
        #expect(!FileManager.default.fileExists(atPath: fallback.path))
    }

    /// A pid that belonged to a process which has exited (and been reaped).
    private func deadProcessID() throws -> Int32 {
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        let pid = try ChildProcess.launch(
            "/bin/sh", arguments: ["/bin/sh", "-c", "exit 0"], environment: [:], standardInput: null,
            standardOutput: null, standardError: null)
        _ = ChildProcess.wait(for: pid)
        return pid
    }
}
