import Foundation
import Postgres

/// The catalog queries, one `.sql` file per object kind in Queries/ (readable, and runnable with psql).
/// Declared in the order the introspector reads them: they are sent in this order, all at once.
enum CatalogQuery: String, CaseIterable {
    case connectedRole = "connected_role"
    case schemas, extensions, enums, domains, sequences, domainConstraints = "domain_constraints", columns, constraints, indexes
    case tables, functions, triggers, collations, composites, ranges, aggregates
    case textSearchConfigurations = "text_search_configurations"
    case operators, views
    case systemRelations = "system_relations"
    case tablePrivilegeKinds = "table_privilege_kinds"
    case defaultPrivileges = "default_privileges"
    case privileges
    case rowSecurity = "row_security"
    case policies, comments

    /// The text of Queries/<raw value>.sql, compiled into the program by the EmbedCatalogQueries plugin
    /// (an installed binary needs no files beside it).
    var sql: String {
        guard let text = Self.texts[rawValue] else { preconditionFailure("Queries/\(rawValue).sql was not embedded") }
        return text
    }
}

/// Every catalog query, sent in one message when introspection starts and read back as the introspector
/// asks for each: the whole catalog costs one round trip however many objects it holds.
///
/// A thread of its own reads the results off the connection as the server sends them. Left unread, a
/// large result fills the socket's buffer and the server stops until the client reads; read as they
/// come, the server runs the later queries while the introspector builds the model from the earlier.
final class CatalogResults: @unchecked Sendable {
    private let condition = NSCondition()
    /// Results received and not yet taken, the error that stopped the batch, and whether the reader is
    /// done (guarded by `condition`).
    private var received: [CatalogQuery: [Record]] = [:]
    private var failure: (any Error)?
    private var finished = false

    init(connection: Connection) throws {
        let order = CatalogQuery.allCases
        let stream = UncheckedStream(stream: try connection.send(order.map(\.sql)))
        let reader = Thread { [self] in
            for query in order {
                do {
                    let records = try stream.stream.next().records
                    deliver { received[query] = records }
                } catch {
                    deliver { failure = error }
                    break  // the server skipped the rest
                }
            }
            stream.stream.finish()
            deliver { finished = true }
        }
        reader.start()
    }

    private func deliver(_ change: () -> Void) {
        condition.lock()
        change()
        condition.broadcast()
        condition.unlock()
    }

    /// Each query's rows, once; waits for them when the server has not sent them yet.
    func records(_ query: CatalogQuery) throws -> [Record] {
        condition.lock()
        defer { condition.unlock() }
        while received[query] == nil && failure == nil && !finished { condition.wait() }
        if let records = received.removeValue(forKey: query) { return records }
        // Not sent because a query before it failed: that failure is the error to report.
        throw failure ?? IntrospectionError.queryReadTwice(query.rawValue)
    }

    /// Waits until every result has been read off the connection, so that it can run other statements.
    func finish() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}

/// The stream moves to the reader thread, which alone uses the connection until it has finished.
private struct UncheckedStream: @unchecked Sendable {
    let stream: ResultStream
}

public enum IntrospectionError: Error, CustomStringConvertible {
    case queryReadTwice(String)
    case unreadableDefinition(object: String, definition: String, reason: String)

    public var description: String {
        switch self {
        case .queryReadTwice(let name): return "introspection read the results of the \(name) query twice"
        case .unreadableDefinition(let object, let definition, let reason):
            return "could not read the definition of \(object) as printed by the server: \(definition)\n\(reason)"
        }
    }
}
