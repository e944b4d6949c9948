import Foundation

/// glibc's malloc settings for a run of the command. `mallopt` is looked up rather than called: Swift's
/// Glibc module leaves out `malloc.h`.
enum MallocSettings {
    static func apply() {
        // At most two arenas, shared by all threads. With one per thread (the schema files and the catalog
        // are read on several at once), memory one arena freed was never reused by the others: 1.7 MB of
        // MusicBrainz's peak. A single arena saves 0.8 MB more, but the threads then wait on its lock
        // (parse 20 % slower, the whole command 3 %).
        set(option: -8 /* M_ARENA_MAX */, to: 2)
        // Blocks of 64 KB and more mapped on their own, so that freeing one (libpg_query's JSON text of a
        // whole file, a file's tokens) gives the pages back. By default glibc raises this threshold to the
        // size of each such block freed, and the next ones then left holes in the heap that later
        // allocations only partly filled: 0.9 MB of MusicBrainz's peak.
        set(option: -3 /* M_MMAP_THRESHOLD */, to: 64 * 1024)
    }

    private static func set(option: Int32, to value: Int32) {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(option, value)
    }
}
