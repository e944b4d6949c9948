import SchemaModel

/// `GRANT` / `REVOKE` statements that turn one object's grants into another's, per grantee: what is
/// no longer held is revoked (or only its grant option), what is newly held is granted. Revoking one
/// privilege out of a relation's `ALL` cannot be written without knowing the server's set (MAINTAIN),
/// so `ALL` is revoked and the rest granted again.
enum PrivilegeSQL {
    static func statements(on target: PrivilegeTarget, from old: [PrivilegeGrant], to new: [PrivilegeGrant]) -> [String] {
        var suffix = ""
        if case .column(_, let column) = target { suffix = " (\(Identifier.quote(column)))" }
        return statements(onClause: target.onSQL, columnSuffix: suffix, from: old, to: new)
    }

    /// `onClause` is what follows `ON` (`TABLE public.t`, or `TABLES` for default privileges).
    static func statements(onClause target: String, columnSuffix: String = "", from old: [PrivilegeGrant],
                           to new: [PrivilegeGrant]) -> [String] {
        let list = { (privileges: [Privilege]) in privileges.map { $0.rawValue + columnSuffix }.joined(separator: ", ") }
        var statements: [String] = []
        for grantee in Set(old.map(\.grantee)).union(new.map(\.grantee)).sorted() {
            var before = held(by: grantee, in: old)
            let after = held(by: grantee, in: new)
            guard before != after else { continue }
            if let all = before[.all], after[.all] == nil || (all && after[.all] == false) {
                statements.append("REVOKE \(all && after[.all] == false ? "GRANT OPTION FOR " : "")ALL ON \(target) FROM \(grantee.sql)")
                before = after[.all] == false ? [.all: false] : [:]
            }
            var revoked: [Privilege] = []
            var optionRevoked: [Privilege] = []
            for (privilege, grantable) in before where privilege != .all && !covers(after, privilege, grantable) {
                if covers(after, privilege, false) { optionRevoked.append(privilege) } else { revoked.append(privilege) }
            }
            if !revoked.isEmpty { statements.append("REVOKE \(list(revoked.sorted())) ON \(target) FROM \(grantee.sql)") }
            if !optionRevoked.isEmpty {
                statements.append("REVOKE GRANT OPTION FOR \(list(optionRevoked.sorted())) ON \(target) FROM \(grantee.sql)")
            }
            for grantable in [false, true] {
                let granted = after.filter { $0.value == grantable && !covers(before, $0.key, grantable) }.map(\.key).sorted()
                if !granted.isEmpty {
                    statements.append("GRANT \(list(granted)) ON \(target) TO \(grantee.sql)\(grantable ? " WITH GRANT OPTION" : "")")
                }
            }
        }
        return statements
    }

    /// Whether one grant includes another (the same privilege or a relation's `ALL`, with grant option
    /// when the other has it).
    static func covers(_ held: PrivilegeGrant, _ wanted: PrivilegeGrant) -> Bool {
        held.grantee == wanted.grantee && (held.privilege == wanted.privilege || held.privilege == .all)
            && (held.grantable || !wanted.grantable)
    }

    private static func held(by grantee: Grantee, in grants: [PrivilegeGrant]) -> [Privilege: Bool] {
        var result: [Privilege: Bool] = [:]
        for grant in grants where grant.grantee == grantee { result[grant.privilege] = grant.grantable }
        return result
    }

    /// Whether holding `privileges` includes `privilege` (with grant option when `grantable`).
    private static func covers(_ privileges: [Privilege: Bool], _ privilege: Privilege, _ grantable: Bool) -> Bool {
        if let held = privileges[privilege], held || !grantable { return true }
        if privilege != .all, let all = privileges[.all], all || !grantable { return true }
        return false
    }
}
