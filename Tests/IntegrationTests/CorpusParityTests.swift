import DevDatabase
import Diff
import Foundation
import Introspection
import Postgres
import SchemaModel
import SchemaSource
import Testing
import TestSupport

/// Parity on real schemas from ../shared/corpus (issue 3): load a schema into PostgreSQL, introspect it,
/// parse its files, expect zero differences; then take pg_dump --schema-only of that database as the
/// schema files and expect zero differences again. Schemas join `plannable` as their object kinds land.
@Suite struct CorpusParityTests {
    /// `MONOLAYER_CORPUS`, else `shared/corpus` beside the repository (where CI has it).
    static let corpus: URL = {
        if let path = ProcessInfo.processInfo.environment["MONOLAYER_CORPUS"] { return URL(fileURLWithPath: path).appendingPathComponent("schemas") }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/schemas")
    }()

    /// A clone without the corpus beside it skips these tests; CI always has it, and there a missing
    /// corpus fails the run instead of passing silently.
    static let runs = FileManager.default.fileExists(atPath: corpus.path) || ProcessInfo.processInfo.environment["CI"] != nil

    struct CorpusSchema: CustomStringConvertible, Sendable {
        var name: String
        var files: [String]
        /// Data statements the file carries (Rails' schema_migrations rows): not schema, dropped before loading.
        var dropLinesStartingWith: [String] = []
        /// A floor that proves the schema really loaded.
        var minimumTables: Int
        var description: String { name }
    }

    static let plannable: [CorpusSchema] = [
        CorpusSchema(name: "osm", files: ["structure-without-postgis.sql"], dropLinesStartingWith: ["INSERT INTO", "('"],
                     minimumTables: 57),
    ]

    @Test(.enabled(if: runs, "the shared corpus is not beside this clone (set MONOLAYER_CORPUS)"), arguments: plannable)
    func zeroDifferencesFromItsFilesAndFromPgDump(_ schema: CorpusSchema) throws {
        let folder = Self.corpus.appendingPathComponent(schema.name)
        let sql = try schema.files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n").components(separatedBy: "\n")
            .filter { line in !schema.dropLinesStartingWith.contains { line.hasPrefix($0) } }.joined(separator: "\n")
        let (_, url) = try TestServer.shared.createDatabase(prefix: "corpus")
        let load = try CommandRunner.run([TestServer.shared.binaries.program("psql").path, "-q", "-X", "-v", "ON_ERROR_STOP=1",
                                          "-d", url, "-c", sql])
        #expect(load.succeeded, "loading \(schema): \(load.combinedOutput.prefix(500))")
        let database = try Introspector(connection: try Connection(url)).introspect()
        #expect(database.tables.count >= schema.minimumTables, "\(schema) loaded \(database.tables.count) tables")

        let fromFiles = try SchemaLoader().load(files: [SourceFile(url: folder.appendingPathComponent(schema.name + ".sql"),
                                                                   displayPath: schema.name + ".sql", text: sql)])
        let differences = SchemaDiffer().diff(current: database, desired: fromFiles)
        #expect(differences.isEmpty, "\(schema) from its files: \(differences.prefix(10))")

        let dump = try CommandRunner.run([TestServer.shared.binaries.program("pg_dump").path, "--schema-only", "-d", url])
        #expect(dump.succeeded)
        let fromDump = try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/dump/\(schema.name).sql"),
                                                                  displayPath: "pg_dump of \(schema.name)", text: dump.standardOutput)])
        let dumpDifferences = SchemaDiffer().diff(current: database, desired: fromDump)
        #expect(dumpDifferences.isEmpty, "\(schema) from pg_dump: \(dumpDifferences.prefix(10))")
    }
}
