import Foundation

/// A failure of the embedded PostgreSQL cluster machinery, worded for the person at the terminal.
///
/// Every message says what failed and what to do about it: the dev database is meant to need no setup, so when it
/// does fail the user has no other documentation at hand. Output of the programs involved (initdb, pg_ctl) and the
/// tail of the server log are included verbatim because they usually name the real cause (a full disk, a missing
/// shared library, a port or shared-memory problem).
public struct DevDatabaseError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The complete, human-readable message.
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }

    /// A program exited unsuccessfully; `advice` says what the user can do.
    static func commandFailed(
        _ what: String, result: CommandRunner.Result, advice: String, logTail: String? = nil
    ) -> DevDatabaseError {
        var text = "\(what) failed (\(result.exitDescription)).\n  command: \(result.commandLine)"
        let output = result.combinedOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        if !output.isEmpty {
            text += "\n  output:\n" + indent(output)
        }
        if let logTail, !logTail.isEmpty {
            text += "\n  server log (last lines):\n" + indent(logTail)
        }
        text += "\n\(advice)"
        return DevDatabaseError(text)
    }

    /// The last `count` lines of `text`, for log excerpts that stay readable in a terminal.
    static func tail(of text: String, lines count: Int = 30) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.suffix(count).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + $0 }
            .joined(separator: "\n")
    }
}
