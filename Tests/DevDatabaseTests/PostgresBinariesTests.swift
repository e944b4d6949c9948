@testable import DevDatabase
import Foundation
import Testing

/// Finding the server binaries, and reading their version.
@Suite struct PostgresBinariesTests {
    @Test func locateHonoursMONOLAYER_PG_BIN() throws {
        let directory = Fixtures.binaries.directory.path
        let found = try PostgresBinaries.locate(environment: ["MONOLAYER_PG_BIN": directory, "PATH": ""])
        #expect(found.directory.path == directory)
        #expect(found.missingPrograms.isEmpty)
    }

    @Test func anUnusableMONOLAYER_PG_BINIsAnErrorNotIgnored() throws {
        let empty = try Fixtures.temporaryDirectory("nobin")
        defer { try? FileManager.default.removeItem(at: empty) }
        let error = #expect(throws: DevDatabaseError.self) {
            try PostgresBinaries.locate(environment: ["MONOLAYER_PG_BIN": empty.path, "PATH": "/usr/bin:/bin"])
        }
        #expect(error?.message.contains("MONOLAYER_PG_BIN") == true)
        #expect(error?.message.contains("initdb") == true)
    }

    @Test func locateSearchesPATH() throws {
        let directory = Fixtures.binaries.directory.path
        let found = try PostgresBinaries.locate(environment: ["PATH": "/nonexistent:\(directory)"])
        #expect(found.directory.path == directory)
    }

    @Test func versionOfTheBinariesUnderTest() throws {
        let version = try Fixtures.binaries.version()
        let major = try Fixtures.binaries.majorVersion
        #expect(major >= 14)
        #expect(version.hasPrefix("\(major)."))
    }

    @Test func parsesVersionLines() {
        #expect(PostgresBinaries.parseVersion("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n") == "15.18")
        #expect(PostgresBinaries.parseVersion("postgres (PostgreSQL) 18.6") == "18.6")
        #expect(PostgresBinaries.parseVersion("postgres (PostgreSQL) 19devel") == "19devel")
        #expect(PostgresBinaries.parseVersion("no version here") == nil)
    }

    @Test func debianDirectoriesComeHighestVersionFirst() throws {
        let root = try Fixtures.temporaryDirectory("pgroot")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["9.6", "15", "18", "common", "14"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let found = PostgresBinaries.debianServerDirectories(root: root.path)
        #expect(found == ["18", "15", "14", "9.6"].map { "\(root.path)/\($0)/bin" })
    }
}
