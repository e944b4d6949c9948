/// A table column.
public struct Column: Equatable, Sendable {
    public var name: String
    public var type: TypeReference
    public var notNull: Bool
    public var defaultValue: Expression?
    public var identity: Identity?

    public init(
        name: String, type: TypeReference, notNull: Bool = false, defaultValue: Expression? = nil,
        identity: Identity? = nil
    ) {
        self.name = name
        self.type = type
        self.notNull = notNull
        self.defaultValue = defaultValue
        self.identity = identity
    }
}

/// `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY`.
public enum Identity: String, Equatable, Sendable {
    case always = "ALWAYS"
    case byDefault = "BY DEFAULT"

    /// `attidentity` in `pg_attribute`: `a` always, `d` by default.
    public init?(catalogCode: String) {
        switch catalogCode {
        case "a": self = .always
        case "d": self = .byDefault
        default: return nil
        }
    }
}
