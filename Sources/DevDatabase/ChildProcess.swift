import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starts programs with `posix_spawn` and waits for them with `waitpid`.
///
/// Foundation's `Process` on Linux learns that a child exited when a socket it shares with the child reaches
/// end-of-file. A child that leaves a daemon behind (`pg_ctl start` leaves `postgres` running) passes that socket on,
/// so `waitUntilExit()` would wait for as long as the server runs. Spawning directly avoids that, and the child gets
/// nothing but its standard input, output and error (every other descriptor is closed), so a long-lived server never
/// holds a test runner's pipes, a lock file or a connection of this process. Signal dispositions and the signal mask
/// are reset, so a `SIG_IGN` set in this process is not passed on either.
///
/// swift-subprocess does the same but only as an async API, and its teardown starts an unstructured task on
/// Swift's shared thread pool. Every caller here is synchronous (the commands, the test support), so it
/// would have to block a thread while it waits; on a two-core machine two tests blocking both pool threads
/// left that teardown task nowhere to run, and the test process hung (seen under gdb).
package enum ChildProcess {
    /// How a child ended.
    package struct Exit: Sendable {
        /// The exit status, or the signal number when `signaled`.
        package let status: Int32
        package let signaled: Bool
    }

    /// Starts `executable` with `arguments` (argv[0] is the executable's path) in the working directory `/` (so a
    /// command run as another user never starts in a directory it cannot read) and returns its pid.
    package static func launch(
        _ executable: String, arguments: [String], environment: [String: String],
        standardInput: Int32, standardOutput: Int32, standardError: Int32
    ) throws -> pid_t {
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        posix_spawn_file_actions_adddup2(&actions, standardInput, 0)
        posix_spawn_file_actions_adddup2(&actions, standardOutput, 1)
        posix_spawn_file_actions_adddup2(&actions, standardError, 2)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
            posix_spawn_file_actions_addchdir_np(&actions, "/")
        #else
            addLinuxActions(&actions)
        #endif
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard error == 0 else {
            throw DevDatabaseError(
                "Could not run \(executable): \(String(cString: strerror(error))). Check that it is an "
                    + "executable file.")
        }
        return pid
    }

    /// Waits for the child `pid` to exit.
    package static func wait(for pid: pid_t) -> Exit {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return Exit(status: -1, signaled: false) }
        }
        let signal = status & 0x7F
        return signal == 0 ? Exit(status: (status >> 8) & 0xFF, signaled: false) : Exit(status: signal, signaled: true)
    }

    #if !canImport(Darwin)
        /// Closes every descriptor above 2 and changes to `/` in the child. glibc has file actions for both
        /// (2.34 and 2.29) but does not export them to Swift, so they are looked up at run time; without
        /// them, the descriptors open now are closed one by one, and the directory is left alone.
        private static func addLinuxActions(_ actions: inout posix_spawn_file_actions_t) {
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            typealias ChangeDirectory =
                @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
            let library = dlopen(nil, RTLD_NOW)
            if let symbol = dlsym(library, "posix_spawn_file_actions_addclosefrom_np") {
                _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            } else {
                let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
                for fd in open.compactMap({ Int32($0) }) where fd > 2 {
                    posix_spawn_file_actions_addclose(&actions, fd)
                }
            }
            if let symbol = dlsym(library, "posix_spawn_file_actions_addchdir_np") {
                _ = unsafeBitCast(symbol, to: ChangeDirectory.self)(&actions, "/")
            }
        }
    #endif
}
