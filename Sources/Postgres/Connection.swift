import CLibPQ
import Foundation

/// One libpq connection. Not shared between threads: each command or test opens its own.
public final class Connection {
    private var handle: OpaquePointer?
    private let noticeBox = NoticeBox()
    /// The connection target with its password masked, for messages.
    public let target: ConnectionTarget
    public var displayTarget: String { target.description }
    /// Statements sent to the server so far, each a round trip: what `plan --timings` reports for
    /// introspection, whose cost on a remote server is mostly the number of trips.
    public private(set) var roundTrips = 0

    /// Connects to a parsed target; only here does its password reach libpq.
    public init(_ target: ConnectionTarget) throws(PostgresError) {
        self.target = target
        let (keywords, values) = target.libpqParameters()
        handle = withCStringArray(keywords) { keywordPointers in
            withCStringArray(values) { valuePointers in PQconnectdbParams(keywordPointers, valuePointers, 0) }
        }
        guard let handle, PQstatus(handle) == CONNECTION_OK else {
            let message = handle.map { String(cString: PQerrorMessage($0)) } ?? "out of memory"
            if let handle { PQfinish(handle) }
            self.handle = nil
            throw PostgresError.connection(target: target.description, message: target.redact(message))
        }
        let box = Unmanaged.passUnretained(noticeBox).toOpaque()
        PQsetNoticeReceiver(handle, { context, result in
            guard let context, let result else { return }
            let box = Unmanaged<NoticeBox>.fromOpaque(context).takeUnretainedValue()
            let text = String(cString: PQresultErrorMessage(result))
            box.notices.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }, box)
    }

    /// Parses `text` (a `postgresql://` URL or a keyword string) and connects.
    public convenience init(_ text: String) throws(PostgresError) {
        let target: ConnectionTarget
        do { target = try ConnectionTarget(parsing: text) } catch {
            throw PostgresError.connection(target: "the given target", message: "invalid connection target: \(error)")
        }
        try self.init(target)
    }

    deinit { close() }

    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    /// Notices the server sent (`RAISE NOTICE`, "relation already exists, skipping", ...), oldest first.
    public func takeNotices() -> [String] {
        defer { noticeBox.notices.removeAll() }
        return noticeBox.notices
    }

    /// The server's version as a number (150018 for 15.18, 180006 for 18.6).
    public var serverVersion: Int { handle.map { Int(PQserverVersion($0)) } ?? 0 }

    /// Runs SQL text through the simple query protocol: several statements may be sent at once.
    @discardableResult
    public func execute(_ sql: String) throws(PostgresError) -> QueryResult {
        let handle = try liveHandle()
        roundTrips += 1
        let result = PQexec(handle, sql)
        return try QueryResult.consume(result, connection: handle, statement: sql)
    }

    /// Runs one statement with `$1`-style parameters, sent apart from the text (never interpolated).
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> QueryResult {
        let handle = try liveHandle()
        roundTrips += 1
        let result = withParameterPointers(parameters) { pointers in
            PQexecParams(handle, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        return try QueryResult.consume(result, connection: handle, statement: sql)
    }

    /// Runs a query built by interpolation; interpolated values become parameters.
    @discardableResult
    public func query(_ query: PostgresQuery) throws(PostgresError) -> QueryResult {
        try self.query(query.sql, query.parameters)
    }

    /// Runs `body` inside BEGIN/COMMIT, rolling back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    func countRoundTrip() { roundTrips += 1 }

    func liveHandle() throws(PostgresError) -> OpaquePointer {
        guard let handle else { throw PostgresError.connection(target: displayTarget, message: "connection closed") }
        return handle
    }

    private func withParameterPointers<R>(
        _ parameters: [String?], _ body: ([UnsafePointer<CChar>?]) -> R
    ) -> R {
        let storage: [UnsafeMutablePointer<CChar>?] = parameters.map { value in value.map { strdup($0) } }
        defer { storage.forEach { free($0) } }
        return body(storage.map { $0.map { UnsafePointer($0) } })
    }
}

/// A NULL-terminated array of C strings, alive for the duration of `body`.
private func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// Holds notices for the C callback, which can only carry a raw pointer.
private final class NoticeBox {
    var notices: [String] = []
}
