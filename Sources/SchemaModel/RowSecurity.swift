/// `ALTER TABLE ... ENABLE | FORCE ROW LEVEL SECURITY` (pg_class.relrowsecurity, relforcerowsecurity).
/// Kept only for tables where one of them is on, so a table without it has no entry.
public struct RowSecurity: Equatable, Sendable {
    public var enabled: Bool
    public var forced: Bool

    public init(enabled: Bool = false, forced: Bool = false) {
        self.enabled = enabled
        self.forced = forced
    }

    public var isDefault: Bool { !enabled && !forced }
}

/// A policy is named per table.
public struct PolicyIdentity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var table: QualifiedName
    public var name: String

    public init(table: QualifiedName, name: String) {
        self.table = table
        self.name = name
    }

    /// `name ON schema.table`, as `ALTER POLICY`, `DROP POLICY` and `COMMENT ON POLICY` name it.
    public var description: String { "\(Identifier.quote(name)) ON \(table.sql)" }

    public static func < (lhs: PolicyIdentity, rhs: PolicyIdentity) -> Bool { (lhs.table, lhs.name) < (rhs.table, rhs.name) }
}

/// `CREATE POLICY` (pg_policy): its expressions go through the expression normalizer with the table's
/// column types known, as checks do.
public struct Policy: Equatable, Sendable {
    /// `FOR ...` (pg_policy.polcmd: `*`, r, a, w, d).
    public enum Command: String, Sendable {
        case all = "ALL", select = "SELECT", insert = "INSERT", update = "UPDATE", delete = "DELETE"
    }

    public var identity: PolicyIdentity
    /// `AS PERMISSIVE` (the default) or `AS RESTRICTIVE`.
    public var permissive: Bool
    public var command: Command
    /// Sorted; `[.public]` when the policy applies to every role (`TO PUBLIC`, or no `TO`).
    public var roles: [Grantee]
    public var using: Expression?
    public var withCheck: Expression?

    public init(identity: PolicyIdentity, permissive: Bool = true, command: Command = .all, roles: [Grantee] = [.public],
                using: Expression? = nil, withCheck: Expression? = nil) {
        self.identity = identity
        self.permissive = permissive
        self.command = command
        self.roles = roles
        self.using = using
        self.withCheck = withCheck
    }

    /// `CREATE POLICY name ON table AS ... FOR ... TO ... USING (...) WITH CHECK (...)`.
    public var createSQL: String {
        var sql = "CREATE POLICY \(identity) AS \(permissive ? "PERMISSIVE" : "RESTRICTIVE") FOR \(command.rawValue)"
        sql += " TO " + roles.map(\.sql).joined(separator: ", ")
        if let using { sql += " USING (\(using.text))" }
        if let withCheck { sql += " WITH CHECK (\(withCheck.text))" }
        return sql
    }

    public var dropSQL: String { "DROP POLICY \(identity)" }

    /// Whether `ALTER POLICY` can turn this policy into `new`: it changes roles and expressions, not the
    /// command or permissiveness, and cannot remove an expression (only replace it).
    public func isAlterable(to new: Policy) -> Bool {
        permissive == new.permissive && command == new.command
            && (using == nil || new.using != nil) && (withCheck == nil || new.withCheck != nil)
    }

    /// `ALTER POLICY` for the parts that differ from `old`.
    public func alterSQL(from old: Policy) -> String {
        var sql = "ALTER POLICY \(identity)"
        if roles != old.roles { sql += " TO " + roles.map(\.sql).joined(separator: ", ") }
        if let using, using != old.using { sql += " USING (\(using.text))" }
        if let withCheck, withCheck != old.withCheck { sql += " WITH CHECK (\(withCheck.text))" }
        return sql
    }
}
