import Foundation
import Introspection
import Migrations
import Postgres
import SchemaModel

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
