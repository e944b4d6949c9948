import Foundation

/// Kills the process after a given number of executed migration statements, for the fault tests that
/// prove a run killed at any point is completed by the next one with nothing applied twice.
/// Set `MONOLAYER_FAULT_KILL_AFTER_STATEMENTS=N`; unset (always, outside those tests) it does nothing.
enum FaultInjection {
    private static let limit: Int? = ProcessInfo.processInfo.environment["MONOLAYER_FAULT_KILL_AFTER_STATEMENTS"].flatMap(Int.init)
    nonisolated(unsafe) private static var executed = 0

    /// Called after each statement has run and before its result is committed or recorded.
    static func statementExecuted() {
        guard let limit else { return }
        executed += 1
        if executed >= limit { kill(getpid(), SIGKILL) }
    }
}
