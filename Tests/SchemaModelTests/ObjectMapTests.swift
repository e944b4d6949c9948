import SchemaModel
import Testing

/// The model's maps behave as dictionaries whose order is not part of their value.
@Suite struct ObjectMapTests {
    static func map(_ pairs: [(String, Int)]) -> ObjectMap<String, Int> { ObjectMap(uniqueKeysWithValues: pairs) }

    @Test func theSamePairsInAnotherOrderAreEqual() {
        let built = Self.map([("a", 1), ("b", 2), ("c", 3)])
        let reversed = Self.map([("c", 3), ("b", 2), ("a", 1)])
        #expect(built == reversed)
        #expect(built.description == reversed.description, "equal maps read alike")
        #expect(built != Self.map([("a", 1), ("b", 2), ("c", 4)]), "a different value")
        #expect(built != Self.map([("a", 1), ("b", 2), ("d", 3)]), "a different key")
        #expect(built != Self.map([("a", 1), ("b", 2)]), "a pair fewer")
    }

    @Test func readsAndWritesLikeADictionary() {
        var map: ObjectMap<String, Int> = ["a": 1]
        map["b"] = 2
        map["a"]? += 10
        map["c", default: 0] += 5
        #expect(map["a"] == 11 && map["b"] == 2 && map["c"] == 5 && map["z"] == nil)
        #expect(map.count == 3 && !map.isEmpty)
        #expect(map.keys.contains("b") && !map.keys.contains("z"))
        #expect(map.values.reduce(0, +) == 18)
        map["b"] = 7
        #expect(map["b"] == 7)
        #expect(map.filter { $0.value > 6 } == ["a": 11, "b": 7])
        #expect(Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) }) == ["a": 11, "b": 7, "c": 5])
    }

    @Test func valuesChangeInPlace() {
        var map = Self.map([("a", 1), ("b", 2)])
        for index in map.values.indices { map.values[index] *= 3 }
        #expect(map == ["a": 3, "b": 6])
    }

    @Test func removingMovesTheLastPairIntoThePlaceAndKeepsEveryOtherReadable() {
        var map = Self.map((0..<100).map { ("k\($0)", $0) })
        #expect(map.removeValue(forKey: "k10") == 10)
        map["k20"] = nil
        #expect(map.removeValue(forKey: "absent") == nil)
        #expect(map.count == 98)
        #expect(map["k10"] == nil && map["k20"] == nil)
        for number in 0..<100 where number != 10 && number != 20 { #expect(map["k\(number)"] == number) }
        #expect(Array(map.keys.prefix(11)).last == "k99", "the last pair took the removed one's place")
        #expect(map.keys.last == "k97")
        map.removeValue(forKey: "k97")
        #expect(map.keys.last == "k96" && map.keys[20] == "k98", "removing the last pair moves nothing")
    }

    @Test func anEmptyMapEqualsAnotherEmptyMap() {
        #expect(ObjectMap<String, Int>() == [:])
        #expect(ObjectMap<String, Int>().description == "[]")
    }
}
