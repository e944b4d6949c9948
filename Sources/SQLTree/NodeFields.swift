/// The fields of an object node: a small map from key to node, stored as one array of pairs.
///
/// Parse-tree objects have a handful of fields, most of which are never looked up, and a schema has
/// hundreds of thousands of them. A `Dictionary` per object hashes every key on insertion and allocates
/// a sparse table; a flat array costs one allocation and no hashing, and a lookup compares a few short
/// keys (most are small strings compared in a word or two). Order is kept as given (libpg_query prints
/// a node's fields in a fixed order) and is not part of the value: equality and hashing ignore it, as a
/// dictionary's do, and `Node.canonicalText` sorts the keys.
///
/// A field holds its key's number (`NodeKeys`), after its value: 24 bytes instead of 40 with a String key.
/// Two shapes that nearly every parse tree is made of are held without fields of their own (every
/// operation answers as for the plain object, and every way of making fields picks the compact form, so
/// one object has one representation):
/// - a node-type wrapper, `{"ColumnRef": {...}}` (about half of a tree's objects), is its body's fields and
///   the type's key number: no array of its own;
/// - an integer `location` (most bodies have one) is a field of the struct rather than a pair.
public struct NodeFields: Sendable {
    public typealias Element = (key: String, value: Node)

    /// One field: the value first, so that the key's two bytes fill the value's padding.
    struct Pair: Sendable {
        var value: Node
        var key: UInt16
    }

    /// The fields, without `location` when that is held in `location`; for a wrapper, its body's.
    private var pairs: ContiguousArray<Pair>
    /// Nonzero for a node-type wrapper: `{NodeKeys.name(wrapperKind): {pairs, location}}`.
    private var wrapperKind: UInt16
    /// The `location` field when it is an integer that fits (else `noLocation`, and a `location` field, if
    /// any, is a pair like the others); for a wrapper, its body's.
    private var location: Int32

    private static let noLocation = Int32.min
    private static let locationKey = "location"
    private static let locationNumber = NodeKeys.key(locationKey)

    public init() {
        self.init(pairs: [], wrapperKind: 0, location: Self.noLocation)
    }

    public init(minimumCapacity: Int) {
        var pairs = ContiguousArray<Pair>()
        pairs.reserveCapacity(minimumCapacity)
        self.init(pairs: pairs, wrapperKind: 0, location: Self.noLocation)
    }

    private init(pairs: ContiguousArray<Pair>, wrapperKind: UInt16, location: Int32) {
        self.pairs = pairs
        self.wrapperKind = wrapperKind
        self.location = location
    }

    /// Fields from pairs whose keys are already distinct (the JSON reader's, after its check), in an array
    /// of exactly the size needed.
    init(distinctPairs source: ArraySlice<Pair>) {
        var unshared: SharedFieldArrays?
        self.init(distinctPairs: source, sharing: &unshared)
    }

    /// The same, with the field array taken from `shared` when an equal one is there (the JSON reader's,
    /// for one parse, given only when every value is a shared part).
    init(distinctPairs source: ArraySlice<Pair>, sharing shared: inout SharedFieldArrays?) {
        var location = Self.noLocation
        var locationIndex = -1
        for index in source.indices where source[index].key == Self.locationNumber {
            if let value = Self.heldLocation(source[index].value) { location = value; locationIndex = index }
            break
        }
        let count = source.count - (locationIndex < 0 ? 0 : 1)
        if count == 1, locationIndex < 0, let wrapper = NodeFields(wrapping: source[source.startIndex].key, source[source.startIndex].value) {
            self = wrapper
            return
        }
        if count > 0, let sharedPairs = shared?.fieldArray(source, skipping: locationIndex) {
            self.init(pairs: sharedPairs, wrapperKind: 0, location: location)
            return
        }
        var pairs = ContiguousArray<Pair>()
        pairs.reserveCapacity(count)
        for index in source.indices where index != locationIndex { pairs.append(source[index]) }
        self.init(pairs: pairs, wrapperKind: 0, location: location)
    }

    /// The one-field object `{key: value}` held as a wrapper, when `key` is a node type and `value` an
    /// object that is not a wrapper itself; nil otherwise.
    init?(wrapping key: UInt16, _ value: Node) {
        guard NodeKeys.isKind(key), case .object(let body) = value, body.wrapperKind == 0 else { return nil }
        self.init(pairs: body.pairs, wrapperKind: key, location: body.location)
    }

    /// Whether both hold their fields in the same array (shared by the JSON reader; for tests).
    func sharesFieldArray(with other: NodeFields) -> Bool {
        fieldArrayAddress == other.fieldArrayAddress
    }

