import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Free TCP ports on 127.0.0.1 for a new server.
///
/// A fixed port (5432) would collide with a system PostgreSQL, another project's dev database or a parallel test
/// run, so each cluster takes a port the kernel reports free: bind a socket to port 0, read the port it was given,
/// close it, and pass that port to the server. Another program could grab the port in between; the caller retries
/// with a new port when the server then fails to bind.
enum LoopbackPort {
    /// A port that was free on 127.0.0.1 a moment ago.
    static func pickFree() throws -> Int {
        guard let port = probe(port: 0) else {
            throw DevDatabaseError(
                "Could not find a free TCP port on 127.0.0.1 (errno \(errno): \(String(cString: strerror(errno)))). "
                    + "Check that the loopback interface is up.")
        }
        return port
    }

    /// Whether `port` can be bound on 127.0.0.1 right now (used to keep a cluster's previous port across restarts).
    static func isFree(_ port: Int) -> Bool {
        guard (1...65535).contains(port) else { return false }
        return probe(port: port) == port
    }

    /// Binds a TCP socket to 127.0.0.1:`port`, closes it, and returns the port bound (nil on failure).
    private static func probe(port: Int) -> Int? {
        #if canImport(Darwin)
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { return nil }
        defer { close(fd) }

        var address = sockaddr_in()
        #if canImport(Darwin)
            address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)

        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { return nil }

        var actual = sockaddr_in()
        var actualLength = length
        let named = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &actualLength) }
        }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: actual.sin_port))
    }
}
