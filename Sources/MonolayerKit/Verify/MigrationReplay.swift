import Foundation
import Migrations
import Postgres
import SchemaModel

/// Migration files replayed one at a time, in the order given, with the real runner, into a scratch
/// database on the dev database server: what `check` compares with the schema files and `drift`
/// compares with a live database. Never the target: replaying runs the files' SQL.
struct MigrationReplay {
    let connection: Connection

    /// How far a replay got: the files that ran, and the first that failed with its error.
    struct Outcome {
        var replayed: [MigrationFile]
        var failure: (file: MigrationFile, error: any Error)?
    }

    /// Runs each file as the runner applies it, calling `afterEach` once it is recorded; stops at the
    /// first file that fails. Out-of-order files are allowed: the order given is the one wanted (the
    /// order a target applied them in may itself have been out of order).
    func replay(_ files: [MigrationFile], afterEach: (MigrationFile) throws -> Void = { _ in }) throws -> Outcome {
        var replayed: [MigrationFile] = []
        let runner = MigrationRunner(connection: connection, settings: .init(allowOutOfOrder: true), log: { _ in })
        for file in files {
            do {
                // The folder holds only what ran already and this file, so the runner applies exactly this file.
                try runner.apply(MigrationFolder(files: replayed + [file]), selection: .all)
            } catch {
                return Outcome(replayed: replayed, failure: (file, error))
            }
            replayed.append(file)
            try afterEach(file)
        }
        return Outcome(replayed: replayed, failure: nil)
    }

    /// A scratch database on the project's dev database server (started on demand) for `body`,
    /// dropped afterwards whatever happens.
    static func inScratchDatabase<T>(_ project: Project, _ body: (Connection) throws -> T) throws -> T {
        let server = try ScratchServer.devDatabase(projectRoot: project.root)
        let scratch = try server.createDatabase()
        defer { scratch.drop() }
        return try body(try scratch.connection)
    }
}
