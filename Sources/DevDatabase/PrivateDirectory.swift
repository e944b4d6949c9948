import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Directories monolayer creates in shared places such as /tmp: unix socket directories and, when running as root,
/// the fallback cluster location.
///
/// Their names are predictable (derived from a path) so that every process finds them, which also means another
/// local user could create one first, or plant a symlink under that name, to capture connections or redirect
/// writes. `prepare` therefore refuses an existing entry that is a symlink, is not a directory, or belongs to
/// anyone but this process's user or the service account, and it sets the mode on every call.
enum PrivateDirectory {
    /// Creates `path` (one level; its parent must exist) or checks the existing one, then sets its owner to
    /// `owner` (when given) and its mode to `mode`.
    static func prepare(_ path: String, mode: mode_t, owner: ServiceAccount?) throws {
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw failure(path, "cannot be inspected: \(lastError)") }
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                throw failure(path, "could not be created: \(lastError)")
            }
            guard lstat(path, &info) == 0 else { throw failure(path, "cannot be inspected: \(lastError)") }
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw failure(path, "exists but is not a directory (or is a symbolic link)")
        }
        let acceptableOwners: Set<UInt32> = [UInt32(geteuid()), owner?.uid ?? UInt32(geteuid())]
        guard acceptableOwners.contains(UInt32(info.st_uid)) else {
            throw failure(path, "belongs to another user (uid \(info.st_uid))")
        }
        if let owner { try owner.takeOwnership(of: path) }
        guard chmod(path, mode) == 0 else { throw failure(path, "could not be given mode \(String(mode, radix: 8)): \(lastError)") }
    }

    /// Creates `path` and any missing parents with the process's default permissions.
    static func createPath(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw DevDatabaseError("Could not create the directory \(path): \(error.localizedDescription).")
        }
    }

    private static var lastError: String { String(cString: strerror(errno)) }

    private static func failure(_ path: String, _ problem: String) -> DevDatabaseError {
        DevDatabaseError(
            "The directory \(path) \(problem). monolayer keeps PostgreSQL files there; remove it "
                + "(`rm -rf \(path)`) and try again.")
    }
}
