@testable import SchemaModel
import Testing

/// The names PostgreSQL gives unnamed constraints and indexes (`ChooseConstraintName`, `makeObjectName`).
@Suite struct ConstraintNamingTests {
    @Test(arguments: [
        ("users", [String](), "pkey", "users_pkey"),
        ("users", ["email"], "key", "users_email_key"),
        ("t", ["a", "b"], "key", "t_a_b_key"),
        ("tasks", ["project_id"], "fkey", "tasks_project_id_fkey"),
        ("t", [], "check", "t_check"),
        ("t", ["email"], "idx", "t_email_idx"),
    ])
    func joinsTableColumnsAndLabel(table: String, columns: [String], label: String, expected: String) {
        #expect(ConstraintNaming.name(table: table, columns: columns, label: label) == expected)
    }

    @Test func collisionsGetTheFirstFreeNumber() {
        #expect(ConstraintNaming.name(table: "t", columns: ["col"], label: "key", taken: ["t_col_key"]) == "t_col_key1")
        #expect(ConstraintNaming.name(table: "t", columns: ["col"], label: "key", taken: ["t_col_key", "t_col_key1"]) == "t_col_key2")
        #expect(ConstraintNaming.name(table: "t", columns: ["col"], label: "key", taken: ["t_col_key1"]) == "t_col_key")
    }

    @Test func shortNamesAreNotTruncated() {
        #expect(ConstraintNaming.makeObjectName("t", "a_b", "key") == "t_a_b_key")
        #expect(ConstraintNaming.makeObjectName("t", nil, "pkey") == "t_pkey")
    }

    @Test func longTableNameIsShortenedToFit63Bytes() {
        let name = ConstraintNaming.makeObjectName(String(repeating: "a", count: 70), "email", "key")
        #expect(name == String(repeating: "a", count: 53) + "_email_key")
        #expect(name.utf8.count == 63)
    }

    @Test func theLongerOfTwoLongNamesIsShortenedFirst() {
        let name = ConstraintNaming.makeObjectName(String(repeating: "a", count: 40), String(repeating: "b", count: 40), "key")
        #expect(name == String(repeating: "a", count: 29) + "_" + String(repeating: "b", count: 29) + "_key")
        let lopsided = ConstraintNaming.makeObjectName(String(repeating: "a", count: 10), String(repeating: "b", count: 80), "fkey")
        #expect(lopsided == String(repeating: "a", count: 10) + "_" + String(repeating: "b", count: 47) + "_fkey")
        #expect(lopsided.utf8.count == 63)
    }

    @Test func truncationNeverCutsAMultiByteCharacter() {
        // 81 bytes cut to 58 would end half way through an "é": the partial character is dropped.
        let name = ConstraintNaming.makeObjectName("x" + String(repeating: "é", count: 40), nil, "pkey")
        #expect(name == "x" + String(repeating: "é", count: 28) + "_pkey")
        #expect(name.utf8.count == 62)
    }

    @Test func aNumberedLabelIsCountedInTheLimit() {
        let table = String(repeating: "a", count: 70)
        let base = ConstraintNaming.name(table: table, columns: ["email"], label: "key")
        let next = ConstraintNaming.name(table: table, columns: ["email"], label: "key", taken: [base])
        #expect(next == String(repeating: "a", count: 52) + "_email_key1")
        #expect(next.utf8.count == 63)
    }
}
