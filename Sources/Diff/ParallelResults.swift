import Foundation

/// The two halves of a diff computed on two threads: each thread writes only its own slot, under a lock
/// so that the writes are visible to the thread that reads them after both are done.
final class ParallelResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[SchemaChange]] = [[], []]

    func set(_ part: Int, _ value: [SchemaChange]) {
        lock.lock()
        slots[part] = value
        lock.unlock()
    }

    var values: [[SchemaChange]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