    /// The identity of the array the fields are held in (SharedFieldArrays compares shared parts by it).
    var fieldArrayAddress: UnsafeRawPointer? {
        pairs.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    /// The node type of a wrapper, 0 for a plain object.
    var kindNumber: UInt16 { wrapperKind }

    /// The one-field object `{key: value}`, in its compact form when it has one.
    init(key: String, value: Node) {
        self.init(key: NodeKeys.key(key), value: value)
    }

    init(key: UInt16, value: Node) {
        if let wrapper = NodeFields(wrapping: key, value) {
            self = wrapper
        } else if key == Self.locationNumber, let location = Self.heldLocation(value) {
            self.init(pairs: [], wrapperKind: 0, location: location)
        } else {
            self.init(pairs: [Pair(value: value, key: key)], wrapperKind: 0, location: Self.noLocation)
        }
    }

    /// A `location` value that can be held in the struct.
    private static func heldLocation(_ value: Node?) -> Int32? {
        guard case .int(let offset) = value, let held = Int32(exactly: offset), held != noLocation else { return nil }
        return held
    }

    /// Whether the struct holds a position (a shared part has none; see SharedFieldArrays).
    var hasLocation: Bool { location != Self.noLocation }
    private var locationPair: Element? { hasLocation ? (Self.locationKey, .int(Int(location))) : nil }
    private var wrapperKey: String { NodeKeys.name(wrapperKind) }
    private var wrappedBody: Node { .object(NodeFields(pairs: pairs, wrapperKind: 0, location: location)) }

    /// A wrapper turned into the plain one-field object it stands for, before a change to its fields.
    private mutating func unwrap() {
        guard wrapperKind != 0 else { return }
        let field = Pair(value: wrappedBody, key: wrapperKind)
        self = NodeFields(pairs: [field], wrapperKind: 0, location: Self.noLocation)
    }

    public var count: Int { wrapperKind != 0 ? 1 : pairs.count + (hasLocation ? 1 : 0) }
    public var isEmpty: Bool { wrapperKind == 0 && pairs.isEmpty && !hasLocation }
    public var keys: [String] { map(\.key) }
    public var values: [Node] { map(\.value) }

    /// The only field of a one-field object (a node-type wrapper such as `{"ColumnRef": {...}}`).
    public var single: Element? {
        if wrapperKind != 0 { return (wrapperKey, wrappedBody) }
        if hasLocation { return pairs.isEmpty ? locationPair : nil }
        return pairs.count == 1 ? (NodeKeys.name(pairs[0].key), pairs[0].value) : nil
    }

    /// The value of the only field when it has this key: reads the key in place, so that a node of
    /// another kind costs no copy of its value.
    func single(_ key: String) -> Node? {
        if wrapperKind != 0 { return wrapperKey == key ? wrappedBody : nil }
        if hasLocation { return pairs.isEmpty && key == Self.locationKey ? locationPair?.value : nil }
        return pairs.withUnsafeBufferPointer { buffer in
            buffer.count == 1 && NodeKeys.name(buffer[0].key) == key ? buffer[0].value : nil
        }
    }

    /// Keys are compared in place: iterating the pairs would copy (retain) every value passed. A key is
    /// compared as text, which for the short keys of parse trees is a word or two, rather than numbered
    /// first, which would hash it.
    private func position(of key: String) -> Int? {
        pairs.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where NodeKeys.name(buffer[index].key) == key { return index }
            return nil
        }
    }

