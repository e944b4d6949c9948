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

/// Every case folder against a real server: load `from.sql`, plan against the introspected database,
/// apply the migrations with the runner, compare `pg_dump` with a database built from `to.sql`, plan
/// again and expect nothing; check parity (the model parsed from `to.sql` equals the model introspected
/// from the database it built); then run the down sections and expect `from.sql` back.
@Suite struct CaseAcceptanceTests {
    let server = TestServer.shared

    @Test(arguments: CaseLibrary.all)
    func appliesConvergesAndRollsBack(_ schemaCase: SchemaCase) throws {
        let (original, desired) = try CasePlanning.models(schemaCase)
        let (_, url) = try server.createDatabase(prefix: "case")
        let connection = try Connection(url)
        if let missing = try CaseRequirements.missing(schemaCase.requires, on: connection) {
            print("skipped \(schemaCase) on this server: \(missing)")
            return
        }
        try connection.execute(schemaCase.from)
        let before = try Introspector(connection: connection).introspect()
        #expect(SchemaDiffer().diff(current: before, desired: original).isEmpty,
                "parity of from.sql: \(SchemaDiffer().diff(current: before, desired: original))")

        let plan = Planner.plan(current: before, desired: desired)
        // Applied as written to disk and read back, so every case also exercises the file format.
        let files = try CasePlanning.files(for: plan).map { try MigrationFile.parse($0.rendered, id: $0.id, phase: $0.phase, url: nil) }
        try MigrationRunner(connection: connection, log: { _ in }).apply(MigrationFolder(files: files), selection: .all)
        let after = try Introspector(connection: connection).introspect()
        let remaining = SchemaDiffer().diff(current: after, desired: desired)
        #expect(remaining.isEmpty, "re-plan after applying: \(remaining)")

        let (_, targetURL) = try server.createDatabase(prefix: "target")
        let target = try Connection(targetURL)
        try target.execute(schemaCase.to)
        let built = try Introspector(connection: target).introspect()
        #expect(SchemaDiffer().diff(current: built, desired: desired).isEmpty,
                "parity of to.sql: \(SchemaDiffer().diff(current: built, desired: desired))")
        #expect(try SchemaDump.dump(url: url, binaries: server.binaries) == SchemaDump.dump(url: targetURL, binaries: server.binaries))
        try checkPull(of: built, schemaCase: schemaCase)

        guard plan.statements.allSatisfy({ $0.down != nil }) else { return }
        try rollBack(files, on: connection)
        let restored = try Introspector(connection: connection).introspect()
        #expect(SchemaDiffer().diff(current: restored, desired: original).isEmpty,
                "after the down sections: \(SchemaDiffer().diff(current: restored, desired: original))")
    }

    /// `pull` (issue 3): schema files written from the database built by to.sql plan back to nothing.
    private func checkPull(of built: SchemaModel, schemaCase: SchemaCase) throws {
        let files = SchemaFileWriter.files(for: built, source: "a test").map {
            SourceFile(url: URL(fileURLWithPath: "/pulled/\($0.name)"), displayPath: $0.name, text: $0.text)
        }
        let pulled = try SchemaLoader().load(files: files)
        let changes = SchemaDiffer().diff(current: built, desired: pulled)
        #expect(changes.isEmpty, "pulled files of \(schemaCase) plan \(changes)")
    }

    /// The down sections, newest migration first, each as the runner would run it.
    private func rollBack(_ files: [MigrationFile], on connection: Connection) throws {
        for file in files.reversed() {
            let statements = try PgQuery.statements(file.down)
            if file.transactional {
                try connection.transaction { for statement in statements { try connection.execute(statement) } }
            } else {
                for statement in statements { try connection.execute(statement) }
            }
        }
    }
}
