import Foundation
import Testing

/// Passwords are masked by construction: whatever the target and whatever goes wrong, no command prints
/// one or writes one to a file.
@Suite struct PasswordMaskingTests {
    static let secret = "SECRETpw"

    /// (how the target is given, the text): the five paths that printed a password before, then others.
    static let targets: [(String, String)] = [
        ("flag", "postgresql://app:pw%zz\(secret)@127.0.0.1:1/db"),
        ("flag", "postgresql://app:pw/\(secret)@127.0.0.1:1/db"),
        ("flag", "postgresql://app:pw \(secret)@127.0.0.1:1/db"),
        ("toml", "url = \"postgresql://app:\(secret)@127.0.0.1:1/${DB\""),
        ("toml", "url = postgresql://app:\(secret)@127.0.0.1:1/db"),
        ("flag", "postgresql://app:\(secret)@127.0.0.1:1/db"),
        ("flag", "postgresql://app:pw@\(secret)@127.0.0.1:1/db"),
        ("flag", "host=127.0.0.1 port=1 password=\(secret)"),
        ("flag", "host=127.0.0.1 port=1 password=pw \(secret)"),
        ("flag", "host=127.0.0.1 port=1 password='\(secret)"),
        ("env", "postgresql://app:%\(secret)@127.0.0.1:1/db"),
        ("env", "postgresql://app:\(secret)@127.0.0.1:abc/db"),
        ("toml", "url = \"postgresql://app:\\q\(secret)@127.0.0.1:1/db\""),
        ("toml", "url = \"postgresql://app:\(secret)@127.0.0.1:1/db?sslmode=bogus\""),
        ("url_env", "postgresql://app:\(secret)@[::1/db"),
    ]

    static let commands: [[String]] = [
        ["plan"], ["plan", "--format", "json"], ["sync", "--yes"], ["migrations", "generate"], ["migrations", "status"],
        ["migrations", "apply", "--phase", "all", "--yes"], ["migrate", "--yes"], ["rollback", "--all", "--yes", "--keep-files"],
        ["pull", "--out", "pulled"],
    ]

    @Test(arguments: 0..<targets.count)
    func noCommandPrintsOrWritesThePassword(index: Int) throws {
        let (kind, text) = Self.targets[index]
        let cli = try CLIHarness()
        try cli.write("accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n")
        let config = cli.root.appendingPathComponent("monolayer.toml")
        var flags = ["--schema", cli.schema.path, "--migrations", cli.migrations.path]
        var environment: [String: String] = [:]
        switch kind {
        case "flag": flags += ["--database-url", text]
        case "env": environment["DATABASE_URL"] = text
        case "toml":
            try "[environments.prod]\n\(text)\n".write(to: config, atomically: true, encoding: .utf8)
            flags += ["-c", "prod", "--config", config.path]
        default:
            try "[environments.prod]\nurl_env = \"PROD_URL\"\n".write(to: config, atomically: true, encoding: .utf8)
            flags += ["-c", "prod", "--config", config.path]
            environment["PROD_URL"] = text
        }
        for command in Self.commands.map({ $0.map { $0 == "pulled" ? cli.root.appendingPathComponent("pulled").path : $0 } }) {
            let outcome = try cli.run(command + flags, projectFlags: false, environment: environment)
            #expect(outcome.status != 0, "\(command) cannot reach a database here")
            #expect(!outcome.output.contains(Self.secret), "\(command) printed the password: \(outcome.output)")
        }
        for file in try everyFile(under: cli.root) where file.lastPathComponent != "monolayer.toml" {
            let contents = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            #expect(!contents.contains(Self.secret), "\(file.path) holds the password")
        }
    }

    @Test func aWorkingTargetWithAPasswordIsShownMasked() throws {
        let cli = try CLIHarness()
        try cli.write("accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n")
        // The test server trusts local connections, so the password is sent and ignored.
        let url = cli.databaseURL.replacingOccurrences(of: "@", with: ":\(Self.secret)@")
        for command in [["sync", "--yes"], ["plan"], ["migrations", "status"], ["migrate", "--yes"]] {
            let outcome = try cli.run(command + ["--database-url", url])
            #expect(outcome.status == 0, "\(command): \(outcome.output)")
            #expect(!outcome.output.contains(Self.secret), "\(command): \(outcome.output)")
            #expect(outcome.stderr.contains(":***@"), "\(command): \(outcome.stderr)")
        }
        for file in try everyFile(under: cli.root) {
            #expect(!((try? String(contentsOf: file, encoding: .utf8)) ?? "").contains(Self.secret), "\(file.path)")
        }
    }

    func everyFile(under root: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
        }
        return files
    }
}
