import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `postmaster.pid` in a data directory says about the server running there.
///
/// PostgreSQL writes this file when it starts and removes it on a clean shutdown. Its lines are: pid, data
/// directory, start time, port, first unix socket directory, first listen address, shared memory key, and status
/// ("starting", "stopping", "ready", "standby"). Reading it is how a second process (another `monolayer` command)
/// finds the running server without any bookkeeping of our own. A crash, a kill -9 or a reboot leaves the file
/// behind, so `isAlive` checks that the process still exists and is a PostgreSQL server.
package struct PostmasterPIDFile: Sendable, Equatable {
    package let pid: Int32
    package let port: Int
    package let socketDirectory: String
    package let listenAddress: String
    /// "starting", "ready", "stopping" or "standby"; empty while the server has not yet written it.
    package let status: String

    package static func url(in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent("postmaster.pid")
    }

    /// The parsed file, or nil when it is absent or names no process. A server that is just starting may not
    /// have written its port yet (`port` is then 0).
    package static func read(dataDirectory: URL) -> PostmasterPIDFile? {
        guard let text = try? String(contentsOf: url(in: dataDirectory), encoding: .utf8) else { return nil }
        return parse(text)
    }

    package static func parse(_ text: String) -> PostmasterPIDFile? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        func line(_ number: Int) -> String { lines.count >= number ? lines[number - 1] : "" }
        guard let pid = Int32(line(1)), pid > 0 else { return nil }
        return PostmasterPIDFile(
            pid: pid, port: Int(line(4)) ?? 0, socketDirectory: line(5), listenAddress: line(6), status: line(8))
    }

    /// Whether the pid names a live process that is a PostgreSQL server (a stale file's pid may have been
    /// reused by an unrelated program, which on Linux is told apart by its command name).
    package var isAlive: Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        #if os(Linux)
            guard let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else {
                return true
            }
            let name = comm.trimmingCharacters(in: .whitespacesAndNewlines)
            return name.hasPrefix("postgres") || name.hasPrefix("postmaster")
        #else
            return true
        #endif
    }

    /// Whether the server accepts connections.
    package var isReady: Bool { port > 0 && (status == "ready" || status == "standby") }

    /// The endpoint described by the file, for the given superuser.
    package func endpoint(user: String) -> ClusterEndpoint {
        let host = ["", "*", "0.0.0.0", "::"].contains(listenAddress) ? "127.0.0.1" : listenAddress
        return ClusterEndpoint(host: host, port: port, socketDirectory: socketDirectory, user: user)
    }

    /// Removes a stale file left by a server that is gone, so the next start is not refused.
    package static func removeStale(dataDirectory: URL) {
        try? FileManager.default.removeItem(at: url(in: dataDirectory))
    }
}
