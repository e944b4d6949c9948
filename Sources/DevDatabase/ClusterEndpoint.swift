import Foundation

/// Where a running local cluster accepts connections.
///
/// The server listens on loopback TCP (what libpq URLs and other tools use most easily) and on a unix socket
/// (cheaper, and usable by `psql -h <socketDirectory>`). Authentication is `trust`, so the superuser needs no
/// password; that is acceptable only because nothing outside this machine can reach the server.
public struct ClusterEndpoint: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The TCP address the server listens on, "127.0.0.1".
    public let host: String
    public let port: Int
    /// The directory holding the unix socket `.s.PGSQL.<port>`.
    public let socketDirectory: String
    /// The database superuser created by initdb, "postgres".
    public let user: String

    public init(host: String, port: Int, socketDirectory: String, user: String) {
        self.host = host
        self.port = port
        self.socketDirectory = socketDirectory
        self.user = user
    }

    /// A libpq connection URL over TCP, such as "postgresql://postgres@127.0.0.1:54321/postgres".
    public func url(database: String = "postgres") -> String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "postgresql://\(Self.encode(user))@\(hostPart):\(port)/\(Self.encode(database))"
    }

    /// The unix socket's path.
    public var socketPath: String {
        "\(socketDirectory)/.s.PGSQL.\(port)"
    }

    public var description: String { url() }

    /// Percent-encodes everything but unreserved characters, so any database or role name survives in a URL.
    private static func encode(_ component: String) -> String {
        let unreserved = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return component.addingPercentEncoding(withAllowedCharacters: unreserved) ?? component
    }
}
