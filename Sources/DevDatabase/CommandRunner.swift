import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a helper program (initdb, pg_ctl, pg_config, createdb, ...) to completion and captures what it printed.
///
/// Output goes to temporary files rather than pipes: `pg_ctl start` leaves a server running that was forked from the
/// command, and if anything long-lived kept a pipe's write end open, reading it to end-of-file would never finish
/// (for the same reason programs are started by `ChildProcess`, not Foundation's `Process`).
/// Standard input is `/dev/null` so nothing ever waits on the terminal, the working directory is `/` so a command run
/// as another user never trips over an unreadable current directory (such as `/root`), and `PG*` variables of the
/// caller's environment are removed so a stray `PGPORT`, `PGHOST` or `PGDATA` cannot point a command at another
/// server than the one named on its command line.
package enum CommandRunner {
    /// What a finished program reported.
    package struct Result: Sendable {
        package let arguments: [String]
        package let status: Int32
        package let terminatedBySignal: Bool
        package let standardOutput: String
        package let standardError: String

        package var succeeded: Bool { status == 0 && !terminatedBySignal }

        /// Standard output followed by standard error, as a user would have seen them in a terminal.
        package var combinedOutput: String {
            [standardOutput, standardError]
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
                .joined(separator: "\n")
        }

        package var commandLine: String {
            arguments.map(CommandRunner.shellQuoted).joined(separator: " ")
        }

        package var exitDescription: String {
            terminatedBySignal ? "killed by signal \(status)" : "exit status \(status)"
        }
    }

    /// The caller's environment without the libpq/server variables that could redirect a command.
    package static var cleanEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
    }

    /// Runs `arguments[0]` (an absolute path, or a name looked up in `PATH`) with the rest as its arguments.
    package static func run(
        _ arguments: [String], environment: [String: String]? = nil
    ) throws -> Result {
        precondition(!arguments.isEmpty, "CommandRunner.run needs a program")
        let environment = environment ?? cleanEnvironment
        guard let executable = resolve(arguments[0], environment: environment) else {
            throw DevDatabaseError(
                "Could not find the program \(arguments[0]) (PATH=\(environment["PATH"] ?? "")). "
                    + "Install it or put its directory on PATH.")
        }
        let files = FileManager.default
        let stamp = "monolayer-\(getpid())-\(UUID().uuidString)"
        let outputPath = files.temporaryDirectory.appendingPathComponent(stamp + ".out").path
        let errorPath = files.temporaryDirectory.appendingPathComponent(stamp + ".err").path
        let output = open(outputPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        let error = open(errorPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        let input = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer {
            for fd in [output, error, input] where fd >= 0 { close(fd) }
            unlink(outputPath)
            unlink(errorPath)
        }
        guard output >= 0, error >= 0, input >= 0 else {
            throw DevDatabaseError(
                "Could not create temporary files in \(files.temporaryDirectory.path) to capture the output of "
                    + "\(arguments[0]) (\(String(cString: strerror(errno)))). Check that the directory exists "
                    + "and is writable (or set TMPDIR).")
        }
        let pid = try ChildProcess.launch(
            executable.path, arguments: [executable.path] + arguments.dropFirst(), environment: environment,
            standardInput: input, standardOutput: output, standardError: error)
        let exit = ChildProcess.wait(for: pid)
        return Result(
            arguments: [executable.path] + arguments.dropFirst(),
            status: exit.status,
            terminatedBySignal: exit.signaled,
            standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    /// The executable for `program`: itself when it contains a slash, else the first match on `PATH`.
    package static func resolve(_ program: String, environment: [String: String]) -> URL? {
        let files = FileManager.default
        if program.contains("/") {
            return files.isExecutableFile(atPath: program) ? URL(fileURLWithPath: program) : nil
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(program)"
            if files.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }

    /// `text` quoted for a POSIX shell when it needs quoting; used for messages and for `pg_ctl -o`,
    /// whose value pg_ctl hands to `/bin/sh`.
    package static func shellQuoted(_ text: String) -> String {
        let safe = CharacterSet(charactersIn:
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-=:,+@%")
        if !text.isEmpty, text.unicodeScalars.allSatisfy({ safe.contains($0) }) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
