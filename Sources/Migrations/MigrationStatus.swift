import Plan

/// Applied and pending migrations, and what is wrong with the record.
public struct MigrationStatus: Sendable {
    public var applied: [MigrationTracking.Applied]
    public var pending: [MigrationFile]
    /// Applied migrations (`phase/id`) whose file's checksum differs from the recorded one.
    public var changed: [String]
    /// Applied migrations (`phase/id`) whose file is gone.
    public var missing: [String]
    /// Pending migrations (`phase/id`) older than the newest applied migration of their phase (normal
    /// after merging branches, but applied only when asked), with that newer migration's `phase/id`.
    public var outOfOrder: [String: String]

    public init(files: [MigrationFile], applied: [MigrationTracking.Applied]) {
        self.applied = applied
        let recorded = Dictionary(applied.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        pending = files.filter { recorded[$0.key] == nil }
        changed = files.filter { file in recorded[file.key].map { $0.checksum != file.checksum } ?? false }.map(\.key)
        let keys = Set(files.map(\.key))
        missing = applied.filter { !keys.contains($0.key) }.map(\.key)
        let newestApplied = Dictionary(grouping: applied, by: \.phase).compactMapValues { $0.map(\.id).max() }
        outOfOrder = [:]
        for file in pending {
            if let newest = newestApplied[file.phase], file.id < newest { outOfOrder[file.key] = "\(file.phase.rawValue)/\(newest)" }
        }
    }

    public func pending(in phase: Phase) -> [MigrationFile] { pending.filter { $0.phase == phase } }

    /// Refuses to go on when the record and the files disagree (SPEC section 7).
    public func checkIntegrity() throws {
        if !changed.isEmpty { throw MigrationError.checksumMismatch(ids: changed) }
        if !missing.isEmpty { throw MigrationError.missingFiles(ids: missing) }
    }
}
