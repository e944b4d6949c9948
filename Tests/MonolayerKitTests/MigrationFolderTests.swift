import Foundation
import Migrations
import Plan
import Testing

/// Reading the whole migrations folder: every bad file is reported with its path and reason, and
/// only the files that read fine are migrations.
@Suite struct MigrationFolderTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-folder-\(UUID().uuidString)")

    static func migration(_ id: String, phase: Phase = .expand, up: String = "SELECT 1;") -> String {
        MigrationFile(id: id, phase: phase, transactional: true, warnings: [], up: up, down: "").rendered
    }

    func put(_ relativePath: String, _ text: String) throws {
        try put(relativePath, Data(text.utf8))
    }

    func put(_ relativePath: String, _ data: Data) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Problems by the file name they concern.
    func problems() -> [String: MigrationProblem] {
        Dictionary(MigrationStore(root: root).load().problems.map { (($0.path as NSString).lastPathComponent, $0) },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test func everyBadFileIsReportedAndOnlyGoodFilesAreMigrations() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("expand/20260101000000000-good.sql", Self.migration("20260101000000000-good"))
        try put("expand/20260102000000000-broken.sql", Self.migration("20260102000000000-broken", up: "CREATE TABLE (;"))
        try put("expand/20260103000000000-latin1.sql", Data([0x2D, 0x2D, 0x20, 0xE9, 0x0A]))
        try put("expand/20260104000000000-shout.SQL", Self.migration("20260104000000000-shout"))
        try put("expand/add-users.sql", Self.migration("add-users"))
        try put("expand/2026-add.sql", Self.migration("2026-add"))
        try put("stray.sql", "SELECT 1;")
        try put("old/20250101000000000-x.sql", Self.migration("20250101000000000-x"))
        try put("expand/nested/20250101000000000-y.sql", Self.migration("20250101000000000-y"))
        try put(".git/hooks/x.sql", "SELECT 1;")
        try put("expand/.gitkeep", "")
        try put("expand/README.md", "notes")
        let folder = MigrationStore(root: root).load()
        #expect(folder.files.map(\.id) == ["20260101000000000-good"])
        let problems = problems()
        #expect(Set(problems.keys) == ["20260102000000000-broken.sql", "20260103000000000-latin1.sql", "20260104000000000-shout.SQL",
                                       "add-users.sql", "2026-add.sql", "stray.sql", "20250101000000000-x.sql", "20250101000000000-y.sql"])
        #expect(problems["20260102000000000-broken.sql"]?.line == 8, "the up section starts on line 8")
        #expect(problems["20260102000000000-broken.sql"]?.reason.contains("does not parse") == true)
        #expect(problems["20260103000000000-latin1.sql"]?.reason.contains("not UTF-8 text") == true)
        #expect(problems["20260104000000000-shout.SQL"]?.reason.contains("lower case") == true)
        #expect(problems["add-users.sql"]?.reason.contains("yyyyMMddHHmmssSSS") == true)
        #expect(problems["stray.sql"]?.reason.contains("not in a phase folder") == true)
        #expect(problems["stray.sql"]?.phase == nil)
        #expect(problems["20250101000000000-x.sql"]?.reason.contains("not in a phase folder") == true)
        #expect(problems["20260102000000000-broken.sql"]?.key == "expand/20260102000000000-broken")
        #expect(throws: MigrationError.self) { try folder.checkValid() }
        #expect(throws: MigrationError.self) { try MigrationStore(root: root).all() }
    }

    @Test func twoFilesOfAPhaseWithOneTimestampAreBothRefused() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("expand/20260101000000000-a.sql", Self.migration("20260101000000000-a"))
        try put("expand/20260101000000000-b.sql", Self.migration("20260101000000000-b"))
        try put("contract/20260101000000000-a.sql", Self.migration("20260101000000000-a", phase: .contract))
        try put("expand/20260101000000001-c.sql", Self.migration("20260101000000000-c"))
        let folder = MigrationStore(root: root).load()
        #expect(folder.files.map(\.key) == ["contract/20260101000000000-a"], "one run shares its id across phases")
        let problems = problems()
        #expect(problems["20260101000000000-a.sql"]?.reason.contains("20260101000000000-b") == true)
        #expect(problems["20260101000000000-b.sql"]?.reason.contains("same timestamp") == true)
        #expect(problems["20260101000000001-c.sql"]?.reason.contains("names the id 20260101000000000-c") == true)
    }

    @Test func aFolderWithoutProblemsIsValid() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("expand/20260101000000000-a.sql", Self.migration("20260101000000000-a"))
        let folder = MigrationStore(root: root).load()
        try folder.checkValid()
        #expect(MigrationStore(root: root.appendingPathComponent("absent")).load().files.isEmpty)
    }
}
