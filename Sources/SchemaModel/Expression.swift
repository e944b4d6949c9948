/// An SQL expression (a default, a check, an index predicate): the text to write into migrations and
/// the canonical form it is compared by. Two expressions are equal when their canonical forms are,
/// whatever their spelling: the user's `'todo'` and PostgreSQL's `'todo'::public.task_status` meet there.
///
/// Held out of line and never changed in place: schemas repeat their defaults and checks (`now()`, `0`,
/// `''`), so a model build holds each distinct expression once (see ExpressionParts) and a column with a
/// default spends one word on it.
public struct Expression: Hashable, Sendable, CustomStringConvertible {
    private final class Storage: Sendable {
        let text: String
        let canonical: String
        let isVolatile: Bool
        let calledFunctions: Set<QualifiedName>
        let namedRelations: Set<QualifiedName>
        let namedConfigurations: Set<QualifiedName>
        let columns: Set<String>

        init(text: String, canonical: String, isVolatile: Bool, calledFunctions: Set<QualifiedName>,
             namedRelations: Set<QualifiedName>, namedConfigurations: Set<QualifiedName>, columns: Set<String>) {
            self.text = text
            self.canonical = canonical
            self.isVolatile = isVolatile
            self.calledFunctions = calledFunctions
            self.namedRelations = namedRelations
            self.namedConfigurations = namedConfigurations
            self.columns = columns
        }
    }

    private var storage: Storage

    public init(text: String, canonical: String, isVolatile: Bool = false, calledFunctions: Set<QualifiedName> = [],
                namedRelations: Set<QualifiedName> = [], namedConfigurations: Set<QualifiedName> = [], columns: Set<String> = []) {
        storage = Storage(text: text, canonical: canonical, isVolatile: isVolatile, calledFunctions: calledFunctions,
                          namedRelations: namedRelations, namedConfigurations: namedConfigurations, columns: columns)
    }

    /// This expression with some of its fields replaced (each setter below makes one new storage).
    private func with(text: String? = nil, canonical: String? = nil, isVolatile: Bool? = nil, calledFunctions: Set<QualifiedName>? = nil,
                      namedRelations: Set<QualifiedName>? = nil, namedConfigurations: Set<QualifiedName>? = nil,
                      columns: Set<String>? = nil) -> Expression {
        Expression(text: text ?? self.text, canonical: canonical ?? self.canonical, isVolatile: isVolatile ?? self.isVolatile,
                   calledFunctions: calledFunctions ?? self.calledFunctions, namedRelations: namedRelations ?? self.namedRelations,
                   namedConfigurations: namedConfigurations ?? self.namedConfigurations, columns: columns ?? self.columns)
    }

    /// SQL text that PostgreSQL accepts in the expression's position.
    public var text: String {
        get { storage.text }
        set { self = with(text: newValue) }
    }

    /// The normalized parse tree, serialized.
    public var canonical: String {
        get { storage.canonical }
        set { self = with(canonical: newValue) }
    }

    /// Whether the expression calls a volatile function (a column default that would rewrite the table).
    public var isVolatile: Bool {
        get { storage.isVolatile }
        set { self = with(isVolatile: newValue) }
    }

    /// Schema-qualified functions the expression calls (user functions, as the normalizer qualifies
    /// them; built-ins stay bare and are left out), so the planner can create a domain after a function
    /// its check calls. Not compared: it follows from the canonical form.
    public var calledFunctions: Set<QualifiedName> {
        get { storage.calledFunctions }
        set { self = with(calledFunctions: newValue) }
    }

    /// Relations the expression names in strings (`nextval('public.t_id_seq'::regclass)`), qualified.
    /// Not compared.
    public var namedRelations: Set<QualifiedName> {
        get { storage.namedRelations }
        set { self = with(namedRelations: newValue) }
    }

    /// Text search configurations the expression names (`'public.bare'::regconfig`). Not compared.
    public var namedConfigurations: Set<QualifiedName> {
        get { storage.namedConfigurations }
        set { self = with(namedConfigurations: newValue) }
    }

    /// The column names the expression refers to (the last part of each column reference). Not compared.
    public var columns: Set<String> {
        get { storage.columns }
        set { self = with(columns: newValue) }
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.storage === rhs.storage || lhs.canonical == rhs.canonical }
    public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }

    /// Whether every field is the same, those not compared included (`==` compares the canonical form).
    public func isIdentical(to other: Expression) -> Bool {
        storage === other.storage
            || (text == other.text && canonical == other.canonical && isVolatile == other.isVolatile
                && calledFunctions == other.calledFunctions && namedRelations == other.namedRelations
                && namedConfigurations == other.namedConfigurations && columns == other.columns)
    }

    /// Whether both share one storage (for tests of the sharing).
    public func sharesStorage(with other: Expression) -> Bool { storage === other.storage }

    public var description: String { text }
}
