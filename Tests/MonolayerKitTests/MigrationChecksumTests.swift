import Migrations
import Testing

/// Migration checksums are SHA-256 in lowercase hex over the UTF-8 bytes: checksums recorded by earlier
/// versions must keep matching, so the known vectors pin the format.
@Suite struct MigrationChecksumTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("The quick brown fox jumps over the lazy dog",
         "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func matchesKnownVectors(text: String, digest: String) {
        #expect(MigrationChecksum.of(text) == digest)
    }

    @Test func hashesUTF8Bytes() {
        #expect(MigrationChecksum.of("é") == MigrationChecksum.of(String(decoding: [0xC3, 0xA9], as: UTF8.self)))
        #expect(MigrationChecksum.of("é") != MigrationChecksum.of("e"))
    }
}
