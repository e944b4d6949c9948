import CLibPQ

/// The results of statements sent together (`Connection.send`), read one by one in the order sent.
///
/// The statements go to the server in one message, so the server runs each next one while the caller
/// reads the one before: a batch of catalog queries costs one round trip, and the server's work
/// overlaps the client's. The connection takes no other command until every result has been read
/// (`next` to the end, or `finish`).
public final class ResultStream {
    private let connection: Connection
    private let handle: OpaquePointer
    private let statements: [String]
    private var position = 0
    private var failed = false
    private var drained = false

    init(connection: Connection, handle: OpaquePointer, statements: [String]) {
        self.connection = connection
        self.handle = handle
        self.statements = statements
    }

    /// A stream dropped before its end still leaves the connection usable. (A stream read to its end
    /// on another thread is released there later: having drained, it no longer touches the connection,
    /// which by then may be running the caller's next statement.)
    deinit { finish() }

    /// The next statement's result; after a failure the server skipped the rest, and so does this.
    public func next() throws(PostgresError) -> QueryResult {
        guard position < statements.count, !failed else {
            throw PostgresError.connection(target: connection.displayTarget, message: "no result left in the batch")
        }
        let statement = statements[position]
        position += 1
        do {
            return try QueryResult.consume(PQgetResult(handle), connection: handle, statement: statement)
        } catch {
            failed = true
            finish()
            throw error
        }
    }

    /// Reads and drops whatever results remain, so that the connection can run other commands.
    public func finish() {
        guard !drained else { return }
        while let result = PQgetResult(handle) { PQclear(result) }
        position = statements.count
        drained = true
    }
}

extension Connection {
    /// Sends `statements` in one message through the simple query protocol (no parameters); their
    /// results are read from the returned stream, in order.
    public func send(_ statements: [String]) throws(PostgresError) -> ResultStream {
        let handle = try liveHandle()
        countRoundTrip()
        // Each on its own line: a statement may end in a comment.
        guard PQsendQuery(handle, statements.joined(separator: "\n;\n")) == 1 else {
            throw PostgresError.connection(target: displayTarget, message: String(cString: PQerrorMessage(handle)))
        }
        return ResultStream(connection: self, handle: handle, statements: statements)
    }
}
