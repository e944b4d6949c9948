import Foundation
import Postgres

/// What can go wrong with migrations, each with the exit code SPEC section 3 gives it.
public enum MigrationError: Error, CustomStringConvertible {
    /// One file that is not a migration file (reading or writing it alone).
    case malformed(MigrationProblem)
    /// Files in the migrations folder that must be fixed before anything is applied.
    case invalidFiles([MigrationProblem])
    /// Pending migrations older than an applied one of their phase: `phase/id` and the newer applied id.
    case outOfOrder([(pending: String, newerApplied: String)])
    /// A partly applied non-transactional migration whose file changed since it started.
    case editedWhileInProgress(migration: String, statementsRun: [String])
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
        case .checksumMismatch, .missingFiles, .prerequisitesPending, .lockTimeout, .invalidFiles, .outOfOrder,
             .editedWhileInProgress:
            return 3
        case .statementFailed: return 4
        }
    }

    public var description: String {
        switch self {
        case .malformed(let problem): return "\(problem.location): not a migration file: \(problem.reason)"
        case .invalidFiles(let problems):
            return "refusing to apply anything: the migrations folder has files to fix first:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
                + "\nFix or move these files (monolayer migrations status lists them), then run the command again."
        case .outOfOrder(let migrations):
            return "pending migrations are older than migrations already applied in their phase:\n"
                + migrations.map { "  \($0.pending) (older than the applied \($0.newerApplied))" }.joined(separator: "\n")
                + "\nThis is normal after merging branches. Check that they do not depend on the newer ones, then "
                + "apply them with --allow-out-of-order."
        case .editedWhileInProgress(let migration, let statementsRun):
            return "migration \(migration) was partly applied (it runs without a transaction) and its file changed since: "
                + "resuming could skip or repeat statements. Already run, numbered as in the file now:\n"
                + statementsRun.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
                + "\nRestore the file as it was when the migration started (git checkout), apply it, and write a new "
                + "migration for the change."
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
