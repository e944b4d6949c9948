import Foundation
import PgQuery
import SQLTree

/// One of PostgreSQL 18's regression SQL files (shipped with libpg_query under vendor/), read as the
/// statements a scratch database runs in order to create the views the file creates.
///
/// psql meta-commands (`\set`, `\d+`, a trailing `\gset`) are blanked out, keeping byte offsets and line
/// numbers. Statements that cannot matter to the views but could reach beyond the scratch database or take
/// long are not run: roles, databases, tablespaces, subscriptions, `ALTER SYSTEM`, `LOAD`, `COPY`, data
/// changes, plain `SELECT`s and `EXPLAIN`s, maintenance commands. Everything else runs; a statement the
/// server rejects is simply passed over, as psql does when it runs the file.
struct RegressionViewFile: Sendable {
    var name: String
    var text: String

    /// `vendor/libpg_query/test/sql/postgres_regress`, as `RegressionFilesTests` reads it.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("vendor/libpg_query/test/sql/postgres_regress")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("test_setup.sql").path) }

    /// The file that creates the tables most others read (`tenk1`, `int4_tbl`, ...), run before each file.
    static func setup() throws -> RegressionViewFile { try read("test_setup.sql") }

    /// Every file that mentions a view, in name order.
    static func withViews() throws -> [RegressionViewFile] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted().compactMap { name in
            let file = try read(name)
            return file.text.range(of: #"(?i)\bcreate\b[^;]*\bview\b"#, options: .regularExpression) == nil ? nil : file
        }
    }

    static func read(_ name: String) throws -> RegressionViewFile {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return RegressionViewFile(name: name, text: Self.blankingMetaCommands(String(decoding: data, as: UTF8.self)))
    }

    /// A statement of the file: its text, the line it starts on, its parse tree.
    struct Statement {
        var text: String
        var line: Int
        var node: Node
    }

    /// The statements to run, in order.
    func statements() -> [Statement] {
        guard let ranges = try? PgQuery.splitWithScanner(text) else { return [] }
        let bytes = Array(text.utf8)
        var result: [Statement] = []
        for range in ranges {
            let clamped = range.clamped(to: 0..<bytes.count)
            let statement = String(decoding: bytes[clamped], as: UTF8.self)
            guard let node = try? PgQuery.parse(statement).first?.node, Self.runs(node) else { continue }
            let line = bytes[0..<clamped.lowerBound].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                + statement.prefix(while: { $0.isWhitespace }).filter { $0 == "\n" }.count
            result.append(Statement(text: statement, line: line, node: node))
        }
        return result
    }

    static let skippedKinds: Set<String> = [
        "CreateRoleStmt", "AlterRoleStmt", "AlterRoleSetStmt", "DropRoleStmt", "GrantRoleStmt", "ReassignOwnedStmt", "DropOwnedStmt",
        "AlterSystemStmt", "CreatedbStmt", "DropdbStmt", "AlterDatabaseStmt", "AlterDatabaseSetStmt", "AlterDatabaseRefreshCollStmt",
        "CreateTableSpaceStmt", "DropTableSpaceStmt", "AlterTableSpaceOptionsStmt", "AlterTableMoveAllStmt",
        "CreateSubscriptionStmt", "AlterSubscriptionStmt", "DropSubscriptionStmt", "LoadStmt", "CopyStmt",
        "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "ExplainStmt", "VacuumStmt", "ClusterStmt", "CheckPointStmt",
        "ReindexStmt", "NotifyStmt", "ListenStmt", "UnlistenStmt", "LockStmt", "ExecuteStmt", "FetchStmt", "DeclareCursorStmt",
    ]

    static func runs(_ node: Node) -> Bool {
        guard let kind = node.kind, !skippedKinds.contains(kind) else { return false }
        if kind == "SelectStmt" { return node.body?["intoClause"] != nil }
        return true
    }

    /// Each psql meta-command (a line starting with a backslash, or a trailing `\g...`) becomes spaces.
    static func blankingMetaCommands(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("\\") { return String(repeating: " ", count: line.utf8.count) }
            if let range = line.range(of: #"\\g[a-z]*\b.*$"#, options: .regularExpression) {
                return line[..<range.lowerBound] + ";" + String(repeating: " ", count: max(0, line[range].utf8.count - 1))
            }
            return String(line)
        }.joined(separator: "\n")
    }
}
