@testable import SQLTree
import Foundation
import Testing

/// The generated field accessors (`node.relation`) read what the key's text reads, typed as the proto says.
@Suite struct NodeAccessorTests {
    static let createStmt = try! JSONReader.parse(#"""
        {"relation": {"relname": "t", "inh": true, "relpersistence": "p", "location": 13},
         "tableElts": [{"ColumnDef": {"colname": "a", "location": 16}}], "oncommit": "ONCOMMIT_NOOP"}
        """#)

    @Test func everyAccessorReadsTheKeyItIsNamedFor() {
        #expect(NodeKeys.accessorNumbers.count > 700)
        for (name, number) in NodeKeys.accessorNumbers {
            #expect(NodeKeys.key(name) == number, "\(name)")
        }
    }

    @Test func typedAsTheProtoSays() {
        let body = Self.createStmt
        #expect(body.relation?.relname == "t")
        #expect(body.relation?.inh == true)
        #expect(body.relation?.location == .int(13))
        #expect(body.tableElts.count == 1)
        #expect(body.tableElts.first?.body("ColumnDef")?.colname == "a")
        #expect(body.oncommit == "ONCOMMIT_NOOP")
    }

    @Test func absentFieldsReadAsProtoDefaults() {
        let body = Self.createStmt
        #expect(body.inhRelations.isEmpty)
        #expect(body.inhRelations.nonEmpty == nil)
        #expect(body.if_not_exists == false)
        #expect(body.tablespacename == nil)
        #expect(body.partbound == nil)
        // A wrapper's accessors are its own (none), not its body's, as with the key's text.
        #expect(Node.wrap("CreateStmt", body.fields).relation == nil)
        #expect(Node.string("x").relation == nil)
    }

    /// The accessors are generated from libpg_query's proto; a new libpg_query must regenerate them.
    @Test func generatedFromThePinnedProto() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let proto = root.appendingPathComponent("vendor/libpg_query/protobuf/pg_query.proto")
        try #require(FileManager.default.fileExists(atPath: proto.path), "make libpg_query fetches the proto")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/node-accessors.py").path, proto.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let generated = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try Data(contentsOf: root.appendingPathComponent("Sources/SQLTree/Node+Accessors.swift"))
        #expect(generated == committed, "run scripts/node-accessors.py > Sources/SQLTree/Node+Accessors.swift")
    }
}
