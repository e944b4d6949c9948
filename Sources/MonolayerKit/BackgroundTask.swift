import Foundation

/// Work started on a thread of its own, whose result is collected later: `plan` parses the schema files
/// while the database is introspected, which on two or more cores makes the total about the longer of
/// the two rather than their sum (SPEC section 11).
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let finished = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try body() }
            finished.signal()
        }
        // The parser and the tree walkers recurse with the depth of an expression; the main thread's
        // stack is large, a secondary thread's is not unless asked for.
        thread.stackSize = 64 << 20
        thread.start()
    }

    /// Waits for the work and returns its value or rethrows its error.
    func value() throws -> Value {
        finished.wait()
        finished.signal()  // later calls return at once
        return try result!.get()
    }
}
