import Foundation

/// Where commands talk to the user: results on stdout, progress and problems on stderr, questions
/// only when a terminal can answer them.
public final class Console: @unchecked Sendable {
    public let assumeYes: Bool
    public let isInteractive: Bool

    public init(assumeYes: Bool, isInteractive: Bool = isatty(0) == 1 && isatty(1) == 1) {
        self.assumeYes = assumeYes
        self.isInteractive = isInteractive
    }

    public func print(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    public func progress(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Asks a yes/no question. With `--yes` the answer is yes; without a terminal the command is
    /// refused (exit 3) and told which flag to pass.
    public func confirm(_ question: String) throws -> Bool {
        if assumeYes { return true }
        guard isInteractive else {
            throw MonolayerError.confirmationNeeded("\(question)\nNo terminal to ask on: pass --yes to confirm.")
        }
        FileHandle.standardOutput.write(Data("\(question) [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }
}
