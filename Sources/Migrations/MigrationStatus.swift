import Plan

/// Applied and pending migrations, and what is wrong with the record.
public struct MigrationStatus: Sendable {
    public var applied: [MigrationTracking.Applied]
    public var pending: [MigrationFile]
    /// Applied migrations whose file's checksum differs from the recorded one.
    public var changed: [String]
    /// Applied migrations whose file is gone.
    public var missing: [String]

    public init(files: [MigrationFile], applied: [MigrationTracking.Applied]) {
        self.applied = applied
        let recorded = Dictionary(applied.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        pending = files.filter { recorded[$0.id] == nil }
        changed = files.filter { file in recorded[file.id].map { $0.checksum != file.checksum } ?? false }.map(\.id)
        let ids = Set(files.map(\.id))
        missing = applied.filter { !ids.contains($0.id) }.map(\.id)
    }

    public func pending(in phase: Phase) -> [MigrationFile] { pending.filter { $0.phase == phase } }

    /// Refuses to go on when the record and the files disagree (SPEC section 7).
    public func checkIntegrity() throws {
        if !changed.isEmpty { throw MigrationError.checksumMismatch(ids: changed) }
        if !missing.isEmpty { throw MigrationError.missingFiles(ids: missing) }
    }
}
