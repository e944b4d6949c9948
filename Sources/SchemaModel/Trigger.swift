/// A trigger is named per table: the table and the trigger's name identify it.
public struct TriggerIdentity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var table: QualifiedName
    public var name: String

    public init(table: QualifiedName, name: String) {
        self.table = table
        self.name = name
    }

    public var description: String { "\(Identifier.quote(name)) ON \(table.sql)" }

    public static func < (lhs: TriggerIdentity, rhs: TriggerIdentity) -> Bool {
        (lhs.table, lhs.name) < (rhs.table, rhs.name)
    }
}

/// When a trigger fires (pg_trigger.tgenabled; `ALTER TABLE ... ENABLE|DISABLE [REPLICA|ALWAYS] TRIGGER`,
/// see the ALTER TABLE page of the PostgreSQL documentation and `session_replication_role`).
public enum TriggerFiring: String, Sendable, CaseIterable {
    /// Fires in the `origin` and `local` replication roles: the default.
    case origin = "O"
    case disabled = "D"
    /// Fires only in the `replica` role.
    case replica = "R"
    case always = "A"

    /// The ALTER TABLE action that sets it.
    public var action: String {
        switch self {
        case .origin: return "ENABLE TRIGGER"
        case .disabled: return "DISABLE TRIGGER"
        case .replica: return "ENABLE REPLICA TRIGGER"
        case .always: return "ENABLE ALWAYS TRIGGER"
        }
    }
}

/// A trigger (or constraint trigger) on a table or view. Compared by its canonical form: the normalized
/// `CREATE TRIGGER` parse tree, where the user's text and `pg_get_triggerdef`'s rendering meet, and by
/// when it fires.
public struct Trigger: Equatable, Sendable {
    public var identity: TriggerIdentity
    public var canonical: String
    /// `CREATE TRIGGER ...` with the table and function qualified, for migrations.
    public var sql: String
    /// The function the trigger executes, when it is a user function (not compared: the canonical form has it).
    public var function: QualifiedName?
    public var firing: TriggerFiring = .origin
    /// False when the copies PostgreSQL keeps on a partitioned table's partitions do not all fire as this
    /// trigger does (introspection only: schema files set a partitioned table's triggers as a whole, and
    /// `ALTER TABLE parent ... TRIGGER` without ONLY makes them agree again).
    public var partitionsAgree = true

    public init(identity: TriggerIdentity, canonical: String, sql: String) {
        self.identity = identity
        self.canonical = canonical
        self.sql = sql
    }

    public static func == (lhs: Trigger, rhs: Trigger) -> Bool {
        lhs.identity == rhs.identity && lhs.canonical == rhs.canonical && lhs.firing == rhs.firing && lhs.partitionsAgree == rhs.partitionsAgree
    }

    /// Whether the two differ only in when they fire: changed in place.
    public func differsOnlyInFiring(from other: Trigger) -> Bool {
        identity == other.identity && canonical == other.canonical && self != other
    }

    /// `ALTER TABLE t ENABLE|DISABLE ... TRIGGER x`: on a partitioned table, for its partitions' copies too.
    public var firingSQL: String { "ALTER TABLE \(identity.table.sql) \(firing.action) \(Identifier.quote(identity.name))" }

    /// `CREATE TRIGGER`, and the statement that sets when it fires unless it is the default.
    public var createSQL: String { firing == .origin ? sql : sql + ";\n" + firingSQL }

    public var dropSQL: String { "DROP TRIGGER \(identity)" }
}
