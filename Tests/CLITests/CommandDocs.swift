import DevDatabase
import Foundation

/// The command pages under docs/commands, read the way the docs test checks them: the options each page
/// lists, and the example commands it shows.
struct CommandDocs {
    static let folder = CLIHarness.binary.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/commands")

    /// `migrations apply` is documented in `migrations-apply.md`; the root command in README.md.
    static func pageURL(_ path: [String]) -> URL {
        folder.appendingPathComponent(path.isEmpty ? "README.md" : path.joined(separator: "-") + ".md")
    }

    static func page(_ path: [String]) throws -> String {
        try String(contentsOf: pageURL(path), encoding: .utf8)
    }

    /// The lines of the section under `## title`, up to the next `## ` heading.
    static func section(_ title: String, of text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "## \(title)" }) else { return [] }
        let rest = lines[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("## ") })
    }

    /// Option names in the first cell of each table row of a section: `-c`, `--env`, `--format`.
    static func tableOptions(_ title: String, of text: String) -> Set<String> {
        var names: Set<String> = []
        for row in section(title, of: text) where row.hasPrefix("|") {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count > 1 else { continue }
            names.formUnion(optionNames(in: String(cells[1])))
        }
        return names
    }

    static func optionNames(in text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9-])(--[a-z][a-z0-9-]*|-[A-Za-z])(?![A-Za-z0-9-])")
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }

    /// Fenced blocks of a language (`sh`, `sql`, `toml`, `yaml`) within some lines.
    static func blocks(_ language: String, in lines: [Substring]) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```" + language {
                current = []
            } else if current != nil, trimmed == "```" {
                blocks.append(current!)
                current = nil
            } else if current != nil {
                current!.append(String(line))
            }
        }
        return blocks
    }

    /// One command of an example: the shell line and the exit status the page promises (`# exit 1` at the
    /// end of the line; 0 when it says nothing).
    struct Example: CustomStringConvertible {
        var command: String
        var expectedStatus: Int32
        var description: String { command }
    }

    static func examples(in text: String) -> [Example] {
        blocks("sh", in: section("Examples", of: text)).flatMap { $0 }.compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            if let marker = trimmed.range(of: "# exit ", options: .backwards),
               let status = Int32(trimmed[marker.upperBound...].trimmingCharacters(in: .whitespaces)) {
                return Example(command: trimmed[..<marker.lowerBound].trimmingCharacters(in: .whitespaces), expectedStatus: status)
            }
            return Example(command: trimmed, expectedStatus: 0)
        }
    }
}

/// The command tree as `monolayer --experimental-dump-help` describes it (swift-argument-parser's JSON).
struct CommandTree {
    struct Command {
        var path: [String]
        var abstract: String
        /// `--format`, `-c`, `--env`, ... (help excluded).
        var options: Set<String>
    }

    static func load() throws -> [Command] {
        let outcome = try CLIHarness.runBinary(["--experimental-dump-help"])
        let root = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        var commands: [Command] = []
        func walk(_ node: [String: Any], _ path: [String]) {
            var options: Set<String> = []
            for argument in node["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] {
                    guard let kind = name["kind"] as? String, let text = name["name"] as? String else { continue }
                    options.insert(kind == "short" ? "-" + text : "--" + text)
                }
            }
            options.subtract(["-h", "--help"])
            commands.append(Command(path: path, abstract: node["abstract"] as? String ?? "", options: options))
            for child in node["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = child["commandName"] as? String, name != "help" else { continue }
                walk(child, path + [name])
            }
        }
        walk(root?["command"] as? [String: Any] ?? [:], [])
        return commands
    }
}

extension CLIHarness {
    /// The binary with exactly these arguments, outside any project.
    static func runBinary(_ arguments: [String]) throws -> Outcome {
        let result = try CommandRunner.run([binary.path] + arguments)
        return Outcome(status: result.status, stdout: result.standardOutput, stderr: result.standardError)
    }
}
