import OrderedCollections

/// A model's objects of one kind by their identity: a dictionary in use, held compactly.
///
/// A `Dictionary` keeps a whole key and value in every bucket and keeps a quarter to five eighths of its
/// buckets empty, so a map of large values spends most of its bytes on nothing: 50,000 tables take
/// 131,072 buckets of 144 bytes (19 MB). Here the keys and the values sit in two arrays, one element an
/// object, and the hash table holds only positions in them (a couple of bytes a bucket), about 40% of
/// that size. `OrderedCollections.OrderedDictionary` does the holding.
///
/// The order of the pairs is not part of the value: two maps holding the same pairs are equal, and
/// removing a pair (`removeValue(forKey:)`, or assigning nil) moves the last one into its place (constant
/// time, where keeping the order would shift every later pair; only an in-place access that leaves nil
/// behind, such as `swap(&map[a], &map[b])`, removes in order). Iteration follows insertion, removals
/// aside; readers that need an order sort.
public struct ObjectMap<Key: Hashable, Value> {
    private var storage: OrderedDictionary<Key, Value>

    public init() { storage = [:] }

    private init(storage: OrderedDictionary<Key, Value>) { self.storage = storage }

    /// The pairs of a sequence whose keys are all different (a repeated key stops the program, as
    /// `Dictionary(uniqueKeysWithValues:)` does).
    public init<S: Sequence>(uniqueKeysWithValues pairs: S) where S.Element == (Key, Value) {
        storage = OrderedDictionary(uniqueKeysWithValues: pairs)
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }

    /// The keys; a set (`contains` takes constant time) whose order is the map's.
    public var keys: OrderedSet<Key> { storage.keys }

    /// The values, which can be changed in place (`map.values[i].name = ...`).
    public var values: OrderedDictionary<Key, Value>.Values {
        get { storage.values }
        _modify { yield &storage.values }
    }

    public subscript(key: Key) -> Value? {
        get { storage[key] }
        set {
            if let newValue { storage[key] = newValue } else { removeValue(forKey: key) }
        }
        _modify { yield &storage[key] }
    }

    public subscript(key: Key, default defaultValue: @autoclosure () -> Value) -> Value {
        get { storage[key, default: defaultValue()] }
        _modify { yield &storage[key, default: defaultValue()] }
    }

    /// Removes the pair with this key, moving the last pair into its place.
    @discardableResult
    public mutating func removeValue(forKey key: Key) -> Value? {
        guard let index = storage.index(forKey: key) else { return nil }
        let last = storage.count - 1
        if index != last { storage.swapAt(index, last) }
        return storage.removeLast().value
    }

    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> ObjectMap {
        ObjectMap(storage: try storage.filter(isIncluded))
    }

}

extension ObjectMap: Sequence {
    public typealias Element = (key: Key, value: Value)
    public func makeIterator() -> OrderedDictionary<Key, Value>.Iterator { storage.makeIterator() }
    public var underestimatedCount: Int { storage.count }
}

extension ObjectMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (Key, Value)...) {
        storage = OrderedDictionary(uniqueKeysWithValues: elements)
    }
}

extension ObjectMap: Equatable where Value: Equatable {
    /// The same pairs, in whatever order.
    public static func == (lhs: ObjectMap, rhs: ObjectMap) -> Bool {
        lhs.count == rhs.count && lhs.storage.allSatisfy { rhs.storage[$0.key] == $0.value }
    }
}

extension ObjectMap: Sendable where Key: Sendable, Value: Sendable {}

extension ObjectMap: CustomStringConvertible {
    /// The pairs sorted by their text, so that equal maps read alike whatever order they were built in.
    public var description: String {
        "[" + storage.map { "\(String(reflecting: $0.key)): \(String(reflecting: $0.value))" }.sorted().joined(separator: ", ") + "]"
    }
}
