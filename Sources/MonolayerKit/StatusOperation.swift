import Foundation
import Migrations
import Plan

/// `migrations status`: applied and pending per phase, and checksum problems.
public struct StatusOperation {
    public let project: Project
    public let console: Console
    public var json: Bool

    public init(project: Project, console: Console, json: Bool) {
        self.project = project
        self.console = console
        self.json = json
    }

    struct Report: Codable {
        struct Entry: Codable {
            var id: String
            var phase: String
            var state: String
            var appliedAt: String?
        }
        var migrations: [Entry]
        var changed: [String]
        var missing: [String]
    }

    public func run() throws -> Int32 {
        let session = try MigrationSession.open(project, console: console, announce: false)
        let (files, status) = (session.files, session.status)
        let appliedByKey = Dictionary(status.applied.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = files.map { file in
            Report.Entry(id: file.id, phase: file.phase.rawValue,
                         state: status.changed.contains(file.key) ? "changed" : appliedByKey[file.key] == nil ? "pending" : "applied",
                         appliedAt: appliedByKey[file.key]?.appliedAt)
        } + status.missing.compactMap { key in
            appliedByKey[key].map { Report.Entry(id: $0.id, phase: $0.phase.rawValue, state: "missing-file", appliedAt: $0.appliedAt) }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = Report(migrations: entries, changed: status.changed, missing: status.missing)
            console.print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            printText(entries)
        }
        return status.changed.isEmpty && status.missing.isEmpty ? 0 : 3
    }

    private func printText(_ entries: [Report.Entry]) {
        guard !entries.isEmpty else { console.print("No migrations."); return }
        for phase in Phase.allCases {
            let inPhase = entries.filter { $0.phase == phase.rawValue }
            guard !inPhase.isEmpty else { continue }
            console.print("\(phase.rawValue):")
            for entry in inPhase {
                let when = entry.appliedAt.map { "  (\($0))" } ?? ""
                console.print("  \(entry.state.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entry.id)\(when)")
            }
        }
        let pending = entries.filter { $0.state == "pending" }.count
        console.print("\(entries.count - pending) applied, \(pending) pending.")
    }
}
