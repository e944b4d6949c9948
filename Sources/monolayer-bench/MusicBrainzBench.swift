import CorpusFixtures
import DevDatabase
import Foundation
import Postgres
import SchemaSource

/// MusicBrainz from shared/corpus (the parity test's fixture), when its files are plannable.
enum MusicBrainzBench {
    static func run(builds: [Build], admin: Connection, endpoint: ClusterEndpoint, binaries: PostgresBinaries) throws -> BenchResult {
        let label = "MusicBrainz"
        let schema = CorpusSchema.musicbrainz
        guard CorpusSchema.isPresent, !schema.fileNames.isEmpty else {
            return BenchResult(label: label, note: "not found at \(schema.folder.path)")
        }
        let files = try schema.files()
        do {
            _ = try SchemaLoader().load(files: files)
        } catch {
            return BenchResult(label: label, note: "not plannable yet: \(error.diagnostics.count) diagnostics, first: \(error.diagnostics.first?.message ?? "")")
        }
        var result = try BenchRun.measure(BenchSchema(label: label, files: files), builds: builds, admin: admin,
                                          endpoint: endpoint, binaries: binaries)
        if ProcessInfo.processInfo.environment["MONOLAYER_BENCH_VERIFY"] != "0" {
            result.extra = try VerifyBench.run(
                label: label, files: files, change: """
                    CREATE TABLE musicbrainz.verify_probe (id integer PRIMARY KEY, artist integer NOT NULL REFERENCES musicbrainz.artist (id));
                    CREATE INDEX verify_probe_artist ON musicbrainz.verify_probe (artist);
                    """, url: result.url, endpoint: endpoint, binaries: binaries)
        }
        return result
    }
}
