@testable import SchemaModel
import Testing

/// Relation names as `regclass` input reads them; ASCII names are read as bytes, others by Characters,
/// and the two readings agree wherever both apply.
@Suite struct RelationNameParserTests {
    @Test(arguments: [
        ("public.Users_ID_seq", ["public", "users_id_seq"]),
        ("seq", ["seq"]),
        ("\"My Schema\".\"Seq\"\"1\"", ["My Schema", "Seq\"1"]),
        ("\"A\".b.C", ["A", "b", "c"]),
        ("a.\"B.c\"", ["a", "B.c"]),
        ("", [""]),
        ("a.", ["a", ""]),
    ])
    func splitsAsRegclassReads(_ text: String, _ parts: [String]) {
        #expect(RelationNameParser.split(text) == parts)
        #expect(RelationNameParser.splitCharacters(text) == parts)
    }

    @Test func nonASCIINamesFoldAsBefore() {
        #expect(RelationNameParser.split("Ünïcode.\"Ä\"") == ["ünïcode", "Ä"])
    }
}
