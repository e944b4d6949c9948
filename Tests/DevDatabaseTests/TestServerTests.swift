import DevDatabase
import Foundation
import Testing
import TestSupport

/// The shared test server that the other test suites build on.
@Suite struct TestServerTests {
    @Test func createsAndDropsUniqueDatabases() throws {
        let server = TestServer.shared
        let first = try server.createDatabase(prefix: "devdb")
        let second = try server.createDatabase(prefix: "devdb")
        defer {
            try? server.dropDatabase(first.name)
            try? server.dropDatabase(second.name)
        }
        #expect(first.name != second.name)
        #expect(first.name.hasPrefix("devdb_"))
        let endpoint = try server.endpoint
        #expect(first.url == endpoint.url(database: first.name))
        #expect(try Fixtures.psql(endpoint, "select current_database()", database: first.name) == first.name)

        try server.dropDatabase(first.name)
        let remaining = try Fixtures.psql(
            endpoint, "select count(*) from pg_database where datname = '\(first.name)'")
        #expect(remaining == "0")
        try server.dropDatabase(first.name)  // Already gone: not an error.
    }

    @Test func parallelCreatesGetDistinctNames() async throws {
        let server = TestServer.shared
        let names = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<4 { group.addTask { try server.createDatabase().name } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        defer { for name in names { try? server.dropDatabase(name) } }
        #expect(Set(names).count == 4)
    }

    @Test func reportsTheServerVersion() throws {
        let server = TestServer.shared
        let major = try server.majorVersion
        #expect(try server.versionString.hasPrefix("\(major)."))
        let reported = try Fixtures.psql(try server.endpoint, "show server_version_num")
        #expect(Int(reported).map { $0 / 10000 } == major)
    }
}
