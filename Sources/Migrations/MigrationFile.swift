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
        checksum = MigrationChecksum.of(rendered)
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
            // A warning names objects, whose names may hold line breaks: one warning stays one header line.
            lines += warnings.map { "--   " + $0.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n") }
        }
        // Literals whose text has a line that reads like a marker are written escaped, so that the
        // file splits where it was meant to even for a reader that looks at lines only.
        lines += ["", Self.upMarker, MarkerSafeSQL.protect(up.trimmingCharacters(in: .whitespacesAndNewlines)), "",
                  Self.downMarker, MarkerSafeSQL.protect(down.trimmingCharacters(in: .whitespacesAndNewlines)), ""]
        return lines.joined(separator: "\n")
    }
}
