import Foundation
import Migrations
import Plan

/// `migrations status`: applied and pending per phase, checksum problems, and files in the migrations
/// folder that every apply would refuse (broken, misplaced, ambiguous), with why.
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
            /// For a broken file: `path[:line:col]: reason`.
            var reason: String?
        }
        var migrations: [Entry]
        var changed: [String]
        var missing: [String]
        var broken: [String]
        var outOfOrder: [String]
    }

    public func run() throws -> Int32 {
        let session = try MigrationSession.open(project, console: console)
        let (files, status, problems) = (session.files, session.status, session.folder.problems)
        let appliedByKey = Dictionary(status.applied.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        // An applied migration whose file is broken is listed as broken, not as missing.
        let brokenKeys = Set(problems.compactMap(\.key))
        let missing = status.missing.filter { !brokenKeys.contains($0) }
        let entries = files.map { file in
            Report.Entry(id: file.id, phase: file.phase.rawValue, state: state(of: file, status: status, applied: appliedByKey),
                         appliedAt: appliedByKey[file.key]?.appliedAt)
        } + missing.compactMap { key in
            appliedByKey[key].map { Report.Entry(id: $0.id, phase: $0.phase.rawValue, state: "missing-file", appliedAt: $0.appliedAt) }
        } + problems.map { problem in
            Report.Entry(id: problem.id ?? (problem.path as NSString).lastPathComponent, phase: problem.phase?.rawValue ?? "",
                         state: "broken", appliedAt: problem.key.flatMap { appliedByKey[$0]?.appliedAt },
                         reason: problem.description)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let report = Report(migrations: entries, changed: status.changed, missing: missing,
                                broken: problems.map(\.description), outOfOrder: status.outOfOrder.keys.sorted())
            console.print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            printText(entries)
        }
        return status.changed.isEmpty && missing.isEmpty && problems.isEmpty ? 0 : 3
    }

    private func state(of file: MigrationFile, status: MigrationStatus, applied: [String: MigrationTracking.Applied]) -> String {
        if status.changed.contains(file.key) { return "changed" }
        if applied[file.key] != nil { return "applied" }
        return status.outOfOrder[file.key] == nil ? "pending" : "pending (out of order)"
    }

    private func printText(_ entries: [Report.Entry]) {
        guard !entries.isEmpty else { console.print("No migrations."); return }
        // Files outside the phase folders come last, under their own heading.
        for group in Phase.allCases.map(\.rawValue) + [""] {
            let inGroup = entries.filter { $0.phase == group }
            guard !inGroup.isEmpty else { continue }
            console.print(group.isEmpty ? "not in a phase folder:" : "\(group):")
            for entry in inGroup {
                let when = entry.appliedAt.map { "  (\($0))" } ?? ""
                console.print("  \(entry.state.padding(toLength: 22, withPad: " ", startingAt: 0)) \(entry.id)\(when)")
                if let reason = entry.reason { console.print("      \(reason)") }
            }
        }
        let pending = entries.filter { $0.state.hasPrefix("pending") }.count
        let broken = entries.filter { $0.state == "broken" }.count
        console.print("\(entries.count - pending - broken) applied, \(pending) pending"
            + (broken == 0 ? "." : ", \(broken) broken: every apply refuses until they are fixed."))
    }
}
