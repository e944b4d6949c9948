import Foundation
import Migrations
import Plan
import Testing

/// The migration file format: header, up and down sections, checksum.
@Suite struct MigrationFileTests {
    static let sample = MigrationFile(
        id: "20261122103000123-add-email", phase: .alter, transactional: false,
        warnings: ["D003 destructive: Dropped column", "MF001 might-fail: Added NOT NULL"],
        up: "ALTER TABLE t ADD COLUMN email text;\n\nCREATE INDEX CONCURRENTLY i ON t (email);",
        down: "DROP INDEX CONCURRENTLY i;\n\nALTER TABLE t DROP COLUMN email;")

    @Test func rendersAReadableHeader() {
        let lines = Self.sample.rendered.components(separatedBy: "\n")
        #expect(Array(lines.prefix(8)) == [
            "-- monolayer migration",
            "-- id: 20261122103000123-add-email",
            "-- phase: alter",
            "-- transaction: no (each statement commits on its own)",
            "-- warnings:",
            "--   D003 destructive: Dropped column",
            "--   MF001 might-fail: Added NOT NULL",
            "",
        ])
        #expect(lines.contains("-- monolayer:up"))
        #expect(lines.contains("-- monolayer:down"))
        #expect(Self.sample.checksum == MigrationChecksum.of(Self.sample.rendered))
    }

    @Test func idPartsAndKey() {
        #expect(Self.sample.name == "add-email")
        #expect(Self.sample.timestamp == "20261122103000123")
        #expect(Self.sample.key == "alter/20261122103000123-add-email")
    }

    @Test(arguments: [
        MigrationFileTests.sample,
        MigrationFile(id: "20260101000000000-init", phase: .expand, transactional: true, warnings: [],
                      up: "CREATE TABLE t (id integer);", down: "DROP TABLE t;"),
        MigrationFile(id: "20260101000000000-backfill", phase: .data, transactional: true, warnings: [],
                      up: "UPDATE t SET a = 1;\n-- monolayer: a comment, not a marker", down: ""),
    ])
    func renderedThenParsedKeepsEverything(original: MigrationFile) throws {
        let parsed = try MigrationFile.parse(original.rendered, id: original.id, phase: original.phase, url: nil)
        #expect(parsed.id == original.id)
        #expect(parsed.phase == original.phase)
        #expect(parsed.transactional == original.transactional)
        #expect(parsed.warnings == original.warnings)
        #expect(parsed.up.trimmingCharacters(in: .whitespacesAndNewlines) == original.up)
        #expect(parsed.down.trimmingCharacters(in: .whitespacesAndNewlines) == original.down)
        #expect(parsed.checksum == original.checksum)
        #expect(parsed.rendered == original.rendered)
    }

    @Test func checksumIsOfTheFileAsRead() throws {
        let edited = Self.sample.rendered.replacingOccurrences(of: "email text", with: "email varchar")
        let parsed = try MigrationFile.parse(edited, id: Self.sample.id, phase: .alter, url: nil)
        #expect(parsed.checksum == MigrationChecksum.of(edited))
        #expect(parsed.checksum != Self.sample.checksum)
    }

    @Test func handWrittenFileWithoutHeaderOrDownParses() throws {
        let parsed = try MigrationFile.parse("-- monolayer:up\nUPDATE t SET a = 1;\n", id: "1-x", phase: .data, url: nil)
        #expect(parsed.transactional, "transactional unless the header says no")
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.up.trimmingCharacters(in: .whitespacesAndNewlines) == "UPDATE t SET a = 1;")
        #expect(parsed.down == "")
    }

    @Test func fileWithoutUpMarkerIsRejected() {
        let url = URL(fileURLWithPath: "/m/expand/1-x.sql")
        #expect {
            _ = try MigrationFile.parse("-- monolayer migration\nCREATE TABLE t ();\n", id: "1-x", phase: .expand, url: url)
        } throws: { error in
            guard case .malformed(let problem)? = error as? MigrationError else { return false }
            return problem.path == "/m/expand/1-x.sql" && problem.reason.contains("-- monolayer:up")
        }
    }

    @Test func downBeforeUpIsRejected() {
        #expect(throws: MigrationError.self) {
            _ = try MigrationFile.parse("-- monolayer:down\nx;\n-- monolayer:up\ny;\n", id: "1-x", phase: .expand, url: nil)
        }
    }

    @Test func phaseHeaderMustMatchTheFolder() {
        #expect {
            _ = try MigrationFile.parse(Self.sample.rendered, id: Self.sample.id, phase: .contract, url: nil)
        } throws: { error in
            guard case .malformed(let problem)? = error as? MigrationError else { return false }
            return problem.path == Self.sample.id && problem.reason.contains("names the phase alter")
                && problem.reason.contains("contract folder") && problem.line == 3 && problem.column == 1
        }
    }
}
