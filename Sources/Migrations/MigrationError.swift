import Foundation
import Postgres

/// What can go wrong with migrations, each with the exit code SPEC section 3 gives it.
public enum MigrationError: Error, CustomStringConvertible {
    case malformed(path: String, reason: String)
    case checksumMismatch(ids: [String])
    case missingFiles(ids: [String])
    case prerequisitesPending(phase: Phase, pending: [String])
    case lockTimeout(seconds: Double)
    case notFound(name: String)
    case ambiguous(name: String, matches: [String])
    case statementFailed(migration: String, statement: String, error: PostgresError)

    public var exitCode: Int32 {
        switch self {
        case .malformed, .notFound, .ambiguous: return 2
        case .checksumMismatch, .missingFiles, .prerequisitesPending, .lockTimeout: return 3
        case .statementFailed: return 4
        }
    }

    public var description: String {
        switch self {
        case .malformed(let path, let reason): return "\(path): not a migration file: \(reason)"
        case .checksumMismatch(let ids):
            return "applied migrations were edited after they were applied: \(ids.joined(separator: ", "))\n"
                + "A committed migration is never edited: restore the file and write a new migration for the change."
        case .missingFiles(let ids):
            return "applied migrations have no file any more: \(ids.joined(separator: ", "))\nRestore the files (git checkout) before applying."
        case .prerequisitesPending(let phase, let pending):
            return "refusing to apply the \(phase.rawValue) phase while earlier phases have pending migrations: "
                + pending.joined(separator: ", ") + "\nApply them first (monolayer migrate --phase expand, then alter)."
        case .lockTimeout(let seconds):
            return "another monolayer runner holds the migration lock; gave up after \(Int(seconds))s"
        case .notFound(let name): return "no migration named \(name)"
        case .ambiguous(let name, let matches): return "\(name) matches several migrations: \(matches.joined(separator: ", "))"
        case .statementFailed(let migration, let statement, let error):
            return "migration \(migration) failed\nstatement:\n  \(statement.replacingOccurrences(of: "\n", with: "\n  "))\nerror: \(error)"
        }
    }
}

import Plan
