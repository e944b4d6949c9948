import Foundation

/// Holds the large values a command is finished with until the process exits, instead of releasing them.
///
/// Releasing two schema models and their plan object by object took about as long as diffing them
/// (a few milliseconds on a schema of a few thousand objects, at the end of every `plan`), while the
/// process exits right after and the kernel takes all of its memory back at once. Compilers skip
/// freeing their trees at exit for the same reason. Only the latest command's values are held, so that
/// a process that runs many commands (the tests) does not accumulate them.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var held: [Any] = []

    static func hold(_ values: Any...) {
        lock.lock()
        let previous = held
        held = values
        lock.unlock()
        // The previous command's values are released here, outside the lock.
        _ = previous
    }
}
