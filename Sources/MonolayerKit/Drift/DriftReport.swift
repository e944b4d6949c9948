import Foundation
import Migrations
import Plan

/// Everything `drift` found: objects that differ, what is wrong between the migrations recorded in the
/// database and the repository's files, and the locks the read took.
struct DriftReport {
    typealias Reference = DriftOperation.Reference

    /// A finding about the migrations recorded in the database.
    struct MigrationFinding: Equatable, Encodable {
        enum Kind: String, Encodable {
            /// Applied there, and no file of the repository has it.
            case unknownToRepository = "unknown_to_repository"
            /// Applied there from a file whose checksum differs from the file's today.
            case editedSinceApplied = "edited_since_applied"
            /// A recorded migration that fails when replayed: the schema it builds cannot be compared.
            case failsOnReplay = "fails_on_replay"
            /// In the repository, not applied there: the next deployment's work, not drift.
            case pending
        }

        var kind: Kind
        var migration: String
        var message: String
        var isDrift: Bool { kind != .pending }
    }

    var reference: Reference
    /// Whether the database has monolayer's tracking table.
    var tracked: Bool
    /// How many migrations were replayed to build the expected schema (against migrations).
    var replayed: Int
    var objects: [ObjectDrift]
    var migrations: [MigrationFinding]
    var locks: [TargetSnapshot.HeldLock]

    var hasDrift: Bool { !objects.isEmpty || migrations.contains { $0.isDrift } }
}

extension DriftReport {
    func render(_ format: PlanRenderer.Format) -> String {
        switch format {
        case .json: return json
        case .markdown: return lines(bullet: "- ", heading: { "**\($0)**" }, code: { "`\($0)`" }).joined(separator: "\n")
        case .text: return lines(bullet: "- ", heading: { $0 }, code: { $0 }).joined(separator: "\n")
        }
    }

    private var summary: String {
        let what = reference == .migrations ? "what its \(replayed) applied migration(s) build" : "the schema files"
        let drifted = migrations.filter(\.isDrift).count
        if !hasDrift { return "drift: none; the database matches \(what)" }
        return "drift: the database differs from \(what): \(objects.count) object(s)"
            + (drifted == 0 ? "" : ", \(drifted) migration finding(s)")
    }

    private func lines(bullet: String, heading: (String) -> String, code: (String) -> String) -> [String] {
        var lines = [heading(summary)]
        if !tracked {
            lines.append("note: the database has no monolayer tracking table (schema monolayer): no migration was ever applied "
                + "there, so every object in it is reported as not from migrations.")
        }
        for finding in objects {
            lines.append(bullet + "\(finding.object.display): " + Self.sentence(finding, reference: reference))
            if let definition = finding.definition { lines.append("    " + code(definition)) }
            for attribute in finding.attributes {
                if let expected = attribute.expected, let actual = attribute.actual {
                    lines.append("    \(attribute.attribute): \(code(expected)) in \(reference.phrase), \(code(actual)) in the database")
                } else {
                    lines.append("    \(attribute.attribute) differs")
                }
            }
        }
        let drifted = migrations.filter(\.isDrift)
        if !drifted.isEmpty {
            lines.append(heading("migrations:"))
            lines += drifted.map { bullet + "\($0.migration): \($0.message)" }
        }
        let pending = migrations.filter { !$0.isDrift }
        if !pending.isEmpty {
            lines.append(heading("pending (in the repository, not applied to this database; not drift):"))
            lines += pending.map { bullet + $0.migration }
        }
        return lines
    }

    static func sentence(_ finding: ObjectDrift, reference: Reference) -> String {
        switch finding.difference {
        case .extra: return "in the database, not in \(reference.phrase) (made by hand or by another tool)"
        case .missing: return "in \(reference.phrase), missing from the database (dropped by hand?)"
        case .changed: return "differs from \(reference.phrase)"
        }
    }

    private var json: String {
        struct Object: Encodable {
            var object: DriftObject
            var difference: ObjectDrift.Difference
            var description: String
            var attributes: [ObjectDrift.Attribute]
            var definition: String?
        }
        struct Migration: Encodable {
            var kind: MigrationFinding.Kind
            var migration: String
            var message: String
            var drift: Bool
        }
        struct Report: Encodable {
            var version: Int
            var against: String
            var drift: Bool
            var trackingTable: Bool
            var migrationsReplayed: Int?
            var objects: [Object]
            var migrations: [Migration]
            var locks: [TargetSnapshot.HeldLock]
        }
        let report = Report(
            version: 1, against: reference.rawValue, drift: hasDrift, trackingTable: tracked,
            migrationsReplayed: reference == .migrations ? replayed : nil,
            objects: objects.map {
                Object(object: $0.object, difference: $0.difference, description: Self.sentence($0, reference: reference),
                       attributes: $0.attributes, definition: $0.definition)
            },
            migrations: migrations.map { Migration(kind: $0.kind, migration: $0.migration, message: $0.message, drift: $0.isDrift) },
            locks: locks)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

extension DriftOperation.Reference {
    /// "the applied migrations" / "the schema files", as the report's sentences need it.
    var phrase: String { self == .migrations ? "the applied migrations" : "the schema files" }
}
