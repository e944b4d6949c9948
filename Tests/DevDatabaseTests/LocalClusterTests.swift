@testable import DevDatabase
import Foundation
import Testing

/// `LocalCluster` details that `DevDatabase` does not exercise on its own.
@Suite struct LocalClusterTests {
    /// A data directory too deep for a unix socket path gets its socket in a short directory under /tmp.
    @Test func longDataDirectoryPutsTheSocketUnderTmp() throws {
        let base = try Fixtures.temporaryDirectory("long")
        defer { try? FileManager.default.removeItem(at: base) }
        let deep = base.appendingPathComponent(String(repeating: "deep-directory-name/", count: 5) + "data")
        let cluster = LocalCluster(dataDirectory: deep, binaries: Fixtures.binaries)
        defer { try? cluster.destroy() }
        #expect(cluster.socketDirectory.hasPrefix("/tmp/monolayer-pg-"))

        try cluster.initialize()
        #expect(cluster.isInitialized)
        try cluster.initialize()  // Idempotent.
        let endpoint = try cluster.start()
        #expect(endpoint.socketDirectory == cluster.socketDirectory)
        #expect(try Fixtures.psqlOverSocket(endpoint, "select 1") == "1")
        #expect(cluster.status() == endpoint)

        let socketDirectory = cluster.socketDirectory
        try cluster.destroy()
        #expect(cluster.status() == nil)
        #expect(!FileManager.default.fileExists(atPath: deep.path))
        #expect(!FileManager.default.fileExists(atPath: socketDirectory))
    }

    @Test func startingAnUninitializedClusterExplainsWhatToDo() throws {
        let base = try Fixtures.temporaryDirectory("empty")
        defer { try? FileManager.default.removeItem(at: base) }
        let cluster = LocalCluster(dataDirectory: base.appendingPathComponent("data"), binaries: Fixtures.binaries)
        #expect(!cluster.isInitialized)
        #expect(cluster.status() == nil)
        let error = #expect(throws: DevDatabaseError.self) { try cluster.start() }
        #expect(error?.message.contains("initialize") == true)
    }

    @Test func refusesADirectoryThatIsNotACluster() throws {
        let base = try Fixtures.temporaryDirectory("notcluster")
        defer { try? FileManager.default.removeItem(at: base) }
        let directory = base.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let notes = directory.appendingPathComponent("notes.txt")
        try "keep me".write(to: notes, atomically: true, encoding: .utf8)
        let cluster = LocalCluster(dataDirectory: directory, binaries: Fixtures.binaries)
        #expect(throws: DevDatabaseError.self) { try cluster.initialize() }
        #expect(FileManager.default.fileExists(atPath: notes.path))
    }

    @Test func endpointURLs() {
        let endpoint = ClusterEndpoint(host: "127.0.0.1", port: 5433, socketDirectory: "/tmp/x", user: "postgres")
        #expect(endpoint.url() == "postgresql://postgres@127.0.0.1:5433/postgres")
        #expect(endpoint.url(database: "a b/c") == "postgresql://postgres@127.0.0.1:5433/a%20b%2Fc")
        #expect(endpoint.socketPath == "/tmp/x/.s.PGSQL.5433")
    }

    @Test func parsesPostmasterPID() {
        let text = "4242\n/data\n1700000000\n5433\n/tmp/sock\n127.0.0.1\n  1234  5678\nready   \n"
        let parsed = PostmasterPIDFile.parse(text)
        #expect(parsed?.pid == 4242)
        #expect(parsed?.port == 5433)
        #expect(parsed?.socketDirectory == "/tmp/sock")
        #expect(parsed?.isReady == true)
        #expect(PostmasterPIDFile.parse("4242\n/data\n")?.isReady == false)
        #expect(PostmasterPIDFile.parse("") == nil)
    }
}
