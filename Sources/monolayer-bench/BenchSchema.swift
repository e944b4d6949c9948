import Foundation
import SchemaSource

/// A schema to measure: the files a project's schema folder holds, and the SQL that builds the same
/// schema in a database (so that a plan of the files against it has nothing to do but read and compare),
/// or another schema, for a plan that has the difference to plan (`expectsChanges`).
struct BenchSchema {
    var label: String
    var files: [SourceFile]
    var loadSQL: String
    var expectsChanges = false

    init(label: String, files: [SourceFile], loadSQL: String? = nil) {
        self.label = label
        self.files = files
        self.loadSQL = loadSQL ?? files.map(\.text).joined(separator: ";\n")
    }

    /// The first plan of N synthetic tables, against an empty database.
    static func creating(tables: Int) -> BenchSchema {
        var schema = BenchSchema(label: "create \(tables) tables", files: [SyntheticSchema(tables: tables).file], loadSQL: "")
        schema.expectsChanges = true
        return schema
    }

    /// A plan of one new table beside N synthetic tables: the dependency graph of a plan with a change.
    static func adding(toTables tables: Int) -> BenchSchema {
        let schema = SyntheticSchema(tables: tables)
        let added = SourceFile(url: URL(fileURLWithPath: "/bench/added.sql"), displayPath: "added.sql",
                               text: "CREATE TABLE added (id bigint PRIMARY KEY);\n")
        var bench = BenchSchema(label: "1 table added to \(tables)", files: [schema.file, added], loadSQL: schema.sql)
        bench.expectsChanges = true
        return bench
    }

    /// A plan that drops N synthetic tables: the files keep one table of another name.
    static func dropping(tables: Int) -> BenchSchema {
        let kept = SourceFile(url: URL(fileURLWithPath: "/bench/kept.sql"), displayPath: "kept.sql",
                              text: "CREATE TABLE kept (id bigint PRIMARY KEY);\n")
        var schema = BenchSchema(label: "drop \(tables) tables", files: [kept], loadSQL: SyntheticSchema(tables: tables).sql)
        schema.expectsChanges = true
        return schema
    }

    /// Bytes of SQL text in the files, the yardstick for peak memory.
    var sqlBytes: Int { files.reduce(0) { $0 + $1.text.utf8.count } }

    /// Writes the files into `folder/schema` under their own names, with their include lines (the parsed
    /// text has them blanked), so that an installer file that includes the others with `\ir` works as it
    /// does in a project. Returns the schema and (empty) migrations folders.
    func writeProject(in folder: URL) throws -> (schema: URL, migrations: URL) {
        try? FileManager.default.removeItem(at: folder)
        let schema = folder.appendingPathComponent("schema")
        let migrations = folder.appendingPathComponent("migrations")
        try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: migrations, withIntermediateDirectories: true)
        for file in files {
            var lines = file.text.components(separatedBy: "\n")
            for include in file.includes {
                let line = file.position(ofByte: include.byteOffset).line
                lines[line - 1] = (include.relative ? "\\ir " : "\\i ") + include.path
            }
            try lines.joined(separator: "\n").write(to: schema.appendingPathComponent(file.url.lastPathComponent), atomically: true, encoding: .utf8)
        }
        return (schema, migrations)
    }
}
