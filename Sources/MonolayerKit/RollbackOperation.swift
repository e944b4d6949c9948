import Foundation
import Migrations

/// `rollback`: run down sections of applied migrations, newest first, for development. With the
/// reverted files deleted, the next `sync` writes the whole feature as one migration per phase.
public struct RollbackOperation {
    public enum Target: Equatable, Sendable {
        case to(String), steps(Int), all, ask
    }

    public enum Files: Sendable { case delete, keep, ask }

    public let project: Project
    public let console: Console
    public var target: Target
    public var files: Files

    public init(project: Project, console: Console, target: Target, files: Files) {
        self.project = project
        self.console = console
        self.target = target
        self.files = files
    }

    public func run() throws -> Int32 {
        let session = try MigrationSession.open(project, console: console)
        let (migrationFiles, runner, status) = (session.files, session.runner, session.status)
        if !status.missing.isEmpty {
            throw MonolayerError.refused("cannot roll back migrations whose files are gone: \(status.missing.joined(separator: ", "))")
        }
        let byKey = Dictionary(migrationFiles.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let applied = status.applied.compactMap { byKey[$0.key] }  // oldest first
        guard !applied.isEmpty else {
            console.print("Nothing to roll back: no migration is applied.")
            return 0
        }
        let count = try revertCount(applied)
        guard count > 0 else {
            console.print("Nothing to roll back.")
            return 0
        }
        let targets = Array(applied.suffix(count).reversed())
        console.print("Rolling back, newest first:\n" + targets.map { "  \($0.key)" }.joined(separator: "\n"))
        guard try console.confirm("Run the down sections of \(targets.count) migration(s)? Data they added is lost.") else {
            console.print("Nothing rolled back.")
            return 3
        }
        let reverted = try Operations.mapErrors { try runner.rollback(targets) }
        console.print("Rolled back \(reverted.count) migration\(reverted.count == 1 ? "" : "s").")
        try handleFiles(reverted)
        return 0
    }

    /// How many of the newest applied migrations to revert.
    private func revertCount(_ applied: [MigrationFile]) throws -> Int {
        switch target {
        case .all: return applied.count
        case .steps(let steps):
            guard steps > 0 else { throw MonolayerError.usage("--steps must be at least 1") }
            return min(steps, applied.count)
        case .to(let name):
            // Ids repeat across the phases of one run: roll back to the last migration of that run.
            guard let last = applied.lastIndex(where: { $0.id == name || $0.name == name }) else {
                throw MonolayerError.usage("no applied migration named \(name)")
            }
            let ids = Set(applied.filter { $0.id == name || $0.name == name }.map(\.id))
            guard ids.count == 1 else {
                throw MonolayerError.usage("\(name) names several migrations: \(ids.sorted().joined(separator: ", ")); use the full id")
            }
            return applied.count - last - 1
        case .ask:
            return try pick(applied)
        }
    }

    /// The interactive picker: applied migrations newest first; the answer is the one to keep.
    private func pick(_ applied: [MigrationFile]) throws -> Int {
        guard console.isInteractive, !console.assumeYes else {
            throw MonolayerError.usage("say what to roll back: --to NAME, --steps K or --all")
        }
        let newestFirst = Array(applied.reversed())
        console.print("Applied migrations, newest first:")
        for (number, migration) in newestFirst.enumerated() { console.print("  \(number + 1). \(migration.key)") }
        console.print("  0. (roll back everything)")
        FileHandle.standardOutput.write(Data("Roll back everything newer than which number? ".utf8))
        guard let answer = readLine().flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
              answer >= 0, answer <= newestFirst.count else {
            throw MonolayerError.usage("expected a number from 0 to \(newestFirst.count)")
        }
        return answer == 0 ? applied.count : answer - 1
    }

    private func handleFiles(_ reverted: [MigrationFile]) throws {
        let delete: Bool
        switch files {
        case .delete: delete = true
        case .keep: delete = false
        case .ask:
            let canAsk = console.isInteractive && !console.assumeYes
            delete = try canAsk && console.confirm(
                "Delete the reverted migration files, so the next sync writes the feature as one migration per phase?")
        }
        guard delete else {
            console.print("Kept the migration files; they are pending again (--delete-files removes them).")
            return
        }
        for migration in reverted {
            guard let url = migration.url else { continue }
            try FileManager.default.removeItem(at: url)
            console.print("deleted \(Operations.displayPath(url, project: project))")
        }
    }
}
