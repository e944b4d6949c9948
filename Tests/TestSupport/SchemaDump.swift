import DevDatabase
import Foundation

/// `pg_dump --schema-only` of a test database, normalized for comparing two databases that should
/// hold the same schema: comments, session settings and blank lines dropped, and the lines of each
/// `CREATE TABLE` sorted, since columns added later sit at the end (PostgreSQL cannot reorder them).
public enum SchemaDump {
    public static func dump(url: String, binaries: PostgresBinaries) throws -> String {
        let result = try CommandRunner.run(
            [binaries.program("pg_dump").path, "--schema-only", "--no-owner",
             "--exclude-schema=monolayer", "-d", url])
        guard result.succeeded else { throw DevDatabaseError("pg_dump failed: \(result.combinedOutput)") }
        return normalize(result.standardOutput)
    }

    public static func normalize(_ dump: String) -> String {
        var output: [String] = []
        var tableLines: [String]?
        var grantLines: [String] = []
        for line in dump.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("--") || trimmed.hasPrefix("SET ") || trimmed.hasPrefix("SELECT pg_catalog.set_config")
                || trimmed.hasPrefix("\\") { continue }
            if var lines = tableLines {
                if trimmed.hasPrefix(")") {
                    output += lines.sorted()
                    output.append(trimmed)
                    tableLines = nil
                } else {
                    lines.append(trimmed.hasSuffix(",") ? String(trimmed.dropLast()) : trimmed)
                    tableLines = lines
                }
                continue
            }
            // pg_dump writes an object's grants in the order of its aclitems, which depends on the order
            // they were granted in; a run of them is compared as a set.
            if trimmed.hasPrefix("GRANT ") || trimmed.hasPrefix("REVOKE ") {
                grantLines.append(trimmed)
                continue
            }
            output += grantLines.sorted()
            grantLines = []
            output.append(trimmed)
            if trimmed.hasPrefix("CREATE TABLE") && trimmed.hasSuffix("(") { tableLines = [] }
        }
        return (output + grantLines.sorted()).joined(separator: "\n")
    }
}
