import Foundation

/// glibc's malloc settings. `mallopt` is looked up rather than called: Swift's Glibc module leaves out
/// `malloc.h`.
enum MallocArenas {
    /// One arena for all threads. The schema files and the catalog are read on two threads at once, and
    /// memory one thread's arena freed was never reused by the other (2 MB of MusicBrainz's peak); each
    /// thread's cache of small blocks still spares most allocations the shared arena's lock.
    static func useOne() {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
    }
}
