import Foundation
import SchemaSource

/// A schema to measure: the files a project's schema folder holds, and the SQL that builds the same
/// schema in a database (so that a plan of the files against it has nothing to do but read and compare).
struct BenchSchema {
    var label: String
    var files: [SourceFile]
    var loadSQL: String

    init(label: String, files: [SourceFile], loadSQL: String? = nil) {
        self.label = label
        self.files = files
        self.loadSQL = loadSQL ?? files.map(\.text).joined(separator: ";\n")
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
