import DevDatabase
import Foundation
import Introspection
import Migrations
import MonolayerKit
import Plan
import Postgres
import Testing
import TestSupport

/// `--verify` over every case folder: `from.sql` loaded into a database, the case's plan verified on
/// a scratch database of the test server (the dev database's role in the product), expecting success,
/// once restoring with pg_dump and once rebuilding from the model (the fallback).
@Suite struct CaseVerifyTests {
    let server = TestServer.shared

    @Test(arguments: CaseLibrary.all)
    func verifiesWithPgDump(_ schemaCase: SchemaCase) throws {
        let log = try verify(schemaCase, binaries: server.binaries)
        #expect(log.isEmpty || log.last!.contains("(pg_dump)"), "\(log)")
    }

    @Test(arguments: CaseLibrary.all)
    func verifiesRebuildingFromTheModel(_ schemaCase: SchemaCase) throws {
        let log = try verify(schemaCase, binaries: nil)
        #expect(log.isEmpty || log.last!.contains("(rebuilt from the introspected model)"), "\(log)")
    }

    /// The verifier's progress lines; empty when the case cannot run on this server.
    private func verify(_ schemaCase: SchemaCase, binaries: PostgresBinaries?) throws -> [String] {
        let desired = try CasePlanning.model(schemaCase.to, file: "to.sql")
        let (name, url) = try server.createDatabase(prefix: "verify")
        defer { try? server.dropDatabase(name) }
        let target = try Connection(url)
        defer { target.close() }
        if let missing = try CaseRequirements.missing(schemaCase.requires, on: target) {
            print("skipped \(schemaCase) on this server: \(missing)")
            return []
        }
        try target.execute(schemaCase.from)
        let current = try Introspector(connection: target).introspect()
        let plan = Planner.plan(current: current, desired: desired)
        let lines = LogLines()
        let verifier = PlanVerifier(server: ScratchServer(endpoint: try server.endpoint, binaries: binaries), log: lines.append)
        try verifier.verify(CasePlanning.files(for: plan), target: target, current: current, desired: desired)
        return lines.lines
    }
}

/// Collects progress lines (the verifier's log is an escaping closure).
final class LogLines: @unchecked Sendable {
    private(set) var lines: [String] = []
    func append(_ line: String) { lines.append(line) }
}
