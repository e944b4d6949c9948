import Diff
import Foundation
import Introspection
import Migrations
import PgQuery
import Plan
import Postgres
import SchemaModel
import SchemaSource
import TestSupport

/// What one pair came to. The definitions the rate rests on:
///
/// - skipped (not loadable, not counted): the server lacks what the pair needs (`SqldefPair.unmetRequirement`),
///   after.sql is rejected by PostgreSQL's grammar (libpg_query), or before.sql does not load into an empty database when its statements run one by one, in file order,
///   each in its own transaction (`PlainLoad`). sqldef reads files as order-independent declarations, so
///   some of its files do not load that way; a missing role is created and the statement retried.
/// - pass: after.sql loads with monolayer's schema loader; the plan from the database before.sql built to
///   that model applies with the runner (all phases); introspecting afterwards and diffing against the model
///   of after.sql gives nothing, so a re-plan would be empty.
/// - fail, by the first step that goes wrong: `refused` (the loader rejects after.sql: its first
///   diagnostic), `introspect` (reading the database before.sql built fails), `apply` (SQLSTATE, message and
///   the failing statement's first line), `no-converge` (the first change still left, and how many),
///   `crash/timeout` (no answer within `SqldefPairs.timeout`; a trap ends the process, see the progress file).
/// - kind=error pairs (sqldef refuses them): not in the rate; reported on their own with what monolayer did.
///
/// Parity, separately: when after.sql itself loads plainly into a second empty database, the model
/// introspected from it is diffed against the model parsed from after.sql. A difference is reported as
/// `parity: ...` but not counted as a failure: the rate measures convergence, and parity can only be checked
/// for the part of the corpus whose after.sql loads in file order, so counting it would weigh folders unevenly.
/// The report gives the strict figure (pass and parity clean) beside the rate.
enum SqldefOutcome: Sendable {
    case skipped(String)
    case passed
    case failed(family: String, detail: String)
    /// A kind=error pair: what monolayer did instead of sqldef's refusal.
    case errorCase(String)
}

struct SqldefPairResult: Sendable {
    var pair: String
    var folder: String
    var outcome: SqldefOutcome
    /// A difference between after.sql's model and the database after.sql builds; nil when none or unchecked.
    var parity: String?
    var parityChecked = false
    /// A kind=error pair: reported on its own line whatever happened to it.
    var isErrorPair = false
}

enum SqldefPairRun {
    /// Runs one pair against two empty databases: `url` gets before.sql and the migration, `targetURL` gets
    /// after.sql for the parity check.
    static func run(_ pair: SqldefPair, url: String, targetURL: String) -> SqldefPairResult {
        var result = SqldefPairResult(pair: pair.description, folder: pair.folder, outcome: .passed, isErrorPair: pair.isErrorCase)
        do {
            let connection = try open(url)
            if let problem = PlainLoad.load(pair.before, into: connection) {
                result.outcome = .skipped("before.sql does not load: \(problem)")
                return result
            }
            // A file PostgreSQL's own grammar rejects (sqldef's parser accepts a few) cannot pass for any
            // tool that reads SQL as PostgreSQL does: not loadable rather than a failure.
            do { _ = try PgQuery.parse(pair.after) } catch {
                result.outcome = .skipped("after.sql is not valid PostgreSQL: \(oneLine(error.message))")
                return result
            }
            let desired: SchemaModel
            do { desired = try CasePlanning.model(pair.after, file: "after.sql") } catch {
                result.outcome = pair.isErrorCase ? .errorCase("refused by the loader (as sqldef): \(firstDiagnostic(error))")
                    : .failed(family: "refused", detail: firstDiagnostic(error))
                return result
            }
            result.outcome = migrate(pair, connection: connection, desired: desired)
            if !pair.isErrorCase { (result.parityChecked, result.parity) = parity(pair.after, desired: desired, url: targetURL) }
        } catch {
            result.outcome = .failed(family: "crash/timeout", detail: "harness error: \(oneLine(String(describing: error)))")
        }
        return result
    }

