import Foundation
import Plan

/// The migrations folder as read: the migration files that read fine, and every problem found in it.
/// Commands that apply refuse while there are problems; `migrations status` lists them; rollback
/// works with the files that read.
public struct MigrationFolder: Sendable {
    /// Files without problems, ordered by phase, then id.
    public var files: [MigrationFile]
    public var problems: [MigrationProblem]

    public init(files: [MigrationFile], problems: [MigrationProblem] = []) {
        self.files = files
        self.problems = problems
    }

    /// Refuses (exit 3) while any file in the folder has a problem: nothing is applied from a folder
    /// with a broken, misplaced or ambiguous file, not even the migrations before it.
    public func checkValid() throws {
        if !problems.isEmpty { throw MigrationError.invalidFiles(problems) }
    }
}

extension MigrationStore {
    /// Reads the whole folder, reporting each bad file instead of stopping at the first.
    public func load() -> MigrationFolder {
        var files: [MigrationFile] = []
        var problems = strayFiles()
        for phase in Phase.allCases {
            let folder = root.appendingPathComponent(phase.rawValue)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            var read: [MigrationFile] = []
            for name in names.sorted() where !name.hasPrefix(".") && Self.hasSQLExtension(name) {
                do { read.append(try Self.read(folder.appendingPathComponent(name), phase: phase)) } catch MigrationError.malformed(let problem) {
                    problems.append(problem)
                } catch {
                    problems.append(MigrationProblem(path: folder.appendingPathComponent(name).path,
                                                     reason: "cannot be read: \((error as NSError).localizedDescription)", phase: phase))
                }
            }
            let (unique, clashes) = Self.separateClashingTimestamps(read)
            files += unique
            problems += clashes
        }
        return MigrationFolder(files: files, problems: problems)
    }

    /// A `.sql` name in any case: `.SQL` is refused rather than silently skipped.
    static func hasSQLExtension(_ name: String) -> Bool { name.lowercased().hasSuffix(".sql") }

    /// `yyyyMMddHHmmssSSS-name`: the timestamp orders migrations, so a name without one has no place.
    static func isMigrationID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", maxSplits: 1)
        return parts.count == 2 && parts[0].count == 17 && parts[0].allSatisfy(\.isASCII) && parts[0].allSatisfy(\.isNumber)
            && !parts[1].isEmpty
    }

    public static func read(_ url: URL, phase: Phase) throws -> MigrationFile {
        let name = url.lastPathComponent
        let id = String(name.dropLast(4))
        func problem(_ reason: String) -> MigrationError {
            .malformed(MigrationProblem(path: url.path, reason: reason, phase: phase, id: id))
        }
        guard name.hasSuffix(".sql") else {
            throw problem("the extension must be .sql in lower case: rename it to \(id).sql")
        }
        guard isMigrationID(id) else {
            throw problem("the name must be <yyyyMMddHHmmssSSS>-<name>.sql (a UTC timestamp with milliseconds, a dash, a name), "
                + "so that migrations run in the order they were written: rename it, e.g. \(MigrationStore.timestamp(Date()))-\(id).sql")
        }
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw problem("not UTF-8 text: save the file as UTF-8")
        }
        return try MigrationFile.parse(text, id: id, phase: phase, url: url)
    }

    /// Two files of one phase with the same timestamp would run in an order no one chose (and a
    /// generated phase never writes two): both are reported and neither is applied.
    static func separateClashingTimestamps(_ files: [MigrationFile]) -> ([MigrationFile], [MigrationProblem]) {
        let byTimestamp = Dictionary(grouping: files, by: \.timestamp)
        var problems: [MigrationProblem] = []
        for file in files where byTimestamp[file.timestamp, default: []].count > 1 {
            let others = byTimestamp[file.timestamp, default: []].filter { $0.id != file.id }.map(\.id)
            problems.append(MigrationProblem(
                path: file.url?.path ?? file.id,
                reason: "another \(file.phase.rawValue) migration has the same timestamp: \(others.joined(separator: ", ")); "
                    + "give one of them a later timestamp",
                phase: file.phase, id: file.id))
        }
        return (files.filter { byTimestamp[$0.timestamp, default: []].count == 1 }, problems)
    }

    /// `.sql` files the runner would never apply: in the root, or in a folder that is not a phase.
    private func strayFiles() -> [MigrationProblem] {
        let phases = Set(Phase.allCases.map(\.rawValue))
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        var problems: [MigrationProblem] = []
        for case let url as URL in enumerator where Self.hasSQLExtension(url.lastPathComponent) {
            let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)
            let parts = relative.split(separator: "/")
            if parts.count == 2, phases.contains(String(parts[0])) { continue }
            problems.append(MigrationProblem(
                path: url.path,
                reason: "not in a phase folder, so it would never be applied: move it to "
                    + "\(root.lastPathComponent)/<expand|alter|data|contract>/"))
        }
        return problems.sorted { $0.path < $1.path }
    }
}
