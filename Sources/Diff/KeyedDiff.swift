import SchemaModel

/// The generic part of every comparison: objects matched by identity.
struct KeyedDiff<Key: Hashable & Comparable, Value> {
    var added: [Value] = []
    var removed: [Value] = []
    private let current: ObjectMap<Key, Value>
    private let desired: ObjectMap<Key, Value>
    private var commonKeys: [Key] = []

    /// `included` leaves objects out of the comparison, as if neither side had them (an object left out on
    /// one side only is added or removed).
    init(current: ObjectMap<Key, Value>, desired: ObjectMap<Key, Value>, where included: (Key, Value) -> Bool = { _, _ in true }) {
        self.current = current
        self.desired = desired
        // Only the included keys are sorted: a comparison of a few objects among many sorts the few.
        for key in desired.compactMap({ included($0.key, $0.value) ? $0.key : nil }).sorted() {
            if let old = current[key], included(key, old) { commonKeys.append(key) } else { added.append(desired[key]!) }
        }
        for key in current.compactMap({ included($0.key, $0.value) ? $0.key : nil }).sorted() {
            if let new = desired[key], included(key, new) { continue }
            removed.append(current[key]!)
        }
    }

    /// The objects both sides have, in the order of their keys, read from the two maps as they are visited
    /// (a list of both copies of every table took 11 MB at 50,000 tables, most of them equal).
    var common: LazyMapSequence<[Key], (from: Value, to: Value)> {
        commonKeys.lazy.map { [current, desired] key in (current[key]!, desired[key]!) }
    }
}

extension KeyedDiff where Value: Equatable {
    /// The usual changes of a kind: creations, then drops, then the objects whose definition differs.
    func changes(create: (Value) -> SchemaChange, drop: (Value) -> SchemaChange,
                 change: (_ from: Value, _ to: Value) -> SchemaChange) -> [SchemaChange] {
        added.map(create) + removed.map(drop) + common.filter { $0.from != $0.to }.map { change($0.from, $0.to) }
    }
}
