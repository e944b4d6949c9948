import SchemaModel

/// One SQL statement of a plan: where it runs, how it is undone, what it risks, and what it does to
/// which object, which is what orders it (see `StatementGraph`).
public struct PlannedStatement: Equatable, Sendable {
    public var phase: Phase
    public var sql: String
    /// The statement that undoes this one, for the migration's down section: empty when there is
    /// nothing to undo (a validation), nil when it cannot be undone (an enum value added).
    public var down: String?
    /// False for statements PostgreSQL refuses inside a transaction block (`CREATE INDEX CONCURRENTLY`),
    /// and for steps that must commit before the next starts (`VALIDATE CONSTRAINT` after `NOT VALID`).
    public var transactional: Bool
    public var warnings: [Warning]
    /// The lock the statement takes on the relations its object is or belongs to: stated where the statement
    /// is built when the kind of change does not imply it (see `StatementLock.implied`); nil only when
    /// neither says, which a test over every case folder refuses.
    public var lock: StatementLock?
    public var action: StatementAction
    /// Objects the statement needs besides what its object depends on in the model (a temporary check
    /// that `SET NOT NULL` relies on, the renamed type an enum rebuild converts from).
    public var requires: Set<ObjectID>
    /// Objects whose drop must come first, though the statement does not name them (a primary key
    /// replaced by one under another name: a table has one primary key at a time).
    public var supersedes: Set<ObjectID>
    /// Objects the statement needs as they are now, so it runs before their drop even when the plan
    /// creates them again (a replica identity restated on a key that is then rebuilt).
    public var usesCurrent: Set<ObjectID> = []
    /// The statement creates its object without what the object's definition needs (a placeholder view
    /// that breaks a dependency cycle): it needs only `requires` and what contains them.
    public var standsAlone = false

    public init(phase: Phase, sql: String, down: String?, transactional: Bool = true, warnings: [Warning] = [],
                lock: StatementLock? = nil, _ action: StatementAction, requires: Set<ObjectID> = [], supersedes: Set<ObjectID> = []) {
        self.phase = phase
        self.sql = sql
        self.down = down
        self.transactional = transactional
        self.warnings = warnings
        self.lock = lock ?? StatementLock.implied(by: action)
        self.action = action
        self.requires = requires
        self.supersedes = supersedes
    }
}

/// What a statement does to its object.
public enum StatementAction: Hashable, Sendable, CustomStringConvertible {
    /// The object exists afterwards (and not before).
    case create(ObjectID)
    /// The object changes in place; what depends on it keeps working.
    case alter(ObjectID)
    /// The object is defined anew (a column's type, a function dropped and created): what depends on it is
    /// dropped before and created after.
    case replace(ObjectID)
    case drop(ObjectID)
    case rename(ObjectID, to: ObjectID)

    public var object: ObjectID {
        switch self {
        case .create(let id), .alter(let id), .replace(let id), .drop(let id), .rename(_, to: let id): return id
        }
    }

    public var description: String {
        switch self {
        case .create(let id): return "create \(id)"
        case .alter(let id): return "alter \(id)"
        case .replace(let id): return "replace \(id)"
        case .drop(let id): return "drop \(id)"
        case .rename(let old, let new): return "rename \(old) to \(new)"
        }
    }
}
