import Foundation
import PgQuery
import SQLTree

/// One statement of a migration section, with what the runner must know about it.
struct MigrationStatement {
    var sql: String
    /// PostgreSQL refuses these inside a transaction block (`CREATE INDEX CONCURRENTLY`, `VACUUM`, ...).
    var mustRunAlone: Bool
    /// For `CREATE INDEX CONCURRENTLY`: the index, so that an invalid leftover of a failed build can be
    /// dropped before the build is tried again.
    var concurrentIndex: (schema: String?, name: String)?

    /// Splits a section with the parser (never by `;` inside strings or bodies) and classifies each statement.
    static func parse(_ section: String, migration: String) throws -> [MigrationStatement] {
        let texts: [String]
        do { texts = try PgQuery.statements(section) } catch {
            throw MigrationError.malformed(MigrationProblem(path: migration, reason: "SQL does not parse: \(error.message)"))
        }
        var statements: [MigrationStatement] = []
        for text in texts {
            let sql = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let node: Node
            do { node = try PgQuery.parse(sql).first?.node ?? .null } catch {
                throw MigrationError.malformed(MigrationProblem(path: migration, reason: "SQL does not parse: \(error.message)"))
            }
            if node != .null { statements.append(classify(sql, node)) }  // comment-only text runs nothing
        }
        return statements
    }

    static func classify(_ sql: String, _ node: Node) -> MigrationStatement {
        var statement = MigrationStatement(sql: sql, mustRunAlone: false, concurrentIndex: nil)
        switch node.kind {
        case "IndexStmt":
            let body = node.body ?? .null
            if body.concurrent {
                statement.mustRunAlone = true
                if let name = body.idxname {
                    statement.concurrentIndex = (body.relation?.schemaname, name)
                }
            }
        case "DropStmt":
            statement.mustRunAlone = node.body?.concurrent == true
        case "ReindexStmt", "VacuumStmt", "CreatedbStmt", "DropdbStmt", "AlterSystemStmt", "CreateTableSpaceStmt",
             "DropTableSpaceStmt":
            statement.mustRunAlone = true
        default:
            break
        }
        return statement
    }
}
