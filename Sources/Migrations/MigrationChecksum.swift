import Crypto

/// The checksum recorded for a migration: SHA-256 of the file's UTF-8 bytes, in lowercase hex. An applied
/// migration whose file no longer has it is refused.
public enum MigrationChecksum {
    public static func of(_ text: String) -> String {
        Crypto.SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
