import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The unprivileged account that runs PostgreSQL when monolayer itself runs as root.
///
/// `initdb`, `pg_ctl` and `postgres` refuse to run as root (a server subverted through SQL would own the machine).
/// Containers and CI jobs often run everything as root, so rather than failing there we run those programs as the
/// `postgres` system user that the Debian/Ubuntu packages create, or as `nobody` when there is none, through
/// `runuser` (or `setpriv` where `runuser` is missing), and hand the cluster's directories to that account.
/// As a normal user none of this applies: `current()` is nil and programs run directly.
package struct ServiceAccount: Sendable, Equatable {
    package let name: String
    package let uid: UInt32
    package let gid: UInt32

    /// The account to run server programs as, or nil when this process is not root.
    package static func current() throws -> ServiceAccount? {
        guard geteuid() == 0 else { return nil }
        for name in ["postgres", "nobody"] {
            if let account = lookUp(name), account.uid != 0 { return account }
        }
        throw DevDatabaseError(
            "Running as root, and PostgreSQL refuses to run as root, but there is neither a `postgres` nor a "
                + "`nobody` user to run it as. Create one (`useradd --system postgres`) or run monolayer as a "
                + "normal user.")
    }

    /// The account named `name` (`getpwnam_r`: parallel callers must not share getpwnam's static buffer).
    private static func lookUp(_ name: String) -> ServiceAccount? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>? = nil
        var buffer = [CChar](repeating: 0, count: 16384)
        let status = getpwnam_r(name, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil else { return nil }
        return ServiceAccount(name: name, uid: UInt32(entry.pw_uid), gid: UInt32(entry.pw_gid))
    }

    /// The command line that runs `arguments` as this account.
    package func wrap(_ arguments: [String]) throws -> [String] {
        let environment = CommandRunner.cleanEnvironment
        let searchPath = ["PATH": (environment["PATH"] ?? "") + ":/usr/sbin:/sbin:/usr/bin:/bin"]
        if let runuser = CommandRunner.resolve("runuser", environment: searchPath) {
            return [runuser.path, "-u", name, "--"] + arguments
        }
        if let setpriv = CommandRunner.resolve("setpriv", environment: searchPath) {
            return [setpriv.path, "--reuid=\(uid)", "--regid=\(gid)", "--init-groups", "--"] + arguments
        }
        throw DevDatabaseError(
            "Running as root, PostgreSQL must run as the user \(name), but neither `runuser` nor `setpriv` "
                + "(util-linux) is installed. Install util-linux or run monolayer as a normal user.")
    }

    /// Runs `arguments` as this account.
    package func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(wrap(arguments))
    }

    /// Whether this account can reach `path` (search permission on every directory leading to it, and on `path`
    /// itself when it is a directory). Asked of the system rather than computed from modes, so ACLs and group
    /// memberships count.
    package func canReach(_ path: String) -> Bool {
        guard let result = try? run(["test", "-x", path]) else { return false }
        return result.succeeded
    }

    /// Whether this account can run the server programs in `binaries`; checked up front because the failure
    /// otherwise surfaces as a confusing "permission denied" from `runuser`.
    package func requireAccess(to binaries: PostgresBinaries) throws {
        let postgres = binaries.program("postgres").path
        guard canReach(postgres) else {
            throw DevDatabaseError(
                "Running as root, PostgreSQL runs as the user \(name), who cannot execute \(postgres). Put the "
                    + "PostgreSQL binaries where \(name) can read them (not under a private home directory such "
                    + "as /root) and point MONOLAYER_PG_BIN at them.")
        }
    }

    /// Makes this account the owner of `path` (not recursively).
    package func takeOwnership(of path: String) throws {
        guard chown(path, uid, gid) == 0 else {
            let reason = String(cString: strerror(errno))
            throw DevDatabaseError("Could not give \(path) to the user \(name): \(reason).")
        }
    }
}
