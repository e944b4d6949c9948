import DevDatabase
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny detached shell process that shuts the test server down if the test process dies without running its
/// exit handlers (a crash, a failed precondition, a kill by the test runner's timeout).
///
/// `TestServer` stops its server from an `atexit` handler, but a crashing process runs no handlers, and a server
/// left behind would hold a port, shared memory and a directory in /tmp until the next reboot. The watchdog polls
/// the test process once a second; when it is gone, it asks the server for a fast shutdown (SIGINT), waits for it
/// to exit, and deletes the server's directory. On a normal exit `TestServer` terminates the watchdog first, so it
/// never signals a pid that might have been reused.
final class TestServerWatchdog: Sendable {
    private let pid: pid_t

    /// Starts watching this process on behalf of the server with pid `serverPID` whose files are under `directory`.
    init(serverPID: Int32, directory: URL) throws {
        let script = """
            parent=$1; server=$2; dir=$3
            while kill -0 "$parent" 2>/dev/null; do sleep 1; done
            kill -INT "$server" 2>/dev/null
            i=0
            while kill -0 "$server" 2>/dev/null && [ "$i" -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
            rm -rf "$dir"
            """
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { close(null) }
        pid = try ChildProcess.launch(
            "/bin/sh",
            arguments: [
                "/bin/sh", "-c", script, "monolayer-test-server-watchdog", String(getpid()), String(serverPID),
                directory.path,
            ],
            environment: CommandRunner.cleanEnvironment, standardInput: null, standardOutput: null,
            standardError: null)
    }

    /// Ends the watchdog without letting it act (the server is being stopped normally).
    func cancel() {
        kill(pid, SIGTERM)
        _ = ChildProcess.wait(for: pid)
    }
}
