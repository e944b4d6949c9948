import Foundation
import Plan

/// One migration file: `migrations/<phase>/<yyyyMMddHHmmssSSS>-<name>.sql`, with a readable header,
/// an up section and a down section of plain SQL.
public struct MigrationFile: Equatable, Sendable {
    /// The file name without `.sql`: `20261122103000123-add-email`.
    public var id: String
    public var phase: Phase
    public var transactional: Bool
    public var warnings: [String]
    public var up: String
    public var down: String
    /// SHA-256 of the file's bytes: an applied migration whose file changed is refused.
    public var checksum: String
    public var url: URL?

    static let upMarker = "-- monolayer:up"
    static let downMarker = "-- monolayer:down"

    public init(id: String, phase: Phase, transactional: Bool, warnings: [String], up: String, down: String, url: URL? = nil) {
        self.id = id
        self.phase = phase
        self.transactional = transactional
        self.warnings = warnings
        self.up = up
        self.down = down
        self.url = url
        checksum = ""
        checksum = SHA256.hex(rendered)
    }

    /// The part after the timestamp: `add-email`.
    public var name: String {
        guard let dash = id.firstIndex(of: "-") else { return id }
        return String(id[id.index(after: dash)...])
    }

    public var timestamp: String { String(id.prefix { $0 != "-" }) }

    /// `phase/id`, which identifies a migration (one run writes the same id in several phases).
    public var key: String { "\(phase.rawValue)/\(id)" }

    public var rendered: String {
        var lines = [
            "-- monolayer migration",
            "-- id: \(id)",
            "-- phase: \(phase.rawValue)",
            "-- transaction: \(transactional ? "yes" : "no (each statement commits on its own)")",
        ]
        if warnings.isEmpty {
            lines.append("-- warnings: none")
        } else {
            lines.append("-- warnings:")
            lines += warnings.map { "--   \($0)" }
        }
        lines += ["", Self.upMarker, up.trimmingCharacters(in: .whitespacesAndNewlines), "", Self.downMarker,
                  down.trimmingCharacters(in: .whitespacesAndNewlines), ""]
        return lines.joined(separator: "\n")
    }

    /// Reads a file written by `rendered` (or edited by hand, as data migrations are).
    public static func parse(_ text: String, id: String, phase: Phase, url: URL?) throws -> MigrationFile {
        let lines = text.components(separatedBy: "\n")
        guard let upIndex = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == upMarker }) else {
            throw MigrationError.malformed(path: url?.path ?? id, reason: "no `\(upMarker)` line")
        }
        let downIndex = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == downMarker } ?? lines.count
        guard downIndex > upIndex else {
            throw MigrationError.malformed(path: url?.path ?? id, reason: "`\(downMarker)` comes before `\(upMarker)`")
        }
        let header = lines[..<upIndex]
        var transactional = true
        var warnings: [String] = []
        for line in header {
            if line.hasPrefix("-- transaction:") { transactional = line.dropFirst(15).trimmingCharacters(in: .whitespaces).hasPrefix("yes") }
            if line.hasPrefix("--   ") { warnings.append(String(line.dropFirst(5))) }
            if line.hasPrefix("-- phase:"), line.dropFirst(9).trimmingCharacters(in: .whitespaces) != phase.rawValue {
                throw MigrationError.malformed(path: url?.path ?? id, reason: "its header names another phase than its folder (\(phase.rawValue))")
            }
        }
        var file = MigrationFile(
            id: id, phase: phase, transactional: transactional, warnings: warnings,
            up: lines[(upIndex + 1)..<downIndex].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines),
            down: downIndex < lines.count
                ? lines[(downIndex + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) : "",
            url: url)
        file.checksum = SHA256.hex(text)
        return file
    }
}
