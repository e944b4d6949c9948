import Foundation

/// The case folders under `Tests/Cases/<kind>/<case>/`: `from.sql` (the database before; may be
/// missing for "from nothing"), `to.sql` (the schema files after), `plan.sql` (the golden migrations)
/// and an optional `case.json` (`{"warnings": ["MF001"]}`: the warning codes the plan must carry,
/// exactly). Adding a case is adding a folder; every test that takes `CaseLibrary.all` runs it.
public struct SchemaCase: Sendable, CustomStringConvertible {
    public let kind: String
    public let name: String
    public let folder: URL
    public let from: String
    public let to: String
    public let expectedWarnings: [String]?
    /// Server features the case needs (`"icu"`, `"pg17"`); where the server lacks one, the case is
    /// skipped against it with the reason printed (see CaseAcceptanceTests).
    public let requires: [String]

    public var description: String { "\(kind)/\(name)" }
    public var goldenPlan: URL { folder.appendingPathComponent("plan.sql") }
}

public enum CaseLibrary {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Cases")

    struct Manifest: Decodable { var warnings: [String]?; var requires: [String]? }

    public static let all: [SchemaCase] = {
        let files = FileManager.default
        var cases: [SchemaCase] = []
        let kinds = (try? files.contentsOfDirectory(atPath: root.path)) ?? []
        for kind in kinds.sorted() {
            let kindFolder = root.appendingPathComponent(kind)
            for name in ((try? files.contentsOfDirectory(atPath: kindFolder.path)) ?? []).sorted() {
                let folder = kindFolder.appendingPathComponent(name)
                guard let to = try? String(contentsOf: folder.appendingPathComponent("to.sql"), encoding: .utf8) else { continue }
                let from = (try? String(contentsOf: folder.appendingPathComponent("from.sql"), encoding: .utf8)) ?? ""
                let manifest = (try? Data(contentsOf: folder.appendingPathComponent("case.json")))
                    .flatMap { try? JSONDecoder().decode(Manifest.self, from: $0) }
                cases.append(SchemaCase(kind: kind, name: name, folder: folder, from: from, to: to,
                                        expectedWarnings: manifest?.warnings, requires: manifest?.requires ?? []))
            }
        }
        return cases
    }()
}
