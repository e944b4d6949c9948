/// An optional value kept out of line: nil costs one word instead of the value's full size.
///
/// For fields that most values leave empty but that are large when set (a column's identity
/// sequence, its generation expression, a rename hint's origin): a schema has tens of thousands of
/// columns and both models hold all of them, so inline storage of these fields made each column
/// several hundred bytes larger than what it holds. Equality is the wrapped values' equality; the
/// box is immutable, so copies share it and a change replaces it.
@propertyWrapper
public struct IndirectOptional<Wrapped: Equatable & Sendable>: Equatable, Sendable {
    private final class Box: Sendable {
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    private var box: Box?

    public init(wrappedValue: Wrapped?) { box = wrappedValue.map(Box.init) }

    public var wrappedValue: Wrapped? {
        get { box?.value }
        set { box = newValue.map(Box.init) }
    }

    public static func == (lhs: IndirectOptional, rhs: IndirectOptional) -> Bool {
        lhs.box === rhs.box || lhs.wrappedValue == rhs.wrappedValue
    }
}

extension IndirectOptional: Hashable where Wrapped: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

/// Reflects as the value it holds, so that what reads models by reflection (drift's report of which attributes
/// differ) sees the value rather than an opaque box.
extension IndirectOptional: CustomReflectable {
    public var customMirror: Mirror { Mirror(reflecting: wrappedValue as Any) }
}
