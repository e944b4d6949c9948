/// What identifies an operator: its schema-qualified symbol and its operand types (a prefix operator
/// has no left operand).
public struct OperatorIdentity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var name: QualifiedName
    /// Canonical type names without typmods, as `format_type` prints them; nil for a prefix operator.
    public var left: String?
    public var right: String

    public init(name: QualifiedName, left: String?, right: String) {
        self.name = name
        self.left = left
        self.right = right
    }

    /// `public.~<<(text, text)`, `public.!!(NONE, integer)`: how DROP and COMMENT name it. The symbol is
    /// never quoted: operator names are not identifiers.
    public var sql: String { "\(Identifier.quote(name.schema)).\(name.name)(\(left ?? "NONE"), \(right))" }
    public var description: String { sql }

    public static func < (lhs: OperatorIdentity, rhs: OperatorIdentity) -> Bool {
        (lhs.name, lhs.left ?? "", lhs.right) < (rhs.name, rhs.left ?? "", rhs.right)
    }
}

/// `CREATE OPERATOR`: the function that implements it and the optimizer hints. Function names are
/// canonical (user functions qualified, built-ins bare); commutator and negator as `schema.symbol`
/// for user operators and the bare symbol for built-ins.
public struct Operator: Equatable, Sendable {
    public var identity: OperatorIdentity
    public var function: String
    public var commutator: String?
    public var negator: String?
    public var restrict: String?
    public var join: String?
    public var hashes: Bool
    public var merges: Bool

    public init(identity: OperatorIdentity, function: String, commutator: String? = nil, negator: String? = nil,
                restrict: String? = nil, join: String? = nil, hashes: Bool = false, merges: Bool = false) {
        self.identity = identity
        self.function = function
        self.commutator = commutator
        self.negator = negator
        self.restrict = restrict
        self.join = join
        self.hashes = hashes
        self.merges = merges
    }

    /// The `CREATE OPERATOR` statement for this definition.
    public var createSQL: String {
        var options = ["FUNCTION = \(function)"]
        if let left = identity.left { options.append("LEFTARG = \(left)") }
        options.append("RIGHTARG = \(identity.right)")
        if let commutator { options.append("COMMUTATOR = OPERATOR(\(commutator))") }
        if let negator { options.append("NEGATOR = OPERATOR(\(negator))") }
        if let restrict { options.append("RESTRICT = \(restrict)") }
        if let join { options.append("JOIN = \(join)") }
        if hashes { options.append("HASHES") }
        if merges { options.append("MERGES") }
        return "CREATE OPERATOR \(Identifier.quote(identity.name.schema)).\(identity.name.name) (\n    "
            + options.joined(separator: ",\n    ") + "\n)"
    }

    public var dropSQL: String { "DROP OPERATOR \(identity.sql)" }
}
