@testable import SQLTree
import Foundation
import Testing

/// A node-type wrapper (`{"ColumnRef": {...}}`) is held compactly; every operation must answer as for
/// the same one-field object held the plain way.
@Suite struct NodeFieldsTests {
    static let body: NodeFields = ["fields": .array([.stringNode("a")]), "location": .int(7)]

    /// `{"ColumnRef": body}` as parsed (compact).
    static let compact: NodeFields = try! JSONReader.parse(#"{"ColumnRef": {"fields": [{"String": {"sval": "a"}}], "location": 7}}"#).fields

    /// The same object built by changing fields one at a time, which never makes a wrapper.
    static var plain: NodeFields {
        var fields = NodeFields()
        fields["other"] = .int(1)
        fields["ColumnRef"] = .object(body)
        fields["other"] = nil
        return fields
    }

    @Test func readsAsTheOneFieldObject() {
        for fields in [Self.compact, Self.plain] {
            #expect(fields.count == 1)
            #expect(!fields.isEmpty)
            #expect(fields.keys == ["ColumnRef"])
            #expect(fields.values == [.object(Self.body)])
            #expect(fields["ColumnRef"] == .object(Self.body))
            #expect(fields["fields"] == nil)
            #expect(fields.single?.key == "ColumnRef")
            #expect(Array(fields).map(\.key) == ["ColumnRef"])
        }
    }

    @Test func equalsAndHashesLikeThePlainObject() {
        #expect(Self.compact == Self.plain)
        #expect(Self.plain == Self.compact)
        #expect(Self.compact.hashValue == Self.plain.hashValue)
        #expect(Node.object(Self.compact).hashValue == Node.wrap("ColumnRef", Self.body).hashValue)
        var otherBody = Self.body
        otherBody["location"] = .int(8)
        #expect(Self.compact != ["ColumnRef": .object(otherBody)])
        #expect(Self.compact != ["A_Star": .object(Self.body)])
        #expect(Self.compact != Self.body)
    }

    @Test func changingAWrapperGivesThePlainObjectChanged() {
        var added = Self.compact
        added["extra"] = .int(2)
        #expect(added.count == 2)
        #expect(added["ColumnRef"] == .object(Self.body))
        #expect(added["extra"] == .int(2))

        var removed = Self.compact
        #expect(removed.removeValue(forKey: "fields") == nil)
        #expect(removed == Self.compact)
        #expect(removed.removeValue(forKey: "ColumnRef") == .object(Self.body))
        #expect(removed.isEmpty)

        var replaced = Self.compact
        replaced["ColumnRef"] = .int(3)
        #expect(replaced == ["ColumnRef": .int(3)])
    }

    @Test func aBodyTakenOutAndChangedLeavesTheWrapperAlone() throws {
        let wrapper = Self.compact
        guard case .object(var body) = try #require(wrapper.single?.value) else { Issue.record("not an object"); return }
        body["location"] = .int(99)
        #expect(wrapper["ColumnRef"]?["location"] == .int(7))
        #expect(body["location"] == .int(99))
    }

    @Test func mapsAndFiltersAsThePlainObject() {
        let mapped = Self.compact.mapValues { $0.setting("location", nil) }
        #expect(mapped == ["ColumnRef": .object(["fields": .array([.stringNode("a")])])])
        #expect(Self.compact.filter { $0.key == "ColumnRef" } == Self.compact)
        #expect(Self.compact.filter { $0.key != "ColumnRef" }.isEmpty)
    }

    @Test func keysThatAreNotNodeTypesAndScalarValuesStayPlain() throws {
        let tree = try JSONReader.parse(#"{"ival": {"ival": 5}, "sval": {"sval": "x"}, "String": "s"}"#)
        #expect(tree["ival"] == .object(["ival": .int(5)]))
        #expect(tree["String"] == .string("s"))
        #expect(tree.canonicalText == #"{String:"s",ival:{ival:5},sval:{sval:"x"}}"#)
    }

    @Test func canonicalTextIsTheSameForEitherForm() {
        #expect(Node.object(Self.compact).canonicalText == Node.object(Self.plain).canonicalText)
        #expect(Node.object(Self.compact).withoutLocations == Node.object(Self.plain).withoutLocations)
    }
}

/// An integer `location` is held apart from the pairs; every operation must answer as if it were one.
@Suite struct NodeFieldsLocationTests {
    /// Parsed: `location` held apart.
    static let parsed: NodeFields = try! JSONReader.parse(#"{"name": "a", "location": 12}"#).fields

    /// The same fields with `location` set to a string first, so that it is a pair, then to the integer.
    static var rebuilt: NodeFields {
        var fields: NodeFields = ["name": .string("a"), "location": .string("x")]
        fields["location"] = .int(12)
        return fields
    }

    @Test func readsAsAField() {
        for fields in [Self.parsed, Self.rebuilt] {
            #expect(fields.count == 2)
            #expect(fields["location"] == .int(12))
            #expect(Set(fields.keys) == ["name", "location"])
            #expect(fields.single == nil)
        }
        #expect(Self.parsed == Self.rebuilt)
        #expect(Self.parsed.hashValue == Self.rebuilt.hashValue)
    }

    @Test func changesAndRemovals() {
        var fields = Self.parsed
        fields["location"] = .int(-1)
        #expect(fields["location"] == .int(-1))
        fields["location"] = .string("elsewhere")
        #expect(fields["location"] == .string("elsewhere"))
        #expect(fields.count == 2)
        #expect(fields.removeValue(forKey: "location") == .string("elsewhere"))
        #expect(fields == ["name": .string("a")])
        var onlyLocation: NodeFields = ["location": .int(3)]
        #expect(onlyLocation.single?.key == "location")
        #expect(onlyLocation.removeValue(forKey: "location") == .int(3))
        #expect(onlyLocation.isEmpty)
    }

    @Test func largeOffsetsStayPairs() {
        let fields: NodeFields = ["location": .int(Int(Int32.max) + 1), "name": .string("a")]
        #expect(fields["location"] == .int(Int(Int32.max) + 1))
        #expect(fields != Self.parsed)
    }

    @Test func wrapperBodiesKeepTheirLocation() throws {
        let node = try JSONReader.parse(#"{"ColumnRef": {"fields": [], "location": 5}}"#)
        #expect(node.body?["location"] == .int(5))
        #expect(node == .wrap("ColumnRef", ["fields": .array([]), "location": .int(5)]))
        #expect(node != .wrap("ColumnRef", ["fields": .array([]), "location": .int(6)]))
        #expect(node.withoutLocations == .wrap("ColumnRef", ["fields": .array([])]))
        #expect(node.canonicalText == "{ColumnRef:{fields:[]}}")
    }

    @Test func mapAndFilterSeeTheLocation() {
        let mapped = Self.parsed.mapValues { value in value.int.map { .int($0 + 1) } ?? value }
        #expect(mapped["location"] == .int(13))
        #expect(Self.parsed.filter { $0.key == "location" } == ["location": .int(12)])
        #expect(Self.parsed.filter { $0.key != "location" } == ["name": .string("a")])
    }

    @Test func aNodeStaysThreeWords() {
        #expect(MemoryLayout<Node>.stride == 24)
    }
}

/// Keys are numbered: libpg_query's from a fixed table, others when first seen.
@Suite struct NodeKeysTests {
    @Test func fixedKeysAreFoundFromTheirBytes() {
        for name in ["relation", "location", "ColumnRef", "sval", "stmt_len", "rexpr_list_start"] {
            let number = NodeKeys.key(name)
            #expect(NodeKeys.name(number) == name)
            var bytes = Array(name.utf8)
            #expect(bytes.withUnsafeBufferPointer { NodeKeys.key(bytes: $0) } == number)
            bytes.removeAll()
        }
        #expect(NodeKeys.isKind(NodeKeys.key("ColumnRef")))
        #expect(!NodeKeys.isKind(NodeKeys.key("relation")))
        #expect(NodeKeys.isPosition(NodeKeys.key("stmt_location")))
        #expect(!NodeKeys.isPosition(NodeKeys.key("relation")))
    }

    @Test func otherKeysGetOneNumberFromAnyThread() {
        final class Found: @unchecked Sendable {
            let lock = NSLock()
            var numbers: [[UInt16]] = []
        }
        let names = (0..<50).map { "monolayer_test_key_\($0)" }
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let numbers = names.map(NodeKeys.key)
            found.lock.lock()
            found.numbers.append(numbers)
            found.lock.unlock()
        }
        let numbers = found.numbers
        #expect(numbers.count == 4)
        #expect(Set(numbers).count == 1)
        #expect(numbers[0].map(NodeKeys.name) == names)
        let fields: NodeFields = [names[0]: .int(1), "relation": .int(2)]
        #expect(fields[names[0]] == .int(1))
        #expect(Set(fields.keys) == [names[0], "relation"])
    }

    @Test func aFieldIsThreeWords() {
        #expect(MemoryLayout<NodeFields.Pair>.stride == 24)
    }
}

@Suite struct NodeFieldsDescriptionTests {
    @Test func printsKeyNames() throws {
        let node = try JSONReader.parse(#"{"ColumnRef": {"fields": [], "location": 5}}"#)
        #expect(String(describing: node.fields) == #"["ColumnRef": SQLTree.Node.object(["fields": SQLTree.Node.array([]), "location": SQLTree.Node.int(5)])]"#)
        #expect(String(describing: NodeFields()) == "[:]")
    }
}
