import DevDatabase
import Foundation
import Postgres
import SchemaSource

/// MusicBrainz from ../shared/corpus (LOAD_ORDER.txt), when its files are plannable.
enum MusicBrainzBench {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/schemas/musicbrainz")

    static func run(admin: Connection, endpoint: ClusterEndpoint, binaries: PostgresBinaries) throws -> BenchResult {
        let label = "MusicBrainz"
        guard let order = try? String(contentsOf: folder.appendingPathComponent("LOAD_ORDER.txt"), encoding: .utf8) else {
            return BenchResult(label: label, parse: 0, introspect: 0, diff: 0, dump: 0, note: "not found at \(folder.path)")
        }
        let names = order.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".sql") }
        let prefix = "CREATE SCHEMA musicbrainz;\nSET search_path = musicbrainz, public;\n"
        var files: [SourceFile] = []
        for (index, name) in names.enumerated() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            // Schema files are read in path order: number them in load order, each with the search path.
            files.append(SourceFile(url: folder.appendingPathComponent(name), displayPath: String(format: "%02d-%@", index, name),
                                    text: (index == 0 ? prefix : "SET search_path = musicbrainz, public;\n") + text))
        }
        do {
            _ = try SchemaLoader().load(files: files)
        } catch {
            return BenchResult(label: label, parse: 0, introspect: 0, diff: 0, dump: 0,
                               note: "not plannable yet: \(error.diagnostics.count) diagnostics, first: \(error.diagnostics.first?.message ?? "")")
        }
        let load = files.map(\.text).joined(separator: "\n")
        return try BenchRun.measure(label: label, files: files, loadSQL: load, admin: admin, endpoint: endpoint, binaries: binaries)
    }
}
