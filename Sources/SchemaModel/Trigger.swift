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

/// A trigger (or constraint trigger) on a table. Compared by its canonical form: the normalized
/// `CREATE TRIGGER` parse tree, where the user's text and `pg_get_triggerdef`'s rendering meet.
public struct Trigger: Equatable, Sendable {
    public var identity: TriggerIdentity
    public var canonical: String
    /// `CREATE TRIGGER ...` with the table and function qualified, for migrations.
    public var sql: String
    /// The function the trigger executes, when it is a user function (not compared: the canonical form has it).
    public var function: QualifiedName?

    public init(identity: TriggerIdentity, canonical: String, sql: String) {
        self.identity = identity
        self.canonical = canonical
        self.sql = sql
    }

    public static func == (lhs: Trigger, rhs: Trigger) -> Bool {
        lhs.identity == rhs.identity && lhs.canonical == rhs.canonical
    }

    public var dropSQL: String { "DROP TRIGGER \(identity)" }
}
