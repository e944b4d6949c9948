/// The fields of an object node: a small map from key to node, stored as one array of pairs.
///
/// Parse-tree objects have a handful of fields, most of which are never looked up, and a schema has
/// hundreds of thousands of them. A `Dictionary` per object hashes every key on insertion and allocates
/// a sparse table; a flat array costs one allocation and no hashing, and a lookup compares a few short
/// keys (most are small strings compared in a word or two). Order is kept as given (libpg_query prints
/// a node's fields in a fixed order) and is not part of the value: equality and hashing ignore it, as a
/// dictionary's do, and `Node.canonicalText` sorts the keys.
public struct NodeFields: Sendable {
    public typealias Element = (key: String, value: Node)

    private var pairs: ContiguousArray<Element>

    public init() { pairs = [] }

    public init(minimumCapacity: Int) {
        pairs = []
        pairs.reserveCapacity(minimumCapacity)
    }

    /// Fields from pairs whose keys are already distinct (the JSON reader's, after its check).
    init(distinctPairs: ContiguousArray<Element>) { pairs = distinctPairs }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }
    public var keys: [String] { pairs.map(\.key) }
    public var values: [Node] { pairs.map(\.value) }

    /// The only field of a one-field object (a node-type wrapper such as `{"ColumnRef": {...}}`).
    public var single: Element? { pairs.count == 1 ? pairs[0] : nil }

    /// The value of the only field when it has this key: reads the key in place, so that a node of
    /// another kind costs no copy of its value.
    func single(_ key: String) -> Node? {
        pairs.withUnsafeBufferPointer { buffer in
            buffer.count == 1 && buffer[0].key == key ? buffer[0].value : nil
        }
    }

    /// Keys are compared in place: iterating the pairs would copy (retain) every value passed.
    private func position(of key: String) -> Int? {
        pairs.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].key == key { return index }
            return nil
        }
    }

    public subscript(key: String) -> Node? {
        get { position(of: key).map { pairs[$0].value } }
        set {
            if let index = position(of: key) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Node? {
        guard let index = position(of: key) else { return nil }
        return pairs.remove(at: index).value
    }

    /// Adds a field whose key the caller knows is not there yet (copying fields from another object).
    mutating func appendDistinct(_ key: String, _ value: Node) { pairs.append((key, value)) }

    public mutating func reserveCapacity(_ capacity: Int) { pairs.reserveCapacity(capacity) }

    /// The fields that pass `isIncluded` (like `Dictionary.filter`, a map again rather than an array).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> NodeFields {
        NodeFields(distinctPairs: ContiguousArray(try pairs.filter(isIncluded)))
    }

    public func mapValues(_ transform: (Node) throws -> Node) rethrows -> NodeFields {
        var result = ContiguousArray<Element>()
        result.reserveCapacity(pairs.count)
        for pair in pairs { result.append((pair.key, try transform(pair.value))) }
        return NodeFields(distinctPairs: result)
    }
}

extension NodeFields: Sequence {
    public func makeIterator() -> ContiguousArray<Element>.Iterator { pairs.makeIterator() }
    public var underestimatedCount: Int { pairs.count }
}

extension NodeFields: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Node)...) {
        pairs = []
        pairs.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }
}

extension NodeFields: Hashable {
    public static func == (lhs: NodeFields, rhs: NodeFields) -> Bool {
        guard lhs.pairs.count == rhs.pairs.count else { return false }
        // Same order is the usual case (both read from libpg_query, or both built the same way).
        for (left, right) in zip(lhs.pairs, rhs.pairs) where left.key != right.key || left.value != right.value {
            return lhs.pairs.allSatisfy { rhs[$0.key] == $0.value }
        }
        return true
    }

    /// Order-independent, like a dictionary's: each pair hashed alone, the results combined commutatively.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for pair in pairs {
            var pairHasher = Hasher()
            pairHasher.combine(pair.key)
            pairHasher.combine(pair.value)
            combined ^= pairHasher.finalize()
        }
        hasher.combine(pairs.count)
        hasher.combine(combined)
    }
}
