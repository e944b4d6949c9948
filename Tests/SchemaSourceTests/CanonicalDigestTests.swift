import SchemaModel
import SchemaSource
import Testing

/// Views are compared by the digests of their canonical texts.
@Suite struct CanonicalDigestTests {
    @Test func theDigestIsTheTextsSHA256() {
        #expect(CanonicalDigest(of: "abc").description == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(CanonicalDigest(of: "").description == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func equalTextsHaveEqualDigestsAndOthersDiffer() {
        let text = #"{SelectStmt:{targetList:[{ResTarget:{val:{ColumnRef:{fields:[{String:{sval:"id"}}]}}}}]}}"#
        #expect(CanonicalDigest(of: text) == CanonicalDigest(of: String(text)))
        #expect(CanonicalDigest(of: text).hashValue == CanonicalDigest(of: String(text)).hashValue)
        #expect(CanonicalDigest(of: text) != CanonicalDigest(of: text.replacingOccurrences(of: "id", with: "ie")))
        #expect(Set([text, text + " ", "x"].map { CanonicalDigest(of: $0) }).count == 3)
    }
}
