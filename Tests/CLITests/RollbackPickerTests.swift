import Foundation
import Testing

/// The rollback picker on a real terminal: `script` gives the command a pseudo-terminal, and the
/// answers are typed into it.
@Suite struct RollbackPickerTests {
    static let scriptAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    @Test(.enabled(if: scriptAvailable)) func pickerRollsBackToTheChosenMigrationAndDeletesFiles() throws {
        let cli = try CLIHarness()
        try cli.write("t.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n")
        #expect(try cli.run(["sync", "--yes", "--name", "first"]).status == 0)
        try cli.write("t.sql", "CREATE TABLE t (id bigint PRIMARY KEY, note text);\n")
        #expect(try cli.run(["sync", "--yes", "--name", "second"]).status == 0)

        let command = [CLIHarness.binary.path, "rollback", "--schema", cli.schema.path, "--migrations", cli.migrations.path,
                       "--database-url", cli.databaseURL].map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Keep "first" (number 2, newest first), confirm the down sections, delete the files.
        for answer in ["2", "y", "y"] {
            Thread.sleep(forTimeInterval: 0.7)
            input.fileHandleForWriting.write(Data((answer + "\n").utf8))
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("1. expand/") && text.contains("-second"), "the picker lists newest first: \(text)")
        #expect(text.contains("Rolled back 1 migration"), "\(text)")
        #expect(cli.allMigrationFiles.allSatisfy { $0.hasSuffix("-first.sql") }, "\(cli.allMigrationFiles)")
    }
}
