import Foundation
import Migrations
import Plan
import SchemaModel
import Testing

/// The migrations folder: ids for a plan, writing, reading, finding, naming.
@Suite struct MigrationStoreTests {
    static func plan() -> MigrationPlan {
        let warning = Warning(code: .MF001, summary: "Added NOT NULL", why: "rows may be null",
                              mitigationTitle: "Instead", mitigation: [])
        return MigrationPlan(statements: [
            PlannedStatement(phase: .contract, sql: "DROP TABLE old", down: nil, .drop(.relation(QualifiedName("public", "old")))),
            PlannedStatement(phase: .expand, sql: "CREATE INDEX CONCURRENTLY t_a_idx ON t (a)",
                             down: "DROP INDEX CONCURRENTLY t_a_idx", transactional: false, .create(.index(QualifiedName("public", "t_a_idx")))),
            PlannedStatement(phase: .alter, sql: "ALTER TABLE t ALTER COLUMN a SET NOT NULL",
                             down: "ALTER TABLE t ALTER COLUMN a DROP NOT NULL", warnings: [warning], .alter(.column(QualifiedName("public", "t"), "a"))),
            PlannedStatement(phase: .expand, sql: "CREATE TABLE t (a integer)", down: "DROP TABLE t", .create(.relation(QualifiedName("public", "t")))),
        ])
    }

    @Test func oneFilePerPhaseAndTransactionModeWithMillisecondSteps() {
        let date = Date(timeIntervalSince1970: 1_795_343_400.5)  // 2026-11-22 10:30:00.500 UTC
        let files = MigrationStore.files(for: Self.plan(), name: "add-t", at: date)
        #expect(files.map(\.key) == [
            "expand/20261122103000500-add-t",
            "expand/20261122103000501-add-t",
            "alter/20261122103000500-add-t",
            "contract/20261122103000500-add-t",
        ])
        #expect(files.map(\.transactional) == [true, false, true, true])
        #expect(files[0].up == "CREATE TABLE t (a integer);")
        #expect(files[0].down == "DROP TABLE t;")
        #expect(files[1].up == "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);")
        #expect(files[2].warnings == ["MF001 might-fail: Added NOT NULL"])
        #expect(files[3].down == "-- cannot be undone: DROP TABLE old")
        #expect(files.allSatisfy { $0.checksum == MigrationChecksum.of($0.rendered) })
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(MigrationStore.timestamp(Date(timeIntervalSince1970: 0)) == "19700101000000000")
        #expect(MigrationStore.timestamp(Date(timeIntervalSince1970: 1_795_343_400.25)) == "20261122103000250")
    }

    @Test func writtenFilesAreReadBackInPhaseOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = MigrationStore(root: root)
        let files = MigrationStore.files(for: Self.plan(), name: "add-t", at: Date(timeIntervalSince1970: 1_795_343_400))
        for file in files.reversed() { try store.write(file) }
        let read = try store.all()
        #expect(read.map(\.key) == files.map(\.key))
        #expect(read.map(\.checksum) == files.map(\.checksum))
        #expect(read.allSatisfy { $0.url != nil })
        #expect(throws: MigrationError.self) { try store.write(files[0]) }
        #expect(try store.find("20261122103000000-add-t", in: read).phase == .expand)
        #expect(throws: MigrationError.self) { try store.find("add-t", in: read) }
        #expect(throws: MigrationError.self) { try store.find("nope", in: read) }
    }

    @Test(arguments: [
        ("Add email to Users!", "add-email-to-users"),
        ("  add   email  ", "add-email"),
        ("v2: rename_column", "v2-rename-column"),
        ("", "schema"),
        ("--- !!! ---", "schema"),
        ("Ärger über Straße", "ärger-über-straße"),
    ])
    func slugMakesLowerCaseDashedNames(text: String, slug: String) {
        #expect(MigrationStore.slug(text) == slug)
    }

    @Test func slugIsAtMostSixtyCharacters() {
        let slug = MigrationStore.slug(String(repeating: "word ", count: 40))
        #expect(slug.count <= 60)
        #expect(slug.hasPrefix("word-word-"))
        #expect(!slug.hasSuffix("-"), "a cut slug must not end with a dash: \(slug)")
    }
}
