import CorpusFixtures
import Foundation

/// One before/after pair of `shared/corpus/pairs/sqldef` (sqldef's PostgreSQL test cases, converted: see the
/// corpus README). The corpus lives beside the repository and is never copied into it; only case names may
/// appear here.
///
/// The meta.json keys that matter to the harness: `kind` (`up_down`, `idempotency_only`: both are "plan
/// before → after"; `error`: sqldef refuses), `min_version`, `managed_roles`, `flavor` (pgvector). Keys that
/// only tune sqldef (`enable_drop`, `manage`, `config`, `offline`, `legacy_ignore_quotes`) are ignored: the
/// measurement is always "converge on the whole of after.sql", drops included. `user` (sqldef connects as
/// `psqldef_user`, whose default schema is not public) is ignored too: pairs run as the superuser with the
/// default search path, so such a pair is either unloadable (its before.sql names a schema it never creates)
/// or measured in public.
struct SqldefPair: Sendable, CustomStringConvertible {
    var folder: String
    var name: String
    var before: String
    var after: String
    var kind: String
    /// What sqldef says when it refuses the pair (`kind` error).
    var expectedError: String?
    var minVersion: String?
    var managedRoles: [String]
    var user: String?
    var flavor: String?

    var description: String { "\(folder)/\(name)" }
    var isErrorCase: Bool { kind == "error" }

    /// `MONOLAYER_CORPUS`/pairs/sqldef, else `shared/corpus/pairs/sqldef` beside the repository.
    static let root = CorpusSchema.corpus.appendingPathComponent("pairs/sqldef")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("README.txt").path) }

    /// Every pair, in folder then case order.
    static func all() throws -> [SqldefPair] {
        let manager = FileManager.default
        var pairs: [SqldefPair] = []
        for folder in try manager.contentsOfDirectory(atPath: root.path).sorted() {
            let folderURL = root.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folderURL.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for name in try manager.contentsOfDirectory(atPath: folderURL.path).sorted() {
                let caseURL = folderURL.appendingPathComponent(name)
                guard manager.fileExists(atPath: caseURL.appendingPathComponent("meta.json").path) else { continue }
                pairs.append(try SqldefPair(folder: folder, name: name, at: caseURL))
            }
        }
        return pairs
    }

    init(folder: String, name: String, at url: URL) throws {
        self.folder = folder
        self.name = name
        func text(_ file: String) throws -> String {
            let fileURL = url.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: fileURL.path) else { return "" }
            return try String(contentsOf: fileURL, encoding: .utf8)
        }
        before = try text("before.sql")
        after = try text("after.sql")
        let meta = try JSONSerialization.jsonObject(with: Data(try text("meta.json").utf8)) as? [String: Any] ?? [:]
        kind = meta["kind"] as? String ?? "up_down"
        expectedError = meta["error"] as? String
        minVersion = (meta["min_version"] as? String) ?? (meta["min_version"] as? NSNumber)?.stringValue
        managedRoles = meta["managed_roles"] as? [String] ?? []
        user = meta["user"] as? String
        flavor = meta["flavor"] as? String
    }

    /// Why this server cannot run the pair (not counted then), or nil: Aurora DSQL's folder, pgvector,
    /// `min_version`, an extension either file creates that the server does not have (the PostgreSQL 18
    /// build has no pgcrypto or uuid-ossp), a collation either file names that the server does not have
    /// (no ICU in the PostgreSQL 18 build; libc ones depend on the machine's locales). Roles are not a
    /// reason: the harness creates every role the corpus names before the first pair, and any other a
    /// statement names when it loads a file plainly.
    func unmetRequirement(serverVersion: Int, availableExtensions: Set<String>, collations: Set<String>) -> String? {
        if folder == "tests_aurora_dsql" { return "targets Aurora DSQL (CREATE INDEX ASYNC), not PostgreSQL" }
        if flavor == "pgvector" || folder == "tests_pgvector", !availableExtensions.contains("vector") {
            return "needs the pgvector extension, which this server does not have"
        }
        if let minVersion, let needed = Self.versionNumber(minVersion), needed > serverVersion {
            return "needs PostgreSQL \(minVersion) (server is \(serverVersion))"
        }
        let text = before + "\n" + after
        if let missing = Self.matches(#"(?i)create\s+extension\s+(?:if\s+not\s+exists\s+)?"?([a-z0-9_-]+)"?"#, in: text)
            .first(where: { !availableExtensions.contains($0.lowercased()) }) {
            return "needs the extension \(missing), which this server does not have"
        }
        if let missing = Self.matches(#"(?i)collate\s+"([^"]+)""#, in: text).first(where: { !collations.contains($0) }) {
            return "needs the collation \"\(missing)\", which this server does not have"
        }
        return nil
    }

    /// The first capture group of every match.
    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// "9.1" → 90100, "12" → 120000, "18.0" → 180000 (server_version_num's scheme).
    static func versionNumber(_ text: String) -> Int? {
        let parts = text.split(separator: ".").map { Int($0) }
        guard let major = parts.first ?? nil else { return nil }
        let minor = parts.count > 1 ? (parts[1] ?? 0) : 0
        return major >= 10 ? major * 10_000 + minor : major * 10_000 + minor * 100
    }
}
