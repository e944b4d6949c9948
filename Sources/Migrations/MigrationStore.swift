import Foundation
import Plan

/// The migrations folder: `<root>/<phase>/<id>.sql`.
public struct MigrationStore {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// Every migration file, ordered by phase, then id; throws when any file in the folder has a problem.
    public func all() throws -> [MigrationFile] {
        let folder = load()
        try folder.checkValid()
        return folder.files
    }

    /// Writes a migration; returns it with its location.
    @discardableResult
    public func write(_ migration: MigrationFile) throws -> MigrationFile {
        let folder = root.appendingPathComponent(migration.phase.rawValue)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(migration.id + ".sql")
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw MigrationError.malformed(MigrationProblem(path: url.path, reason: "a migration with this id exists already"))
        }
        try migration.rendered.write(to: url, atomically: true, encoding: .utf8)
        var written = migration
        written.url = url
        return written
    }

    public func find(_ name: String, in files: [MigrationFile]) throws -> MigrationFile {
        try Self.find(name, in: files)
    }

    /// Finds a migration by id or by the part after the timestamp, when that is unique.
    public static func find(_ name: String, in files: [MigrationFile]) throws -> MigrationFile {
        if let exact = files.first(where: { $0.id == name }) { return exact }
        let matches = files.filter { $0.name == name }
        guard !matches.isEmpty else { throw MigrationError.notFound(name: name) }
        guard matches.count == 1 else { throw MigrationError.ambiguous(name: name, matches: matches.map(\.id)) }
        return matches[0]
    }

    /// Migration files for a plan: one per phase and transaction mode, sharing a timestamp and name.
    /// A phase's second (non-transactional) migration gets the next millisecond, so ids sort in run order.
    public static func files(for plan: MigrationPlan, name: String, at date: Date) -> [MigrationFile] {
        var files: [MigrationFile] = []
        var offsets: [Phase: Int] = [:]
        for migration in plan.migrations {
            let offset = offsets[migration.phase, default: 0]
            offsets[migration.phase] = offset + 1
            let id = "\(timestamp(date.addingTimeInterval(Double(offset) / 1000)))-\(name)"
            files.append(MigrationFile(
                id: id, phase: migration.phase, transactional: migration.transactional,
                warnings: migration.warnings.map(\.headerLine), up: migration.upSQL, down: migration.downSQL))
        }
        return files
    }

    /// UTC `yyyyMMddHHmmssSSS`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmssSSS"
        return formatter.string(from: date)
    }

    /// A migration name from free text: lower-case words joined by dashes.
    public static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        var slug = String(words.joined(separator: "-").prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "schema" : slug
    }
}
