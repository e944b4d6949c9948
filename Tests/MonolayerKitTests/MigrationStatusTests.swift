@testable import Migrations
import Testing

/// Applied versus present migrations: pending, edited, missing.
@Suite struct MigrationStatusTests {
    static let first = MigrationFile(id: "1-a", phase: .expand, transactional: true, warnings: [], up: "SELECT 1;", down: "")
    static let second = MigrationFile(id: "2-b", phase: .expand, transactional: true, warnings: [], up: "SELECT 2;", down: "")
    static let sameIdOtherPhase = MigrationFile(id: "1-a", phase: .contract, transactional: true, warnings: [], up: "SELECT 3;", down: "")

    static func applied(_ file: MigrationFile, checksum: String? = nil) -> MigrationTracking.Applied {
        MigrationTracking.Applied(id: file.id, phase: file.phase, checksum: checksum ?? file.checksum,
                                  appliedAt: "2026-01-01 00:00:00+00", durationMilliseconds: 3)
    }

    @Test func unappliedFilesArePending() throws {
        let status = MigrationStatus(files: [Self.first, Self.second, Self.sameIdOtherPhase], applied: [Self.applied(Self.first)])
        #expect(status.pending.map(\.key) == ["expand/2-b", "contract/1-a"])
        #expect(status.pending(in: .expand).map(\.id) == ["2-b"])
        #expect(status.pending(in: .alter).isEmpty)
        #expect(status.changed.isEmpty)
        #expect(status.missing.isEmpty)
        try status.checkIntegrity()
    }

    @Test func editedAppliedFileIsChanged() {
        let status = MigrationStatus(files: [Self.first, Self.second], applied: [Self.applied(Self.first, checksum: "0000")])
        #expect(status.changed == ["expand/1-a"])
        #expect(status.pending.map(\.key) == ["expand/2-b"])
        #expect {
            try status.checkIntegrity()
        } throws: { error in
            guard case .checksumMismatch(let ids)? = error as? MigrationError else { return false }
            return ids == ["expand/1-a"]
        }
    }

    @Test func appliedMigrationWithoutFileIsMissing() {
        let status = MigrationStatus(files: [Self.second], applied: [Self.applied(Self.first), Self.applied(Self.second)])
        #expect(status.missing == ["expand/1-a"])
        #expect(status.pending.isEmpty)
        #expect(status.changed.isEmpty)
        #expect {
            try status.checkIntegrity()
        } throws: { error in
            guard case .missingFiles(let ids)? = error as? MigrationError else { return false }
            return ids == ["expand/1-a"]
        }
    }

    @Test func phaseIsPartOfTheIdentity() {
        let status = MigrationStatus(files: [Self.first], applied: [Self.applied(Self.sameIdOtherPhase)])
        #expect(status.pending.map(\.key) == ["expand/1-a"])
        #expect(status.missing == ["contract/1-a"])
        #expect(status.changed.isEmpty)
    }

    @Test func pendingOlderThanTheNewestAppliedOfItsPhaseIsOutOfOrder() {
        let third = MigrationFile(id: "3-c", phase: .expand, transactional: true, warnings: [], up: "SELECT 4;", down: "")
        let status = MigrationStatus(files: [Self.first, Self.second, third, Self.sameIdOtherPhase],
                                     applied: [Self.applied(Self.second)])
        #expect(status.outOfOrder == ["expand/1-a": "expand/2-b"], "3-c is newer; contract has nothing applied")
        #expect(status.pending.map(\.key) == ["expand/1-a", "expand/3-c", "contract/1-a"])
    }
}
