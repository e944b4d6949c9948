import DevDatabase
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of a program as a user runs it, in a process of its own: its wall time, its peak memory as the
/// kernel accounts it (`ru_maxrss` from `wait4`), its exit status and what it wrote on stderr.
///
/// The kernel's peak for a child also counts the memory of the process that started it, as it was when
/// the child called exec (the spawn shares or copies the parent's memory until then). A child started by
/// the bench itself would carry the bench's memory, the loaded schemas with it, so each program is
/// started by a small intermediary that reports its child's peak: GNU time (`/usr/bin/time`, about 1 MB)
/// when the machine has it, else a fresh copy of this binary (`--measure`), whose larger start-up
/// footprint is then the floor below which no figure can read (`floor` measures it).
struct MeasuredProcess {
    var seconds: Double
    /// Peak resident memory in bytes.
    var peakBytes: Int
    var exitStatus: Int32
    var standardError: String

    static let measureFlag = "--measure"

    /// Runs `arguments` (the first is the executable's path) with stdout thrown away.
    static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MeasuredProcess {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-bench-\(getpid())-run")
        let errorPath = scratch.path + ".stderr", resultPath = scratch.path + ".result"
        let input = open("/dev/null", O_RDONLY)
        let output = open("/dev/null", O_WRONLY)
        let error = open(errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(input); close(output); close(error)
            unlink(errorPath); unlink(resultPath)
        }
        let intermediary = FileManager.default.isExecutableFile(atPath: gnuTime)
            ? [gnuTime, "--format=%M %x", "--output=" + resultPath, "--"] : [selfPath, measureFlag, resultPath]
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = try ChildProcess.launch(intermediary[0], arguments: intermediary + arguments, environment: environment,
                                          standardInput: input, standardOutput: output, standardError: error)
        _ = ChildProcess.wait(for: pid)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let text = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        // GNU time writes "Command exited with non-zero status N" before the figures when the child fails.
        let result = (try? String(contentsOfFile: resultPath, encoding: .utf8)) ?? ""
        let fields = result.split(separator: "\n").last?.split(separator: " ") ?? []
        guard fields.count == 2, let kilobytes = Int(fields[0]), let status = Int32(fields[1]) else {
            throw BenchError("could not measure \(arguments.joined(separator: " ")): \(result) \(text)")
        }
        return MeasuredProcess(seconds: seconds, peakBytes: kilobytes * 1024, exitStatus: status, standardError: text)
    }

    private static let gnuTime = "/usr/bin/time"

    /// The peak a program that uses almost no memory reads as.
    static func floor() throws -> Int { try run(["/bin/true"]).peakBytes }

    /// `monolayer-bench --measure RESULT PROGRAM ARG...`: runs the program with this process's standard
    /// streams and writes `peak-kilobytes exit-status` to RESULT, as GNU time's `--format=%M %x` does.
    static func measureChild(_ arguments: [String]) -> Never {
        guard arguments.count >= 2 else { exit(2) }
        let pid: pid_t
        do {
            pid = try ChildProcess.launch(arguments[1], arguments: Array(arguments.dropFirst()),
                                          environment: ProcessInfo.processInfo.environment,
                                          standardInput: 0, standardOutput: 1, standardError: 2)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(3)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { exit(3) }
        }
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        // ru_maxrss is in kilobytes on Linux, as GNU time's %M.
        let line = String(format: "%d %d", Int(usage.ru_maxrss), exitStatus)
        guard (try? line.write(toFile: arguments[0], atomically: false, encoding: .utf8)) != nil else { exit(3) }
        exit(0)
    }

    private static let selfPath: String = {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }()
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
