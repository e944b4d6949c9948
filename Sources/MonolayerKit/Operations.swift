import Foundation
import Introspection
import Migrations
import Plan
import Postgres
import SchemaModel
import SchemaSource

/// Helpers shared by the operations: error mapping to the command layer, introspection, paths.
enum Operations {
    /// Migration and database errors keep their messages and get their exit codes.
    static func mapErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as MigrationError {
            throw CommandFailure(message: error.description, exitCode: error.exitCode)
        } catch let error as PostgresError {
            throw MonolayerError.database(error.description)
        }
    }

    /// Any error as the command layer reports it: its message and its exit code (SPEC section 3).
    static func failure(_ error: any Error) -> CommandFailure {
        switch error {
        case let error as MigrationError: return CommandFailure(message: error.description, exitCode: error.exitCode)
        case let error as MonolayerError: return CommandFailure(message: error.description, exitCode: error.exitCode)
        case let error as CommandFailure: return error
        default: return CommandFailure(message: "\(error)", exitCode: 4)
        }
    }

    /// Every statement of the plan must parse, and the plan's simulation must find every object a
    /// statement needs, before it is printed, verified or written. A planner defect exits 4, as any
    /// internal error does: 3 (refused) is for what the user can act on.
    static func checkParses(_ plan: MigrationPlan) throws {
        if !plan.defects.isEmpty {
            throw CommandFailure(message: plan.defects.map(\.description).joined(separator: "\n")
                                    + "\nNothing was written. This is a bug in monolayer; please report it with the schema change that caused it.",
                                 exitCode: 4)
        }
        do { try PlanParseCheck.check(plan) } catch {
            throw CommandFailure(message: error.description, exitCode: 4)
        }
    }

    /// The schema files' notices, on stderr as diagnostics are printed.
    static func printNotices(_ schema: LoadedSchema, console: Console) {
        guard !schema.notices.isEmpty else { return }
        console.progress(schema.notices.map(\.description).joined(separator: "\n\n") + "\n")
    }

    static func introspect(_ connection: Connection) throws -> SchemaModel {
        do { return try Introspector(connection: connection).introspect() } catch let error as PostgresError {
            throw MonolayerError.database("reading the database schema failed: \(error)")
        }
    }

    static func displayPath(_ url: URL?, project: Project) -> String {
        guard let path = url?.standardizedFileURL.path else { return "" }
        let cwd = FileManager.default.currentDirectoryPath
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}

/// An error that already knows its message and exit code.
public struct CommandFailure: Error, CustomStringConvertible {
    public var message: String
    public var exitCode: Int32
    public var description: String { message }
}
