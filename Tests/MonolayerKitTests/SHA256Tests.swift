import Migrations
import Testing

/// The checksum of migration files, against FIPS 180-4 vectors.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("The quick brown fox jumps over the lazy dog",
         "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func matchesKnownVectors(text: String, digest: String) {
        #expect(SHA256.hex(text) == digest)
    }

    @Test func matchesTheMillionAVector() {
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundariesGiveDistinctDigestsOfFullLength() {
        // 55, 56 and 64 bytes sit on either side of where the length no longer fits the last block.
        let digests = [55, 56, 63, 64, 65].map { SHA256.digest(Array(repeating: 0x61, count: $0)) }
        #expect(digests.allSatisfy { $0.count == 32 })
        #expect(Set(digests.map { $0.map(String.init).joined(separator: ",") }).count == 5)
        #expect(SHA256.hex(String(repeating: "a", count: 64))
            == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func hashesUTF8Bytes() {
        #expect(SHA256.hex("é") == SHA256.hex(String(decoding: [0xC3, 0xA9], as: UTF8.self)))
        #expect(SHA256.hex("é") != SHA256.hex("e"))
    }
}