    private func position(of key: UInt16) -> Int? {
        pairs.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].key == key { return index }
            return nil
        }
    }

    public subscript(key: String) -> Node? {
        get {
            if wrapperKind != 0 { return single(key) }
            if let index = position(of: key) { return pairs[index].value }
            return hasLocation && key == Self.locationKey ? .int(Int(location)) : nil
        }
        set {
            unwrap()
            let number = NodeKeys.key(key)
            if number == Self.locationNumber {
                location = Self.heldLocation(newValue) ?? Self.noLocation
                if hasLocation {
                    if let index = position(of: number) { pairs.remove(at: index) }
                    return
                }
            }
            if let index = position(of: number) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append(Pair(value: newValue, key: number))
            }
        }
    }

    /// The field with this key number (the generated accessors' lookup: no key text compared).
    subscript(field key: UInt16) -> Node? {
        if wrapperKind != 0 { return key == wrapperKind ? wrappedBody : nil }
        if key == Self.locationNumber, hasLocation { return .int(Int(location)) }
        return position(of: key).map { pairs[$0].value }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Node? {
        guard let value = self[key] else { return nil }
        self[key] = nil
        return value
    }

    /// Adds a field whose key the caller knows is not there yet (copying fields from another object).
    mutating func appendDistinct(_ key: String, _ value: Node) {
        appendDistinct(NodeKeys.key(key), value)
    }

    mutating func appendDistinct(_ key: UInt16, _ value: Node) {
        unwrap()
        if key == Self.locationNumber, let held = Self.heldLocation(value) {
            location = held
        } else {
            pairs.append(Pair(value: value, key: key))
        }
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        unwrap()
        pairs.reserveCapacity(capacity)
    }

    /// The fields that pass `isIncluded` (like `Dictionary.filter`, a map again rather than an array).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> NodeFields {
        if wrapperKind != 0 { return try isIncluded((wrapperKey, wrappedBody)) ? self : NodeFields() }
        var kept = ContiguousArray<Pair>()
        for pair in pairs where try isIncluded((NodeKeys.name(pair.key), pair.value)) { kept.append(pair) }
        if let locationPair, try isIncluded(locationPair) { kept.append(Pair(value: locationPair.value, key: Self.locationNumber)) }
        return NodeFields(distinctPairs: kept[...])
    }

    public func mapValues(_ transform: (Node) throws -> Node) rethrows -> NodeFields {
        try mapFields { _, value in try transform(value) }
    }

    /// Each field's value replaced, its key kept (as a number); `transform` is also told the key.
    func mapFields(_ transform: (UInt16, Node) throws -> Node) rethrows -> NodeFields {
        if wrapperKind != 0 { return NodeFields(key: wrapperKind, value: try transform(wrapperKind, wrappedBody)) }
        var result = ContiguousArray<Pair>()
        result.reserveCapacity(count)
        for pair in pairs { result.append(Pair(value: try transform(pair.key, pair.value), key: pair.key)) }
        if hasLocation {
            result.append(Pair(value: try transform(Self.locationNumber, .int(Int(location))), key: Self.locationNumber))
        }
        return NodeFields(distinctPairs: result[...])
    }

    /// The fields whose keys are not positions, each value replaced (`Node.rewrittenWithoutLocations`).
    func withoutPositions(_ transform: (Node) -> Node) -> NodeFields {
        if wrapperKind != 0 { return NodeFields(key: wrapperKind, value: transform(wrappedBody)) }
        var result = ContiguousArray<Pair>()
        result.reserveCapacity(pairs.count)
        for pair in pairs where !NodeKeys.isPosition(pair.key) { result.append(Pair(value: transform(pair.value), key: pair.key)) }
        return NodeFields(distinctPairs: result[...])
    }

    /// Equal pairs in any order, neither side a wrapper.
    private static func samePairs(_ lhs: ContiguousArray<Pair>, _ rhs: ContiguousArray<Pair>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        // Same order is the usual case (both read from libpg_query, or both built the same way).
        for (left, right) in zip(lhs, rhs) where left.key != right.key || left.value != right.value {
            let other = NodeFields(pairs: rhs, wrapperKind: 0, location: noLocation)
            return lhs.allSatisfy { pair in other.position(of: pair.key).map { rhs[$0].value == pair.value } ?? false }
        }
        return true
    }
}

extension NodeFields: Sequence {
    /// The pairs in order, then `location` when it is held apart (libpg_query prints it last too).
    public struct Iterator: IteratorProtocol {
        fileprivate let fields: NodeFields
        fileprivate var index = 0

        public mutating func next() -> Element? {
            defer { index += 1 }
            if fields.wrapperKind != 0 { return index == 0 ? fields.single : nil }
            if index < fields.pairs.count { return (NodeKeys.name(fields.pairs[index].key), fields.pairs[index].value) }
            return index == fields.pairs.count ? fields.locationPair : nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(fields: self) }
    public var underestimatedCount: Int { count }
}

extension NodeFields: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Node)...) {
        if elements.count == 1 {
            self.init(key: elements[0].0, value: elements[0].1)
            return
        }
        self.init(minimumCapacity: elements.count)
        for (key, value) in elements { self[key] = value }
    }
}

extension NodeFields: Hashable {
    public static func == (lhs: NodeFields, rhs: NodeFields) -> Bool {
        if lhs.wrapperKind == rhs.wrapperKind { return lhs.location == rhs.location && samePairs(lhs.pairs, rhs.pairs) }
        // One side a wrapper: equal to a plain one-field object of the same key and value.
        guard let left = lhs.single, let right = rhs.single else { return false }
        return left.key == right.key && left.value == right.value
    }

    /// Order-independent, like a dictionary's: each pair hashed alone, the results combined commutatively.
    public func hash(into hasher: inout Hasher) {
        // Keys by number: one number is one key for the life of the process.
        var combined = 0
        func add(_ key: UInt16, _ value: Node) {
            var pairHasher = Hasher()
            pairHasher.combine(key)
            pairHasher.combine(value)
            combined ^= pairHasher.finalize()
        }
        if wrapperKind != 0 {
            add(wrapperKind, wrappedBody)
        } else {
            for pair in pairs { add(pair.key, pair.value) }
            if hasLocation { add(Self.locationNumber, .int(Int(location))) }
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

/// Printed as the dictionary it stands for (test names, debugging): key names, not their numbers.
extension NodeFields: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String {
        isEmpty ? "[:]" : "[" + map { "\(String(reflecting: $0.key)): \(String(reflecting: $0.value))" }.joined(separator: ", ") + "]"
    }

    public var debugDescription: String { description }
}
