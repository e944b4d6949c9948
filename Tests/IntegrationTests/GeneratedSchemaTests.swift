import DevDatabase
import Diff
import Foundation
import Introspection
import Migrations
import PgQuery
import Plan
import Postgres
import SchemaModel
import SchemaSource
import Testing
import TestSupport

/// Random schemas (see `SchemaGenerator`) against a real server, with the three parity properties of the
/// shared schemas plus planning: the files (in a shuffled order) equal the database they build, so do
/// that database's `pg_dump --schema-only` and its pulled files, and a plan from an empty database
/// builds it and then plans nothing. A failing seed is shrunk to the fewest statements that still fail.
/// `MONOLAYER_GENERATED_SEEDS=N` runs N seeds instead of the fixed few.
@Suite struct GeneratedSchemaTests {
    static let seeds: [UInt64] = {
        let count = ProcessInfo.processInfo.environment["MONOLAYER_GENERATED_SEEDS"].flatMap { Int($0) } ?? 12
        return (0..<UInt64(count)).map { $0 &* 7919 &+ 1 }
    }()

    @Test(arguments: seeds)
    func generatedSchemaHasParityAndPlansFromNothing(seed: UInt64) throws {
        var generator = SchemaGenerator(seed: seed)
        let statements = generator.generate()
        // A schema PostgreSQL refuses tests nothing: the generator must write valid SQL.
        let (_, url) = try TestServer.shared.createDatabase(prefix: "genload")
        do { try Connection(url).execute(statements.map(\.sql).joined(separator: "\n")) } catch {
            Issue.record("seed \(seed): PostgreSQL refuses the generated schema: \(error)\n\(statements.map(\.sql).joined(separator: "\n"))")
            return
        }
        guard let problem = try Self.problem(statements, seed: seed) else { return }
        let smallest = try Self.shrink(statements, seed: seed)
        Issue.record("""
            seed \(seed): \(problem)
            smallest failing schema (\(smallest.count) of \(statements.count) statements):
            \(smallest.map(\.sql).joined(separator: "\n"))
            """)
    }

    /// What goes wrong with these statements, or nil; statements PostgreSQL refuses are no schema (nil).
    static func problem(_ statements: [SchemaGenerator.Statement], seed: UInt64) throws -> String? {
        let server = TestServer.shared
        let (_, url) = try server.createDatabase(prefix: "gen")
        let connection = try Connection(url)
        let sql = statements.map(\.sql).joined(separator: "\n")
        do { try connection.execute(sql) } catch { return nil }
        let database = try Introspector(connection: connection).introspect()

        // Two files, the statements dealt between them in an order of the seed's choosing.
        var random = SplitMix64(seed: seed ^ 0xF11E)
        var shuffled = statements.map(\.sql)
        shuffled.shuffle(using: &random)
        let files = [shuffled.enumerated().filter { $0.offset % 2 == 0 }, shuffled.enumerated().filter { $0.offset % 2 == 1 }]
            .enumerated().map { index, part in
                SourceFile(url: URL(fileURLWithPath: "/gen/\(index).sql"), displayPath: "\(index).sql",
                           text: part.map(\.element).joined(separator: "\n\n"))
            }
        let model: SchemaModel
        do { model = try SchemaLoader().load(files: files) } catch { return "the files are refused: \(error.description.prefix(600))" }
        let fromFiles = SchemaDiffer().diff(current: database, desired: model)
        if !fromFiles.isEmpty { return "the files differ from the database they build: \(fromFiles.prefix(3))" }

        let dump = try CommandRunner.run([server.binaries.program("pg_dump").path, "--schema-only", "-d", url])
        guard dump.succeeded else { return "pg_dump failed: \(dump.combinedOutput.prefix(300))" }
        do {
            let fromDump = try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/gen/dump.sql"), displayPath: "pg_dump",
                                                                      text: dump.standardOutput)])
            let changes = SchemaDiffer().diff(current: database, desired: fromDump)
            if !changes.isEmpty { return "pg_dump's output differs from the database: \(changes.prefix(3))" }
        } catch { return "pg_dump's output is refused: \(error.description.prefix(600))" }

        let pulledFiles = SchemaFileWriter.files(for: database, source: "a test").map {
            SourceFile(url: URL(fileURLWithPath: "/pulled/\($0.name)"), displayPath: $0.name, text: $0.text)
        }
        do {
            let changes = SchemaDiffer().diff(current: database, desired: try SchemaLoader().load(files: pulledFiles))
            if !changes.isEmpty { return "the pulled files differ from the database: \(changes.prefix(3))" }
        } catch { return "the pulled files are refused: \(error.description.prefix(600))" }

        let (_, emptyURL) = try server.createDatabase(prefix: "genplan")
        let empty = try Connection(emptyURL)
        let plan = Planner.plan(current: try Introspector(connection: empty).introspect(), desired: model)
        if !plan.defects.isEmpty { return "the plan from nothing has defects: \(plan.defects)" }
        do {
            let migrations = try CasePlanning.files(for: plan).map {
                try MigrationFile.parse($0.rendered, id: $0.id, phase: $0.phase, url: nil)
            }
            try MigrationRunner(connection: empty, log: { _ in }).apply(MigrationFolder(files: migrations), selection: .all)
        } catch { return "the plan from nothing fails: \(error)" }
        let remaining = SchemaDiffer().diff(current: try Introspector(connection: empty).introspect(), desired: model)
        if !remaining.isEmpty { return "after the plan from nothing, still: \(remaining.prefix(3))" }
        return nil
    }

    /// Drops statements (with what needs them) one at a time while the rest still fails.
    static func shrink(_ statements: [SchemaGenerator.Statement], seed: UInt64) throws -> [SchemaGenerator.Statement] {
        var kept = Array(statements.indices)
        var index = kept.count - 1
        while index >= 0 {
            let dropped = closure(of: kept[index], in: statements, among: kept)
            let candidate = kept.filter { !dropped.contains($0) }
            if !candidate.isEmpty, try problem(renumbered(candidate, statements), seed: seed) != nil {
                kept = candidate
                index = min(index, kept.count) - 1
            } else {
                index -= 1
            }
        }
        return renumbered(kept, statements)
    }

    private static func closure(of start: Int, in statements: [SchemaGenerator.Statement], among kept: [Int]) -> Set<Int> {
        var result: Set<Int> = [start]
        var changed = true
        while changed {
            changed = false
            for index in kept where !result.contains(index) && !statements[index].needs.isDisjoint(with: result) {
                result.insert(index)
                changed = true
            }
        }
        return result
    }

    private static func renumbered(_ kept: [Int], _ statements: [SchemaGenerator.Statement]) -> [SchemaGenerator.Statement] {
        let position = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        return kept.map { SchemaGenerator.Statement(sql: statements[$0].sql, needs: Set(statements[$0].needs.compactMap { position[$0] })) }
    }
}
