/// An SQL expression (a default, a check, an index predicate): the text to write into migrations and
/// the canonical form it is compared by. Two expressions are equal when their canonical forms are,
/// whatever their spelling: the user's `'todo'` and PostgreSQL's `'todo'::public.task_status` meet there.
///
/// Held out of line and never changed in place: schemas repeat their defaults and checks (`now()`, `0`,
/// `''`), so a model build holds each distinct expression once (see ExpressionParts) and a column with a
/// default spends one word on it.
public struct Expression: Hashable, Sendable, CustomStringConvertible {
    private struct Fields: Equatable, Sendable {
        var text: String
        var canonical: String
        var isVolatile: Bool
        var calledFunctions: Set<QualifiedName>
        var namedRelations: Set<QualifiedName>
        var namedConfigurations: Set<QualifiedName>
        var columns: Set<String>
    }

    private var storage: OutOfLineFields<Fields>

    public init(text: String, canonical: String, isVolatile: Bool = false, calledFunctions: Set<QualifiedName> = [],
                namedRelations: Set<QualifiedName> = [], namedConfigurations: Set<QualifiedName> = [], columns: Set<String> = []) {
        storage = OutOfLineFields(Fields(text: text, canonical: canonical, isVolatile: isVolatile, calledFunctions: calledFunctions,
                                 namedRelations: namedRelations, namedConfigurations: namedConfigurations, columns: columns))
    }

    /// SQL text that PostgreSQL accepts in the expression's position.
    public var text: String {
        get { storage.fields.text }
        set { storage.set(\.text, newValue) }
    }

    /// The normalized parse tree, serialized.
    public var canonical: String {
        get { storage.fields.canonical }
        set { storage.set(\.canonical, newValue) }
    }

    /// Whether the expression calls a volatile function (a column default that would rewrite the table).
    public var isVolatile: Bool {
        get { storage.fields.isVolatile }
        set { storage.set(\.isVolatile, newValue) }
    }

    /// Schema-qualified functions the expression calls (user functions, as the normalizer qualifies
    /// them; built-ins stay bare and are left out), so the planner can create a domain after a function
    /// its check calls. Not compared: it follows from the canonical form.
    public var calledFunctions: Set<QualifiedName> {
        get { storage.fields.calledFunctions }
        set { storage.set(\.calledFunctions, newValue) }
    }

    /// Relations the expression names in strings (`nextval('public.t_id_seq'::regclass)`), qualified.
    /// Not compared.
    public var namedRelations: Set<QualifiedName> {
        get { storage.fields.namedRelations }
        set { storage.set(\.namedRelations, newValue) }
    }

    /// Text search configurations the expression names (`'public.bare'::regconfig`). Not compared.
    public var namedConfigurations: Set<QualifiedName> {
        get { storage.fields.namedConfigurations }
        set { storage.set(\.namedConfigurations, newValue) }
    }

    /// The column names the expression refers to (the last part of each column reference). Not compared.
    public var columns: Set<String> {
        get { storage.fields.columns }
        set { storage.set(\.columns, newValue) }
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.storage.isShared(with: rhs.storage) || lhs.canonical == rhs.canonical }
    public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }

    /// Whether every field is the same, those not compared included (`==` compares the canonical form).
    public func isIdentical(to other: Expression) -> Bool {
        storage.isShared(with: other.storage) || storage.fields == other.storage.fields
    }

    /// Whether both share one storage (for tests of the sharing).
    public func sharesStorage(with other: Expression) -> Bool { storage.isShared(with: other.storage) }

    public var description: String { text }
}
