import Testing

/// Every command documents itself, and the texts describe what it does.
@Suite struct HelpTests {
    static let commands: [([String], String)] = [
        ([], "declarative schema compiler"),
        (["init"], "monolayer.toml"),
        (["sync"], "write migrations"),
        (["plan"], "Writes nothing"),
        (["migrations"], "migration files"),
        (["migrations", "generate"], "without applying"),
        (["migrations", "scaffold"], "data migration"),
        (["migrations", "apply"], "contract single"),
        (["migrations", "status"], "pending"),
        (["migrate"], "Apply pending migrations"),
        (["lint"], "-- monolayer: allow CODE reason"),
        (["dev-db"], "embedded development database"),
    ]

    @Test(arguments: commands)
    func helpDescribesTheCommand(_ command: ([String], String)) throws {
        let outcome = try CLIHarness().run(command.0 + ["--help"], projectFlags: false)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(command.1), "help of \(command.0) should mention \(command.1): \(outcome.stdout)")
    }

    /// `--strict` is on the commands that read schema files, and only there.
    @Test(arguments: [["plan"], ["sync"], ["migrations", "generate"]])
    func strictIsOfferedWhereSchemaFilesAreRead(_ command: [String]) throws {
        let outcome = try CLIHarness().run(command + ["--help"], projectFlags: false)
        #expect(outcome.stdout.contains("--strict"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("strict = true"), "\(outcome.stdout)")
    }

    @Test func strictIsNotOfferedWhereNoSchemaFileIsRead() throws {
        #expect(try CLIHarness().run(["migrate", "--strict"], projectFlags: false).status == 2)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let outcome = try CLIHarness().run(["sync", "--frobnicate"], projectFlags: false)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--frobnicate"))
    }
}
