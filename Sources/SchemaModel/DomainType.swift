/// A domain: a base type with a default, NOT NULL and named check constraints (`VALUE > 0`).
public struct DomainType: Equatable, Sendable {
    public var name: QualifiedName
    public var baseType: TypeReference
    public var defaultValue: Expression?
    public var notNull: Bool
    /// Check constraints by name.
    public var checks: [String: DomainCheck]
    /// `-- monolayer: renamed from OLD` above the statement (not compared, see RenameIntent).
    public var renamedFrom: RenameIntent<QualifiedName> = nil

    public init(name: QualifiedName, baseType: TypeReference, defaultValue: Expression? = nil, notNull: Bool = false,
                checks: [String: DomainCheck] = [:]) {
        self.name = name
        self.baseType = baseType
        self.defaultValue = defaultValue
        self.notNull = notNull
        self.checks = checks
    }

    public var sortedChecks: [DomainCheck] { checks.values.sorted { $0.name < $1.name } }
}

/// `CONSTRAINT name CHECK (expression)` on a domain.
public struct DomainCheck: Equatable, Sendable {
    public var name: String
    public var expression: Expression
    public var notValid: Bool

    public init(name: String, expression: Expression, notValid: Bool = false) {
        self.name = name
        self.expression = expression
        self.notValid = notValid
    }

    /// Validation is a state, not a different constraint.
    public static func == (lhs: DomainCheck, rhs: DomainCheck) -> Bool {
        lhs.name == rhs.name && lhs.expression == rhs.expression
    }
}
