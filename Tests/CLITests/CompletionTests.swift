import DevDatabase
import Foundation
import Testing

/// `make install` installs completion scripts generated from the argument definitions; they name every
/// command, and the bash one is valid bash.
@Suite struct CompletionTests {
    static let root = CLIHarness.binary.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func makeInstallCompletionsWritesAScriptPerShell() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("monolayer-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let make = try CommandRunner.run(["make", "-C", Self.root.path, "--no-print-directory", "install-completions",
                                          "PREFIX=\(prefix.path)", "BIN=\(CLIHarness.binary.path)"])
        #expect(make.succeeded, "\(make.combinedOutput)")
        let commands = CommandDocsTests.commands.filter { $0.path.count == 1 }.map { $0.path[0] }
        #expect(commands.contains("sync") && commands.contains("check"))
        for script in ["share/bash-completion/completions/monolayer", "share/zsh/site-functions/_monolayer",
                       "share/fish/vendor_completions.d/monolayer.fish"] {
            let text = try String(contentsOf: prefix.appendingPathComponent(script), encoding: .utf8)
            for command in commands {
                #expect(text.contains(command), "\(script) completes \(command)")
            }
        }
        let syntax = try CommandRunner.run(["bash", "-n", prefix.appendingPathComponent("share/bash-completion/completions/monolayer").path])
        #expect(syntax.succeeded, "\(syntax.combinedOutput)")
    }
}
