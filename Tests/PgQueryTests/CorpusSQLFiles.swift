import Foundation
import Testing

/// Every SQL file of the shared corpus (schemas and before/after pairs), which lies beside the repository.
enum CorpusSQLFiles {
    static func all() throws -> [URL] {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "sql" } ?? []
        try #require(files.count > 1_000, "the corpus is beside the repository (shared/corpus)")
        return files
    }
}
