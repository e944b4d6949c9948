import Foundation
import Postgres
import Testing
import TestSupport

/// The sqldef pairs measurement: every before/after pair of `shared/corpus/pairs/sqldef` (838 pairs from
/// sqldef's PostgreSQL tests) run on the test server, in process, one after another. What counts as
/// skipped, passed and failed is defined on `SqldefOutcome`. Prints a table per folder (loadable, passed,
/// failed, rate), every failure as `folder/Case: reason`, the total rate and the threshold, and writes the
/// same report to `.build/sqldef-pairs-<major>.txt` for others to read. The test fails when the rate drops
/// below `threshold` for the server's major version, so a regression fails CI.
///
/// A clone without the corpus beside it skips this test with the reason; CI always has the corpus, and
/// there a missing one fails the run instead of passing silently (as `CorpusParityTests`).
@Suite struct SqldefPairsTests {
    static let runs = SqldefPair.isPresent || ProcessInfo.processInfo.environment["CI"] != nil

    /// The measured pass rate (percent of loadable pairs, rounded down to one decimal) per server major
    /// version: raise it when the rate rises, never lower it to make a change pass.
    static let threshold: [Int: Double] = [15: 98.7, 18: 98.7]

    /// Longest a pair may take (load, plan, apply, re-plan, parity) before it counts as `crash/timeout`.
    static let timeout: Double = 60

    @Test(.enabled(if: runs, "the sqldef pairs are not beside this clone (shared/corpus/pairs/sqldef; set MONOLAYER_CORPUS)"))
    func sqldefPairsConvergeAndReplanToNothing() throws {
        try #require(SqldefPair.isPresent, "CI has no corpus at \(SqldefPair.root.path)")
        let started = Date()
        let pairs = try SqldefPair.all()
        let current = try ScratchDatabase(prefix: "sqldef")
        let target = try ScratchDatabase(prefix: "sqldef_target")
        defer { current.drop(); target.drop() }

        let probe = try Connection(current.url)
        let serverVersion = probe.serverVersion
        let major = serverVersion / 10_000
        let extensions = Set(try probe.query("SELECT name FROM pg_available_extensions").records.compactMap { $0["name"] })
        let collations = Set(try probe.query("SELECT collname FROM pg_collation WHERE collencoding IN (-1, pg_char_to_encoding(getdatabaseencoding()))").records.compactMap { $0["collname"] })
        for role in Set(pairs.flatMap { $0.managedRoles + ($0.user.map { [$0] } ?? []) }).sorted() {
            try PlainLoad.createRole(role, probe)
        }
        probe.close()

        let progress = Self.buildFolder.appendingPathComponent("sqldef-pairs-\(major).progress")
        var results: [SqldefPairResult] = []
        for pair in pairs {
            // A trap ends the process with no report: this file then names the pair that caused it.
            try? "\(pair)\n".write(to: progress, atomically: false, encoding: .utf8)
            if let unmet = pair.unmetRequirement(serverVersion: serverVersion, availableExtensions: extensions, collations: collations) {
                results.append(SqldefPairResult(pair: pair.description, folder: pair.folder, outcome: .skipped(unmet), isErrorPair: pair.isErrorCase))
                continue
            }
            let (url, targetURL) = (current.url, target.url)
            if let result = Self.withTimeout(Self.timeout, { SqldefPairRun.run(pair, url: url, targetURL: targetURL) }) {
                results.append(result)
                try current.reset()
                try target.reset()
            } else {
                results.append(SqldefPairResult(pair: pair.description, folder: pair.folder,
                                                outcome: .failed(family: "crash/timeout", detail: "no answer in \(Int(Self.timeout))s"),
                                                isErrorPair: pair.isErrorCase))
                try current.replace()
                try target.replace()
            }
        }
        try? FileManager.default.removeItem(at: progress)

        let seconds = Date().timeIntervalSince(started)
        let report = SqldefPairsReport(results: results, serverVersion: serverVersion, seconds: seconds,
                                       threshold: Self.threshold[major] ?? Self.threshold.values.min() ?? 0,
                                       replacements: current.replacements + target.replacements)
        let text = report.text()
        print(text)
        let file = Self.buildFolder.appendingPathComponent("sqldef-pairs-\(major).txt")
        try? text.write(to: file, atomically: true, encoding: .utf8)
        print("(report written to \(file.path))")
        #expect(report.rate >= report.threshold,
                "sqldef pairs on PostgreSQL \(major): \(report.passed)/\(report.loadable) = \(SqldefPairsReport.percent(report.rate)) is below the threshold \(report.threshold)%")
    }

    /// The package's `.build` folder (created if missing).
    static let buildFolder: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent(".build")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Runs `body` on a thread of its own (with a large stack, as the parser recurses) and waits at most
    /// `seconds`; nil on timeout, leaving the thread to finish or fail on its own.
    static func withTimeout<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
        let box = TimeoutBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let value = body()
            box.lock.withLock { box.value = value }
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.lock.withLock { box.value }
    }
}

/// The answer of a thread `withTimeout` waits for.
private final class TimeoutBox<T>: @unchecked Sendable {
    let lock = NSLock()
    var value: T?
}
