import DevDatabase
import Diff
import Foundation
import Introspection
import Postgres
import SchemaModel
import SchemaSource
import Testing
import TestSupport

/// pg_dump writes grants, policies, row-level security and comments its own way (`GRANT SELECT(a) ON TABLE`,
/// `REVOKE ALL ON FUNCTION f() FROM PUBLIC`, `COMMENT ON FUNCTION`, policies after the table): for every case
/// of those kinds, `pg_dump --schema-only` of the database built from to.sql, read as schema files, must
/// plan zero changes against that database (SPEC section 6, fidelity rule).
@Suite struct AccessDumpParityTests {
    static let cases = CaseLibrary.all.filter { ["privileges", "policies", "comments"].contains($0.kind) }

    @Test(arguments: cases)
    func pgDumpPlansNothing(_ schemaCase: SchemaCase) throws {
        let (_, url) = try TestServer.shared.createDatabase(prefix: "dump")
        try Connection(url).execute(schemaCase.to)
        let database = try Introspector(connection: try Connection(url)).introspect()
        let dump = try CommandRunner.run([TestServer.shared.binaries.program("pg_dump").path, "--schema-only", "-d", url])
        #expect(dump.succeeded)
        let fromDump = try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/dump/\(schemaCase.name).sql"),
                                                                  displayPath: "pg_dump of \(schemaCase)", text: dump.standardOutput)])
        let differences = SchemaDiffer().diff(current: database, desired: fromDump)
        #expect(differences.isEmpty, "\(schemaCase) from pg_dump: \(differences)")
        #expect(!database.privileges.isEmpty || !database.policies.isEmpty || !database.comments.isEmpty,
                "\(schemaCase) built something to compare")
    }
}
