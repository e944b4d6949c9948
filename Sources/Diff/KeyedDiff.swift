import SchemaModel

/// The generic part of every comparison: objects matched by identity.
struct KeyedDiff<Key: Hashable & Comparable, Value> {
    var added: [Value] = []
    var removed: [Value] = []
    var common: [(from: Value, to: Value)] = []

    init(current: ObjectMap<Key, Value>, desired: ObjectMap<Key, Value>) {
        for key in desired.keys.sorted() {
            if let old = current[key] { common.append((old, desired[key]!)) } else { added.append(desired[key]!) }
        }
        for key in current.keys.sorted() where desired[key] == nil { removed.append(current[key]!) }
    }
}

extension KeyedDiff where Value: Equatable {
    /// The usual changes of a kind: creations, then drops, then the objects whose definition differs.
    func changes(create: (Value) -> SchemaChange, drop: (Value) -> SchemaChange,
                 change: (_ from: Value, _ to: Value) -> SchemaChange) -> [SchemaChange] {
        added.map(create) + removed.map(drop) + common.filter { $0.from != $0.to }.map { change($0.from, $0.to) }
    }
}