    /// Plans from the database to `desired`, applies, and diffs again.
    private static func migrate(_ pair: SqldefPair, connection: Connection, desired: SchemaModel) -> SqldefOutcome {
        let current: SchemaModel
        do { current = try Introspector(connection: connection).introspect() } catch {
            return .failed(family: "introspect", detail: oneLine(String(describing: error)))
        }
        let plan = Planner.plan(current: current, desired: desired)
        do {
            try MigrationRunner(connection: connection, log: { _ in }).apply(MigrationFolder(files: CasePlanning.files(for: plan)), selection: .all)
        } catch {
            let detail = applyFailure(error)
            return pair.isErrorCase ? .errorCase("plan fails to apply (sqldef refuses): \(detail)") : .failed(family: "apply", detail: detail)
        }
        let remaining: [SchemaChange]
        do { remaining = SchemaDiffer().diff(current: try Introspector(connection: connection).introspect(), desired: desired) } catch {
            return .failed(family: "introspect", detail: "after applying: \(oneLine(String(describing: error)))")
        }
        if pair.isErrorCase {
            let expected = pair.expectedError.map { " (sqldef: \($0))" } ?? ""
            return .errorCase("accepted: \(plan.statements.count) statements applied, "
                + (remaining.isEmpty ? "converged" : "then \(remaining.count) changes left") + expected)
        }
        guard let first = remaining.first else { return .passed }
        let more = remaining.count > 1 ? " (+\(remaining.count - 1) more)" : ""
        return .failed(family: "no-converge", detail: describe(first) + more)
    }

    /// Loads after.sql plainly into the target database and diffs its model against the parsed one.
    private static func parity(_ after: String, desired: SchemaModel, url: String) -> (checked: Bool, difference: String?) {
        do {
            let connection = try open(url)
            guard PlainLoad.load(after, into: connection) == nil else { return (false, nil) }
            let differences = SchemaDiffer().diff(current: try Introspector(connection: connection).introspect(), desired: desired)
            guard let first = differences.first else { return (true, nil) }
            return (true, describe(first) + (differences.count > 1 ? " (+\(differences.count - 1) more)" : ""))
        } catch {
            return (true, "introspecting the database after.sql built failed: \(oneLine(String(describing: error)))")
        }
    }

    private static func open(_ url: String) throws -> Connection {
        let connection = try Connection(url)
        // A server-side hang becomes an error; the pair's own timeout covers the rest.
        try connection.execute("SET statement_timeout = '30s'")
        return connection
    }

    private static func applyFailure(_ error: any Error) -> String {
        if case MigrationError.statementFailed(_, let statement, let postgres) = error {
            return "\(sqlStateAndMessage(postgres)) at: \(firstLine(statement))"
        }
        return oneLine(String(describing: error))
    }

    static func sqlStateAndMessage(_ error: PostgresError) -> String {
        if case .server(let fields, _) = error { return "\(fields.sqlState ?? "?????") \(oneLine(fields.message))" }
        return oneLine(error.description)
    }

    private static func firstDiagnostic(_ error: any Error) -> String {
        guard let list = error as? DiagnosticList, let first = list.diagnostics.first else { return oneLine(String(describing: error)) }
        let place = first.line > 0 ? "line \(first.line): " : ""
        return place + oneLine(first.message)
    }

    static func describe(_ change: SchemaChange) -> String { ChangeSummary.line(change) }

    static func firstLine(_ statement: String) -> String {
        let line = statement.split(separator: "\n").first.map(String.init) ?? statement
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 160 ? String(trimmed.prefix(160)) + "…" : trimmed
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}

/// Plain execution: the statements of a file one by one, in file order, as psql would run them.
enum PlainLoad {
    /// nil when every statement ran, else what stopped it. A statement naming a role that does not exist
    /// creates the role (NOLOGIN) and runs again: roles are the cluster's, and the pairs assume them.
    static func load(_ sql: String, into connection: Connection) -> String? {
        let statements: [String]
        do { statements = try PgQuery.statements(sql) } catch { return "does not parse: \(SqldefPairRun.oneLine(String(describing: error)))" }
        for statement in statements {
            var createdRoles = 0
            while true {
                do {
                    try connection.execute(statement)
                    break
                } catch {
                    if createdRoles < 4, let role = missingRole(error), (try? createRole(role, connection)) != nil {
                        createdRoles += 1
                        continue
                    }
                    return "\(SqldefPairRun.sqlStateAndMessage(error)) at: \(SqldefPairRun.firstLine(statement))"
                }
            }
        }
        return nil
    }

    static func createRole(_ role: String, _ connection: Connection) throws {
        let quoted = "\"" + role.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let literal = "'" + role.replacingOccurrences(of: "'", with: "''") + "'"
        try connection.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(literal)) THEN CREATE ROLE \(quoted) NOLOGIN; END IF; END $$")
    }

    private static func missingRole(_ error: PostgresError) -> String? {
        guard case .server(let fields, _) = error, fields.sqlState == "42704" else { return nil }
        let message = fields.message
        guard message.hasPrefix("role \""), message.hasSuffix("\" does not exist") else { return nil }
        return String(message.dropFirst(6).dropLast(16))
    }
}
