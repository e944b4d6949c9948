import Foundation
import SchemaModel
import SchemaSource
import Testing

/// psql includes in schema files (`\i`, `\ir`).
@Suite struct IncludeTests {
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("includes-\(UUID().uuidString)")
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func includedFilesAreReadOnceWithTheSearchPathOfTheIncludeLine() throws {
        let root = try folder([
            "main.sql": "CREATE SCHEMA app;\nSET search_path TO app;\n\\ir parts/types.sql\n\\i parts/tables.sql\n",
            "parts/types.sql": "CREATE TYPE mood AS ENUM ('ok');\n",
            "parts/tables.sql": "CREATE TABLE people (id integer, mood mood);\n",
        ])
        let model = try SchemaLoader().load(path: root)
        #expect(model.enums.keys.map(\.sql) == ["app.mood"])
        #expect(model.tables.keys.map(\.sql) == ["app.people"])
        #expect(model.tables[QualifiedName("app", "people")]?.column(named: "mood")?.type.sql == "app.mood")
    }

    /// Lines end at each newline: in a file saved with CRLF line ends, each include and each other psql
    /// meta line is a line of its own (the carriage return is not part of the path), and a meta line
    /// indented with a no-break space is still one.
    @Test func includesAndMetaLinesInACRLFFileAreReadLineByLine() throws {
        let root = try folder([
            "main.sql": "\\set ON_ERROR_STOP on\r\nCREATE SCHEMA app;\r\nSET search_path TO app;\r\n\\ir types.sql\r\n"
                + "\u{00A0}\\echo done\r\nCREATE TABLE people (id integer, mood mood);\r\n",
            "types.sql": "CREATE TYPE mood AS ENUM ('ok');\r\n",
        ])
        let model = try SchemaLoader().load(path: root)
        #expect(model.enums.keys.map(\.sql) == ["app.mood"])
        #expect(model.tables[QualifiedName("app", "people")]?.column(named: "mood")?.type.sql == "app.mood")
    }

    @Test func aMissingIncludeIsReportedAtItsLine() throws {
        let root = try folder(["main.sql": "CREATE TABLE t (id integer);\n\\i nowhere.sql\n"])
        #expect(throws: DiagnosticList.self) { try SchemaLoader().load(path: root) }
        do { _ = try SchemaLoader().load(path: root) } catch {
            #expect(error.description.contains("main.sql:2:1: error: cannot read included file"), "\(error)")
        }
    }

    @Test func anIncludeCycleIsReported() throws {
        let root = try folder(["a.sql": "\\ir b.sql\n", "b.sql": "\\ir a.sql\n", "main.sql": "\\ir a.sql\n"])
        do {
            _ = try SchemaLoader().load(path: root)
            Issue.record("a cycle must be refused")
        } catch {
            #expect(error.description.contains("includes itself"), "\(error)")
        }
    }
}
