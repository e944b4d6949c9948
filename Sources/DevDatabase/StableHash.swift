/// A short, stable name fragment derived from a path (64-bit FNV-1a, as 16 hex digits).
///
/// Directories under /tmp (unix socket directories, the root fallback cluster location) must be named the same way
/// by every process that looks for them, so the name is a pure function of the path; Swift's `Hasher` is seeded
/// per process and CryptoKit is not available everywhere, hence this small function.
enum StableHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
