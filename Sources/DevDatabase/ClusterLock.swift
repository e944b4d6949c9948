import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serialises changes to one cluster (initdb, start, stop, destroy) across threads and processes.
///
/// Two `monolayer` commands started together in a fresh project, or parallel tests, would otherwise both run initdb
/// in the same directory or start two servers on it. The lock is `flock` on a file next to the data directory
/// (not inside it: initdb wants an empty directory, and destroy deletes it). `flock` locks belong to an open file
/// description, so they exclude other threads of the same process too. The descriptor is close-on-exec: a server
/// started while the lock is held must not inherit it, or the lock would live as long as the server.
enum ClusterLock {
    /// Runs `body` while holding the lock file at `path`, creating the file (and its directory) when missing.
    static func withLock<T>(at path: String, _ body: () throws -> T) throws -> T {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw DevDatabaseError(
                "Could not open the lock file \(path): \(String(cString: strerror(errno))). Check the permissions "
                    + "of \(directory).")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw DevDatabaseError("Could not lock \(path): \(String(cString: strerror(errno))).")
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
