import Foundation
import PgQuery
import Plan
import Postgres

/// Applies migrations phase by phase under an advisory lock, each in its own transaction (or
/// statement by statement when marked), recording each in `monolayer.migrations`.
public struct MigrationRunner {
    public struct Settings: Sendable {
        public var lockTimeout: String?
        public var statementTimeout: String?
        /// How long to wait for another runner's lock before giving up.
        public var runnerLockWait: Double
        /// Apply pending migrations older than an applied one of their phase (`--allow-out-of-order`).
        public var allowOutOfOrder: Bool

        public init(lockTimeout: String? = nil, statementTimeout: String? = nil, runnerLockWait: Double = 60,
                    allowOutOfOrder: Bool = false) {
            self.lockTimeout = lockTimeout
            self.statementTimeout = statementTimeout
            self.runnerLockWait = runnerLockWait
            self.allowOutOfOrder = allowOutOfOrder
        }
    }

    /// Key of the session advisory lock every runner takes (a fixed number reserved for monolayer).
    static let lockKey = "7885349678125835378"

    let connection: Connection
    let settings: Settings
    let log: (String) -> Void

    public init(connection: Connection, settings: Settings = Settings(), log: @escaping (String) -> Void) {
        self.connection = connection
        self.settings = settings
        self.log = log
    }

    public func status(of files: [MigrationFile]) throws -> MigrationStatus {
        MigrationStatus(files: files, applied: try MigrationTracking(connection: connection).applied())
    }

    /// Applies what `selection` names and returns the migrations applied. Every command that applies
    /// comes through here, so this is where a folder with problems is refused, before anything runs.
    @discardableResult
    public func apply(_ folder: MigrationFolder, selection: PhaseSelection) throws -> [MigrationFile] {
        // Refusing needs neither the lock nor the tracking table: a broken folder leaves the database untouched.
        try folder.checkValid()
        let tracking = MigrationTracking(connection: connection)
        try acquireLock()
        defer { releaseLock() }
        // Created under the lock: two first runs must not race to create the tracking table.
        try tracking.ensureTable()
        // Read the record only under the lock, so two runners never both see a migration as pending.
        let status = MigrationStatus(files: folder.files, applied: try tracking.applied())
        try status.checkIntegrity()
        let pendingByPhase = try selection.phases.map { phase in
            var pending = status.pending(in: phase)
            if case .singleContract(let name) = selection { pending = [try MigrationStore.find(name, in: pending)] }
            return (phase, pending)
        }
        try checkOrder(pendingByPhase.flatMap(\.1), status: status)
        var applied: [MigrationFile] = []
        for (phase, pending) in pendingByPhase where !pending.isEmpty {
            try checkPrerequisites(for: phase, status: status, appliedNow: applied)
            for migration in pending {
                try run(migration, tracking: tracking)
                applied.append(migration)
            }
        }
        return applied
    }

    /// A pending migration older than an applied one was written before it but not applied with it
    /// (usually a merged branch): it may assume a schema the newer one has changed, so it runs only when asked.
    private func checkOrder(_ pending: [MigrationFile], status: MigrationStatus) throws {
        let late = pending.compactMap { file in status.outOfOrder[file.key].map { (pending: file.key, newerApplied: $0) } }
        guard !late.isEmpty else { return }
        guard settings.allowOutOfOrder else { throw MigrationError.outOfOrder(late) }
        for migration in late {
            log("applying \(migration.pending) out of order (--allow-out-of-order): the newer \(migration.newerApplied) is applied already")
        }
    }

    /// alter needs expand done; data and contract need expand and alter done (SPEC section 7).
    private func checkPrerequisites(for phase: Phase, status: MigrationStatus, appliedNow: [MigrationFile]) throws {
        let required: [Phase] = switch phase {
        case .expand: []
        case .alter: [.expand]
        case .data, .contract: [.expand, .alter]
        }
        let done = Set(appliedNow.map(\.key))
        let blocking = required.flatMap { status.pending(in: $0) }.filter { !done.contains($0.key) }
        if !blocking.isEmpty { throw MigrationError.prerequisitesPending(phase: phase, pending: blocking.map(\.key)) }
    }

    /// Runs `body` holding the runner's lock, for work that must not interleave with another runner's
    /// (a sync's diff, write and apply). The lock is per session and counts: `apply` inside takes it again.
    public func whileHoldingLock<T>(_ body: () throws -> T) throws -> T {
        try acquireLock()
        defer { releaseLock() }
        return try body()
    }

    func acquireLock() throws {
        let deadline = Date().addingTimeInterval(settings.runnerLockWait)
        var announced = false
        while true {
            let got = try connection.query("SELECT pg_try_advisory_lock(\(Self.lockKey)) AS locked").records.first?.bool("locked")
            if got == true { return }
            if Date() >= deadline { throw MigrationError.lockTimeout(seconds: settings.runnerLockWait) }
            if !announced { log("waiting for another monolayer runner to finish..."); announced = true }
            Thread.sleep(forTimeInterval: 0.2)
        }
    }

    func releaseLock() {
        _ = try? connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))")
    }

    func elapsedMilliseconds(since start: Date) -> Int { Int(Date().timeIntervalSince(start) * 1000) }
}
