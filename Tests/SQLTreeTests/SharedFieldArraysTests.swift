@testable import SQLTree
import Testing

/// Equal parts without a position share one array within a parse of a large result; each object is still
/// a value of its own, and a tree reads the same as one built without sharing.
@Suite struct SharedFieldArraysTests {
    /// Names enough to make the result large (`JSONReader.sharingMinimumBytes`), after the objects compared.
    static let padding = String(repeating: #", {"String": {"sval": "padding"}}"#, count: JSONReader.sharingMinimumBytes / 30)

    static let json = #"""
        [{"RangeVar": {"relname": "t", "inh": true, "location": 5}},
         {"RangeVar": {"relname": "t", "inh": true, "location": 40}},
         {"RangeVar": {"relname": "u", "inh": true, "location": 60}},
         {"String": {"sval": "id"}}, {"String": {"sval": "id"}},
         {"List": {"items": [{"String": {"sval": "id"}}]}}, {"List": {"items": [{"String": {"sval": "id"}}]}}
        """# + padding + "]"

    static func fields(_ tree: Node) -> [NodeFields] { tree.array.map(\.fields) }

    @Test func equalScalarFieldsShareAnArray() throws {
        let objects = Self.fields(try JSONReader.parse(Self.json))
        #expect(objects[0].sharesFieldArray(with: objects[1]))  // positions differ, fields do not
        #expect(!objects[0].sharesFieldArray(with: objects[2]))
        #expect(objects[3].sharesFieldArray(with: objects[4]))
        // Position-free parts are shared at every level: the list of names, and the object holding it.
        #expect(objects[5].sharesFieldArray(with: objects[6]))
        // Positions stay each object's own.
        #expect(objects[0]["RangeVar"]?.fields["location"] == .int(5))
        #expect(objects[1]["RangeVar"]?.fields["location"] == .int(40))
    }

    /// A part that holds a position somewhere below is not shared (its fields differ by that position).
    @Test func aPartWithAPositionBelowIsNotShared() throws {
        let json = #"[{"List": {"items": [{"A_Const": {"ival": {"ival": 1}, "location": 3}}]}}, "#
            + #"{"List": {"items": [{"A_Const": {"ival": {"ival": 1}, "location": 9}}]}}"# + Self.padding + "]"
        let objects = Self.fields(try JSONReader.parse(json))
        #expect(!objects[0].sharesFieldArray(with: objects[1]))
        let constants = objects.prefix(2).map { $0["List"]?.fields["items"]?.array.first?.fields ?? [:] }
        #expect(constants[0].sharesFieldArray(with: constants[1]))  // their own fields hold no position
        #expect(constants[0]["A_Const"]?.fields["location"] == .int(3))
        #expect(constants[1]["A_Const"]?.fields["location"] == .int(9))
    }

    /// A small result (one definition) is read without the table.
    @Test func aSmallResultSharesNothing() throws {
        let objects = Self.fields(try JSONReader.parse(#"[{"String": {"sval": "id"}}, {"String": {"sval": "id"}}]"#))
        #expect(!objects[0].sharesFieldArray(with: objects[1]))
    }

    @Test func aTreeEqualsTheSameTreeBuiltWithoutSharing() throws {
        let parsed = try JSONReader.parse(Self.json)
        let built = Node.array([
            .object(["RangeVar": .object(["relname": .string("t"), "inh": .bool(true), "location": .int(5)])]),
            .object(["RangeVar": .object(["relname": .string("t"), "inh": .bool(true), "location": .int(40)])]),
            .object(["RangeVar": .object(["relname": .string("u"), "inh": .bool(true), "location": .int(60)])]),
            .stringNode("id"), .stringNode("id"),
            .object(["List": .object(["items": .array([.stringNode("id")])])]),
            .object(["List": .object(["items": .array([.stringNode("id")])])]),
        ] + Array(repeating: .stringNode("padding"), count: JSONReader.sharingMinimumBytes / 30))
        #expect(parsed == built)
        #expect(parsed.canonicalText == built.canonicalText)
    }

    /// Changing one object leaves the others that shared its fields as they were.
    @Test func aChangeIsToOneObjectOnly() throws {
        var objects = Self.fields(try JSONReader.parse(Self.json))
        var body = try #require(objects[0]["RangeVar"]?.fields)
        body["relname"] = .string("changed")
        objects[0]["RangeVar"] = .object(body)
        #expect(objects[0]["RangeVar"]?.fields["relname"] == .string("changed"))
        #expect(objects[1]["RangeVar"]?.fields["relname"] == .string("t"))
        #expect(!objects[0].sharesFieldArray(with: objects[1]))
    }
}
