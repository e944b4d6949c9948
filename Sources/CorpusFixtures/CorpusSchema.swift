import Foundation
import SchemaSource

/// A real schema from `shared/corpus/schemas` (issue 3), as the parity test and `make bench` use it: its
/// files as they are, in load order. Never copied into the repository. The only changes to their text are
/// for what the server at hand cannot do (an extension or ICU it was built without), and the caller says so.
public struct CorpusSchema: CustomStringConvertible, Sendable {
    public var name: String
    /// File names in load order.
    public var fileNames: [String]
    /// How the project's installer runs the files, when it does more than run them in order: a first
    /// file, as a monolayer schema folder would hold it, that prepares the database and includes the
    /// others with `\ir` (MusicBrainz's installer creates its schema and runs each file with a search path).
    public var installer: String?
    /// Text replacements for servers built without ICU (the PostgreSQL 18 wheel): an ICU collation
    /// declared as a libc collation of the same name, so the columns that use it still load.
    public var withoutICU: [(String, String)] = []
    /// A floor that proves the schema really loaded.
    public var minimumTables: Int
    public var description: String { name }

    /// `MONOLAYER_CORPUS`, else `shared/corpus` beside the repository (where CI has it).
    public static let corpus: URL = {
        if let path = ProcessInfo.processInfo.environment["MONOLAYER_CORPUS"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    public static var isPresent: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("schemas").path) }

    public var folder: URL { Self.corpus.appendingPathComponent("schemas").appendingPathComponent(name) }

    /// The installer file's name, beside the schema's files (it exists only in memory).
    public static let installerName = "monolayer-install.sql"

    /// The schema files in load order (the installer first, when there is one), to load into the server in
    /// this order and to give the schema loader. `missingExtensions` are extensions the server at hand was
    /// built without (the PostgreSQL 18 wheel has no pgcrypto): their `CREATE EXTENSION` and `COMMENT ON
    /// EXTENSION` lines are left out; without ICU, `withoutICU` applies. The caller should say both.
    public func files(missingExtensions: Set<String> = [], serverHasICU: Bool = true) throws -> [SourceFile] {
        let schemaFiles = try fileNames.map { fileName in
            var text = try String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)
            if !serverHasICU { for (from, to) in withoutICU { text = text.replacingOccurrences(of: from, with: to) } }
            if !missingExtensions.isEmpty {
                // Blanked rather than removed, so line numbers stay true.
                text = text.components(separatedBy: "\n").map { line in
                    missingExtensions.contains(where: { Self.isExtensionLine(line, $0) }) ? "" : line
                }.joined(separator: "\n")
            }
            return SourceFile(url: folder.appendingPathComponent(fileName), displayPath: "\(name)/\(fileName)", text: text)
        }
        guard let installer else { return schemaFiles }
        let text = installer + fileNames.map { "\\ir \($0)\n" }.joined()
        return [SourceFile(url: folder.appendingPathComponent(Self.installerName), displayPath: "\(name)/\(Self.installerName)", text: text)]
            + schemaFiles
    }

    /// The extensions the files create (`CREATE EXTENSION [IF NOT EXISTS] name`).
    public func extensionNames() throws -> Set<String> {
        var names: Set<String> = []
        for fileName in fileNames {
            let text = try String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)
            for line in text.components(separatedBy: "\n") where line.hasPrefix("CREATE EXTENSION") {
                let words = line.replacingOccurrences(of: ";", with: " ").split(separator: " ").map(String.init)
                if let name = words.drop(while: { ["CREATE", "EXTENSION", "IF", "NOT", "EXISTS"].contains($0) }).first {
                    names.insert(name.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
                }
            }
        }
        return names
    }

    static func isExtensionLine(_ line: String, _ name: String) -> Bool {
        (line.hasPrefix("CREATE EXTENSION") || line.hasPrefix("COMMENT ON EXTENSION"))
            && line.replacingOccurrences(of: ";", with: " ").split(separator: " ").contains { $0 == name || $0 == "\"\(name)\"" }
    }

    public static let osm = CorpusSchema(name: "osm", fileNames: ["structure-without-postgis.sql"], minimumTables: 57)
    public static let danbooru = CorpusSchema(name: "danbooru", fileNames: ["structure.sql"], minimumTables: 60)
    public static let gisia = CorpusSchema(name: "gisia", fileNames: ["structure.sql"], minimumTables: 60)
    public static let pagila = CorpusSchema(name: "pagila", fileNames: ["pagila-schema-e0e35a6-pg15.sql"], minimumTables: 15)
    public static let synapse = CorpusSchema(
        name: "synapse", fileNames: ["common-full-72.sql.postgres", "main-full-72.sql.postgres", "state-full-72.sql.postgres"],
        minimumTables: 100)
    /// MusicBrainz's installer creates the schema `musicbrainz` and runs each file (LOAD_ORDER.txt) with
    /// `search_path = musicbrainz, public` (the corpus README says the same).
    public static let musicbrainz: CorpusSchema = {
        let order = (try? String(contentsOf: corpus.appendingPathComponent("schemas/musicbrainz/LOAD_ORDER.txt"), encoding: .utf8)) ?? ""
        return CorpusSchema(
            name: "musicbrainz", fileNames: order.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".sql") },
            installer: "CREATE SCHEMA musicbrainz;\nSET search_path = musicbrainz, public;\n",
            withoutICU: [("provider = icu,\n    locale = '@colCaseFirst=lower;colNumeric=yes'", "provider = libc,\n    locale = 'C'")],
            minimumTables: 300)
    }()

    public static let all: [CorpusSchema] = [osm, danbooru, gisia, pagila, synapse, musicbrainz]
}
