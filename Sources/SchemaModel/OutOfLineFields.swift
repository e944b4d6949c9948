/// A value's fields held out of line and never changed in place: copies share one storage, and a change
/// makes a new one, so a copy that shares the old storage keeps its value. For values that both models
/// hold by the hundred thousand and whose equal ones a model build shares (see ExpressionParts).
struct OutOfLineFields<Fields: Sendable>: Sendable {
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    init(_ fields: Fields) { storage = Storage(fields) }

    var fields: Fields { storage.fields }

    /// Whether both hold one storage (then their fields are the same without comparing them).
    func isShared(with other: OutOfLineFields) -> Bool { storage === other.storage }

    /// Replaces one field.
    mutating func set<Value>(_ field: WritableKeyPath<Fields, Value>, _ value: Value) {
        var changed = storage.fields
        changed[keyPath: field] = value
        storage = Storage(changed)
    }
}
