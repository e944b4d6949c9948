import SQLTree
import Testing

/// `Node`'s accessors, rewriting and canonical text.
@Suite struct NodeTests {
    static let columnRef = try! JSONReader.parse("""
        {"ColumnRef": {"fields": [{"String": {"sval": "t"}}, {"String": {"sval": "a"}}, {"A_Star": {}}],
                       "location": 7}}
        """)

    @Test func kindAndBodyReadOneKeyWrappers() throws {
        let node = Self.columnRef
        #expect(node.kind == "ColumnRef")
        let body = try #require(node.body)
        #expect(body["location"] == .int(7))
        #expect(node.body("ColumnRef") == body)
        #expect(node.body("TypeCast") == nil)
    }

    @Test(arguments: [
        Node.object(["a": .int(1), "b": .int(2)]),
        .object([:]),
        .array([.object(["X": .null])]),
        .string("ColumnRef"),
        .null,
    ])
    func kindAndBodyAreNilForAnythingButAOneKeyObject(node: Node) {
        #expect(node.kind == nil)
        #expect(node.body == nil)
        #expect(node.body("X") == nil)
    }

    @Test func nameListKeepsOnlyStringNodesInOrder() {
        let fields = Self.columnRef.body?["fields"]
        #expect(fields?.nameList == ["t", "a"])
        #expect(Node.array([.stringNode("pg_catalog"), .stringNode("int4")]).nameList == ["pg_catalog", "int4"])
        #expect(Node.null.nameList == [])
        #expect(Node.stringNode("x").nameList == [], "a single String node is not a list")
    }

    @Test func scalarAccessorsReadOnlyTheirOwnCase() {
        #expect(Node.string("s").string == "s")
        #expect(Node.int(3).string == nil)
        #expect(Node.int(3).int == 3)
        #expect(Node.double(4.0).int == 4)
        #expect(Node.string("4").int == nil)
        #expect(Node.bool(true).bool == true)
        #expect(Node.int(1).bool == nil)
        #expect(Node.string("x")["key"] == nil)
        #expect(Node.int(1).array.isEmpty, "a missing list reads as empty")
        #expect(Node.array([.null]).fields.isEmpty)
        #expect(Node.stringNode("v").stringValue == "v")
        #expect(Node.wrap("Integer", ["ival": .int(1)]).stringValue == nil)
    }

    @Test func settingReplacesAndRemovesFields() {
        let node = Node.object(["a": .int(1), "b": .int(2)])
        #expect(node.setting("a", .int(9)) == .object(["a": .int(9), "b": .int(2)]))
        #expect(node.setting("b", nil) == .object(["a": .int(1)]))
        #expect(node.setting("c", .null) == .object(["a": .int(1), "b": .int(2), "c": .null]))
        #expect(Node.array([]).setting("a", .int(1)) == .array([]))
    }

    @Test func rewrittenTransformsChildrenBeforeTheirParent() {
        // Each int is incremented; each array is replaced by the sum of its (already rewritten) items.
        let tree = Node.object(["xs": .array([.int(1), .int(2)]), "y": .int(10)])
        let result = tree.rewritten { node in
            switch node {
            case .int(let value): return .int(value + 1)
            case .array(let items): return .int(items.compactMap(\.int).reduce(0, +))
            default: return node
            }
        }
        #expect(result == .object(["xs": .int(5), "y": .int(11)]))
    }

    @Test func rewrittenVisitsEveryObjectOnce() {
        var visited: [String] = []
        _ = Self.columnRef.rewritten { node in
            if let kind = node.kind { visited.append(kind) }
            return node
        }
        // `{"sval": "t"}` is a one-key object too, so it reports a kind.
        #expect(visited.sorted() == ["A_Star", "ColumnRef", "String", "String", "sval", "sval"])
    }

    @Test func forEachVisitsParentsFirst() {
        var kinds: [String] = []
        Self.columnRef.forEach { node in if let kind = node.kind { kinds.append(kind) } }
        #expect(kinds.first == "ColumnRef")
        #expect(kinds.filter { $0 == "String" }.count == 2)
        #expect(kinds.count == 6)
    }
}

/// `canonicalText` and `withoutLocations`: what expressions are compared by.
@Suite struct CanonicalTextTests {
    @Test func sortsKeysAndDropsPositionKeysAtEveryDepth() throws {
        let node = try JSONReader.parse("""
            {"b": 1, "a": {"location": 5, "z": [2, {"stmt_len": 3, "y": null}], "x": "q\\"y\\\\"},
             "stmt_location": 9, "c": true, "d": 1.5}
            """)
        #expect(node.canonicalText == #"{a:{x:"q\"y\\",z:[2,{y:null}]},b:1,c:true,d:1.5}"#)
    }

    @Test func differentPositionsGiveTheSameText() throws {
        let first = try JSONReader.parse(#"{"A_Const": {"ival": {"ival": 1}, "location": 7}}"#)
        let second = try JSONReader.parse(#"{"A_Const": {"location": 120, "ival": {"ival": 1}}}"#)
        let other = try JSONReader.parse(#"{"A_Const": {"ival": {"ival": 2}, "location": 7}}"#)
        #expect(first != second)
        #expect(first.canonicalText == second.canonicalText)
        #expect(first.canonicalText != other.canonicalText)
    }

    @Test func keepsArrayOrder() {
        #expect(Node.array([.int(2), .int(1)]).canonicalText == "[2,1]")
        #expect(Node.array([.int(2), .int(1)]).canonicalText != Node.array([.int(1), .int(2)]).canonicalText)
    }

    @Test(arguments: [
        "location", "stmt_location", "stmt_len", "arg_location", "conninfo_location", "list_start", "list_end",
        "name_location", "payload_location", "rexpr_list_start", "rexpr_list_end",
    ])
    func withoutLocationsRemovesEachPositionKey(key: String) {
        let node = Node.object(["inner": .object([key: .int(4), "keep": .int(1)]), key: .int(3)])
        #expect(node.withoutLocations == .object(["inner": .object(["keep": .int(1)])]))
        #expect(node.canonicalText == "{inner:{keep:1}}")
    }

    @Test func withoutLocationsKeepsOtherKeysNamedLikePositions() {
        let node = Node.object(["locations": .int(1), "len": .int(2)])
        #expect(node.withoutLocations == node)
    }
}
