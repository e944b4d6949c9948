import SQLTree
import Testing

/// The JSON reader that turns libpg_query's output into `Node`s.
@Suite struct JSONReaderTests {
    @Test func readsNestedObjectsAndArrays() throws {
        let node = try JSONReader.parse(#" { "a" : 1, "b": [true, false, null, "x"], "c": {} , "d": [] } "#)
        #expect(node == .object([
            "a": .int(1),
            "b": .array([.bool(true), .bool(false), .null, .string("x")]),
            "c": .object([:]),
            "d": .array([]),
        ]))
    }

    @Test func readsWhitespaceOfEveryKind() throws {
        #expect(try JSONReader.parse("\t[\r\n1 ,\n2\t]\n") == .array([.int(1), .int(2)]))
    }

    @Test(arguments: [
        (#""a\"b""#, "a\"b"),
        (#""back\\slash""#, "back\\slash"),
        (#""a\/b""#, "a/b"),
        (#""\n\t\r""#, "\n\t\r"),
        (#""\b\f""#, "\u{08}\u{0C}"),
        (#""caf\u00e9""#, "café"),
        (#""\u20AC5""#, "€5"),
        (#""\u0041\u0042""#, "AB"),
        (#""raw é stays""#, "raw é stays"),
    ])
    func readsStringEscapes(json: String, expected: String) throws {
        #expect(try JSONReader.parse(json) == .string(expected))
    }

    @Test func joinsSurrogatePairsIntoOneScalar() throws {
        let node = try JSONReader.parse(#""smile \ud83d\ude00!""#)
        #expect(node == .string("smile 😀!"))
        #expect(node.string?.unicodeScalars.count == 8)
    }

    @Test(arguments: [#""\ud800""#, #""\udc00""#, #""\ud800x""#])
    func replacesLoneSurrogatesWithTheReplacementCharacter(json: String) throws {
        let text = try #require(try JSONReader.parse(json).string)
        #expect(text.hasPrefix("\u{FFFD}"))
    }

    @Test(arguments: [
        ("0", Node.int(0)),
        ("42", .int(42)),
        ("-7", .int(-7)),
        ("3.5", .double(3.5)),
        ("-0.25", .double(-0.25)),
        ("1e3", .double(1000)),
        ("2.5E-1", .double(0.25)),
        ("9223372036854775807", .int(Int.max)),
    ])
    func readsNumbers(json: String, expected: Node) throws {
        #expect(try JSONReader.parse(json) == expected)
    }

    @Test func laterDuplicateKeysWin() throws {
        #expect(try JSONReader.parse(#"{"a": 1, "a": 2}"#) == .object(["a": .int(2)]))
    }

    @Test(arguments: [
        (#"{"a" 1}"#, 5, "expected :"),
        (#"{"a": 1 "b": 2}"#, 8, "expected , or }"),
        (#"{1: 2}"#, 1, "expected key"),
        (#"[1 2]"#, 3, "expected , or ]"),
        (#"[1,]"#, 3, "invalid number"),
        (#"[1"#, 2, "unterminated array"),
        (#"{"a": 1"#, 7, "unterminated object"),
        (#""abc"#, 4, "unterminated string"),
        (#"tru"#, 3, "expected true"),
        (#"nul!"#, 3, "expected null"),
        (#"{"a": 1} x"#, 9, "trailing characters"),
        (#""\u12G4""#, 3, "bad \\u escape"),
        (#""\u12""#, 3, "bad \\u escape"),
        ("", 0, "unexpected end"),
        ("-", 0, "invalid number"),
    ])
    func reportsErrorsWithTheirByteOffset(json: String, offset: Int, reason: String) {
        #expect {
            _ = try JSONReader.parse(json)
        } throws: { error in
            guard let failure = error as? JSONReader.Failure else { return false }
            return failure.offset == offset && failure.reason == reason
                && failure.description == "invalid JSON at byte \(offset): \(reason)"
        }
    }

    @Test func errorOffsetsCountBytesNotCharacters() {
        // "é" is two bytes: the missing colon after the key is at byte 6, character 5.
        #expect {
            _ = try JSONReader.parse(#"{"é" 1}"#)
        } throws: { error in
            (error as? JSONReader.Failure)?.offset == 6
        }
    }
}
