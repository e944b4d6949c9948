/// A privilege of `GRANT`/`REVOKE`, with the letter `aclitem` uses for it (see the PostgreSQL documentation,
/// "Privileges", table "ACL Privilege Abbreviations"). `all` stands for every privilege of a table as the
/// server knows them: PostgreSQL 17 added MAINTAIN, so "all" is a different set on 15 and 18, and only the
/// marker compares equal across versions.
public enum Privilege: String, CaseIterable, Comparable, Hashable, Sendable {
    case all = "ALL"
    case select = "SELECT", insert = "INSERT", update = "UPDATE", delete = "DELETE", truncate = "TRUNCATE"
    case references = "REFERENCES", trigger = "TRIGGER", maintain = "MAINTAIN"
    case usage = "USAGE", create = "CREATE", execute = "EXECUTE"

    public static func < (lhs: Privilege, rhs: Privilege) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Who a privilege is granted to: a role, or every role (`PUBLIC`, grantee 0 in `aclitem`).
public enum Grantee: Hashable, Comparable, Sendable, CustomStringConvertible {
    case `public`
    case role(String)

    public var sql: String {
        switch self {
        case .public: return "PUBLIC"
        case .role(let name): return Identifier.quote(name)
        }
    }

    public var description: String { sql }
}

/// One privilege held by one grantee, possibly with the right to grant it on (`WITH GRANT OPTION`).
public struct PrivilegeGrant: Hashable, Comparable, Sendable {
    public var grantee: Grantee
    public var privilege: Privilege
    public var grantable: Bool

    public init(_ grantee: Grantee, _ privilege: Privilege, grantable: Bool = false) {
        self.grantee = grantee
        self.privilege = privilege
        self.grantable = grantable
    }

    public static func < (lhs: PrivilegeGrant, rhs: PrivilegeGrant) -> Bool {
        (lhs.grantee, lhs.privilege, lhs.grantable ? 1 : 0) < (rhs.grantee, rhs.privilege, rhs.grantable ? 1 : 0)
    }
}

/// An object privileges are granted on, as `GRANT ... ON` names it. Views and materialized views are
/// relations (`ON TABLE`), as pg_dump writes them; domains are types; procedures are routines.
public enum PrivilegeTarget: Hashable, Comparable, Sendable, CustomStringConvertible {
    case relation(QualifiedName)
    case column(QualifiedName, String)
    case sequence(QualifiedName)
    case routine(FunctionIdentity)
    case schema(String)
    case type(QualifiedName)

    /// The `ON ...` clause without the column list (column privileges are written `SELECT(a) ON TABLE t`).
    public var onSQL: String {
        switch self {
        case .relation(let name), .column(let name, _): return "TABLE \(name.sql)"
        case .sequence(let name): return "SEQUENCE \(name.sql)"
        case .routine(let identity): return "ROUTINE \(identity.sql)"
        case .schema(let name): return "SCHEMA \(Identifier.quote(name))"
        case .type(let name): return "TYPE \(name.sql)"
        }
    }

    /// The privileges `ALL` means on this kind of object, where that set is the same on every supported
    /// server; nil for relations, whose `ALL` stays a marker (see `Privilege`).
    public var allPrivileges: [Privilege]? {
        switch self {
        case .relation: return nil
        case .column: return [.select, .insert, .update, .references]
        case .sequence: return [.select, .update, .usage]
        case .routine: return [.execute]
        case .schema: return [.usage, .create]
        case .type: return [.usage]
        }
    }

    /// What grantees other than the owner hold on a new object of this kind (`acldefault`): PUBLIC may
    /// call routines and use types; the public schema of PostgreSQL 15 and later is usable by PUBLIC.
    public var defaultGrants: [PrivilegeGrant] {
        switch self {
        case .routine: return [PrivilegeGrant(.public, .execute)]
        case .type: return [PrivilegeGrant(.public, .usage)]
        case .schema(let name) where name == "public": return [PrivilegeGrant(.public, .usage)]
        default: return []
        }
    }

    public var description: String {
        if case .column(_, let column) = self { return "\(onSQL) (\(Identifier.quote(column)))" }
        return onSQL
    }

    public static func < (lhs: PrivilegeTarget, rhs: PrivilegeTarget) -> Bool { lhs.description < rhs.description }
}
