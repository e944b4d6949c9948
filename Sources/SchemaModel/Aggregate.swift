/// An aggregate (`CREATE AGGREGATE`). Its identity is a function identity (name and every argument
/// type: an aggregate shares the function namespace); the definition is the catalog's, field by field,
/// with function and type names spelled as the name resolver and type renderer spell them.
public struct Aggregate: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case normal, orderedSet = "ordered-set", hypothetical
    }

    /// One argument: `[VARIADIC] [name] type`.
    public struct Argument: Equatable, Sendable {
        public var name: String?
        public var type: String
        public var variadic: Bool

        public init(name: String?, type: String, variadic: Bool) {
            self.name = name
            self.type = type
            self.variadic = variadic
        }

        var sql: String {
            [variadic ? "VARIADIC" : nil, name.map(Identifier.quote), type].compactMap { $0 }.joined(separator: " ")
        }
    }

    public var identity: FunctionIdentity
    public var kind: Kind
    public var arguments: [Argument]
    /// How many of the arguments are direct arguments (before `ORDER BY`) of an ordered-set aggregate.
    public var directArgumentCount: Int
    /// Options by lower-case name as `CREATE AGGREGATE` spells them (`sfunc`, `stype`, `initcond`, ...),
    /// values canonical; options at PostgreSQL's default are left out.
    public var options: [String: String]

    public init(identity: FunctionIdentity, kind: Kind, arguments: [Argument], directArgumentCount: Int, options: [String: String]) {
        self.identity = identity
        self.kind = kind
        self.arguments = arguments
        self.directArgumentCount = directArgumentCount
        self.options = options
    }

    /// The options in the order `CREATE AGGREGATE` documents them.
    public static let optionOrder = [
        "sfunc", "stype", "sspace", "finalfunc", "finalfunc_extra", "finalfunc_modify", "combinefunc", "serialfunc",
        "deserialfunc", "initcond", "msfunc", "minvfunc", "mstype", "msspace", "mfinalfunc", "mfinalfunc_extra",
        "mfinalfunc_modify", "minitcond", "sortop", "parallel",
    ]

    /// Options whose value is a string literal; flags have the value `true`.
    static let literalOptions: Set<String> = ["initcond", "minitcond"]
    static let flagOptions: Set<String> = ["finalfunc_extra", "mfinalfunc_extra"]

    /// `(integer)`, `(*)`, `(double precision ORDER BY anyelement)`.
    public var signatureSQL: String {
        if arguments.isEmpty { return "(*)" }
        if kind == .normal { return "(" + arguments.map(\.sql).joined(separator: ", ") + ")" }
        let direct = arguments.prefix(directArgumentCount).map(\.sql).joined(separator: ", ")
        var aggregated = arguments.dropFirst(directArgumentCount).map(\.sql).joined(separator: ", ")
        // A hypothetical-set or variadic ordered-set aggregate repeats its last direct argument after ORDER BY.
        if aggregated.isEmpty { aggregated = arguments.last?.sql ?? "" }
        return "(" + direct + (direct.isEmpty ? "" : " ") + "ORDER BY " + aggregated + ")"
    }

    public var createSQL: String {
        var parts: [String] = []
        for name in Self.optionOrder {
            guard let value = options[name] else { continue }
            if Self.flagOptions.contains(name) { parts.append(name.uppercased()) }
            else if Self.literalOptions.contains(name) { parts.append("\(name.uppercased()) = \(SQLLiteral.quote(value))") }
            else { parts.append("\(name.uppercased()) = \(value)") }
        }
        if kind == .hypothetical { parts.append("HYPOTHETICAL") }
        return "CREATE AGGREGATE \(identity.name.sql)\(signatureSQL) (\(parts.joined(separator: ", ")))"
    }

    public var dropSQL: String { "DROP AGGREGATE \(identity.name.sql)\(signatureSQL)" }
}
