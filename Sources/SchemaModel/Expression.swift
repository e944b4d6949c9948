/// An SQL expression (a default, a check, an index predicate): the text to write into migrations and
/// the canonical form it is compared by. Two expressions are equal when their canonical forms are,
/// whatever their spelling: the user's `'todo'` and PostgreSQL's `'todo'::public.task_status` meet there.
public struct Expression: Hashable, Sendable, CustomStringConvertible {
    /// SQL text that PostgreSQL accepts in the expression's position.
    public var text: String
    /// The normalized parse tree, serialized.
    public var canonical: String
    /// Whether the expression calls a volatile function (a column default that would rewrite the table).
    public var isVolatile: Bool
    /// Schema-qualified functions the expression calls (user functions, as the normalizer qualifies
    /// them; built-ins stay bare and are left out), so the planner can create a domain after a function
    /// its check calls. Not compared: it follows from the canonical form.
    public var calledFunctions: Set<QualifiedName>
    /// Relations the expression names in strings (`nextval('public.t_id_seq'::regclass)`), qualified.
    /// Not compared.
    public var namedRelations: Set<QualifiedName>
    /// Text search configurations the expression names (`'public.bare'::regconfig`). Not compared.
    public var namedConfigurations: Set<QualifiedName> = []
    /// The column names the expression refers to (the last part of each column reference). Not compared.
    public var columns: Set<String> = []

    public init(text: String, canonical: String, isVolatile: Bool = false, calledFunctions: Set<QualifiedName> = [],
                namedRelations: Set<QualifiedName> = []) {
        self.text = text
        self.canonical = canonical
        self.isVolatile = isVolatile
        self.calledFunctions = calledFunctions
        self.namedRelations = namedRelations
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.canonical == rhs.canonical }
    public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }

    public var description: String { text }
}
