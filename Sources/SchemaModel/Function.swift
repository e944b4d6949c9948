/// What identifies a function or procedure in PostgreSQL: its schema-qualified name and the types of
/// its input arguments (IN, INOUT, VARIADIC), so overloads are separate objects.
public struct FunctionIdentity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var name: QualifiedName
    /// Canonical type names (`integer`, `public.mood`, `text[]`), without typmods: PostgreSQL drops them.
    public var argumentTypes: [String]

    public init(name: QualifiedName, argumentTypes: [String]) {
        self.name = name
        self.argumentTypes = argumentTypes
    }

    /// `public.add(integer, integer)`: how `DROP FUNCTION` and `COMMENT ON FUNCTION` name it.
    public var sql: String { name.sql + "(" + argumentTypes.joined(separator: ", ") + ")" }
    public var description: String { sql }

    public static func < (lhs: FunctionIdentity, rhs: FunctionIdentity) -> Bool {
        (lhs.name, lhs.argumentTypes.joined(separator: ",")) < (rhs.name, rhs.argumentTypes.joined(separator: ","))
    }
}

/// A function or procedure. Compared by its canonical form: the normalized `CREATE FUNCTION` parse tree,
/// where the user's text and `pg_get_functiondef`'s rendering meet (see `FunctionBuilder`).
public struct Function: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case function = "FUNCTION"
        case procedure = "PROCEDURE"
    }

    public var identity: FunctionIdentity
    public var kind: Kind
    /// Parameter names, modes and types, and the return type: what `CREATE OR REPLACE` cannot change.
    public var signature: String
    /// How many parameters have defaults; `CREATE OR REPLACE` may add defaults but not remove them.
    public var defaultCount: Int
    /// The digest of the whole definition, normalized and serialized (only ever compared).
    public var definitionDigest: CanonicalDigest
    /// The relations an SQL-standard body (`BEGIN ATOMIC`, `RETURN`) names, qualified: PostgreSQL
    /// resolves them when it creates the function, so they must exist by then.
    public var readsAtCreation: Set<QualifiedName>
    /// The user functions an SQL-standard body calls (resolved at creation too). Not compared.
    public var calledAtCreation: Set<QualifiedName> = []
    /// Whether the body is SQL-standard (`BEGIN ATOMIC`, `RETURN`): PostgreSQL, and monolayer, know what
    /// it uses. A string body (PL/pgSQL, or SQL checked only when run) is opaque to both. Not compared.
    public var bodyIsTracked = false
    /// Whether PostgreSQL checks the body against the catalog at creation (`LANGUAGE sql` with a string body).
    public var bodyIsValidated: Bool
    /// The definition from the parameter list's `(` to the end, as written (or as the server printed it).
    public var definitionText: String
    /// The result's canonical type name without `SETOF` (nil for procedures), for ordering against tables.
    public var resultType: String?

    public init(identity: FunctionIdentity, kind: Kind, signature: String, defaultCount: Int, definitionDigest: CanonicalDigest,
                readsAtCreation: Set<QualifiedName>, bodyIsValidated: Bool, definitionText: String) {
        self.identity = identity
        self.kind = kind
        self.signature = signature
        self.defaultCount = defaultCount
        self.definitionDigest = definitionDigest
        self.readsAtCreation = readsAtCreation
        self.bodyIsValidated = bodyIsValidated
        self.definitionText = definitionText
    }

    public static func == (lhs: Function, rhs: Function) -> Bool {
        lhs.identity == rhs.identity && lhs.kind == rhs.kind && lhs.definitionDigest == rhs.definitionDigest
    }

    /// `CREATE [OR REPLACE] FUNCTION public.add(a integer, b integer) RETURNS ...`.
    public func createSQL(orReplace: Bool) -> String {
        "CREATE \(orReplace ? "OR REPLACE " : "")\(kind.rawValue) \(identity.name.sql)\(definitionText)"
    }

    public var dropSQL: String { "DROP \(kind.rawValue) \(identity.sql)" }

    /// Whether `CREATE OR REPLACE` can turn this definition into `new`: same kind, parameters and return
    /// type, and no parameter default removed (PostgreSQL refuses each of those).
    public func isReplaceable(by new: Function) -> Bool {
        kind == new.kind && signature == new.signature && new.defaultCount >= defaultCount
    }
}
