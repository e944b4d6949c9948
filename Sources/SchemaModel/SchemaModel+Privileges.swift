extension SchemaModel {
    /// The privileges grantees other than the owner hold on an object: explicit when they differ from
    /// PostgreSQL's default for the kind, else the default. The owner's own privileges are implicit
    /// (ownership is about roles, which monolayer does not model).
    public func grants(on target: PrivilegeTarget) -> [PrivilegeGrant] {
        privileges[target] ?? target.defaultGrants
    }

    /// Stores an object's grants in canonical form, and not at all when they are the default, so that a
    /// catalog ACL that merely spells the default out (`{owner=X/owner,=X/owner}`) equals none.
    public mutating func setGrants(_ grants: [PrivilegeGrant], on target: PrivilegeTarget) {
        let canonical = Self.canonicalGrants(grants)
        privileges[target] = canonical == target.defaultGrants ? nil : canonical
    }

    /// Sorted, without duplicates, a grantable privilege absorbing the same one without grant option,
    /// and a relation's `ALL` absorbing the single privileges it covers.
    public static func canonicalGrants(_ grants: [PrivilegeGrant]) -> [PrivilegeGrant] {
        var byGrantee: [Grantee: [Privilege: Bool]] = [:]
        for grant in grants {
            let held = byGrantee[grant.grantee]?[grant.privilege] ?? false
            byGrantee[grant.grantee, default: [:]][grant.privilege] = held || grant.grantable
        }
        var result: [PrivilegeGrant] = []
        for (grantee, privileges) in byGrantee {
            let all = privileges[.all]
            for (privilege, grantable) in privileges {
                if privilege != .all, let all, all || !grantable { continue }
                result.append(PrivilegeGrant(grantee, privilege, grantable: grantable))
            }
        }
        return result.sorted()
    }

    /// Whether the object privileges are on exists in this model.
    public func contains(_ target: PrivilegeTarget) -> Bool {
        contains(target, sequenceNames: nil)
    }

    /// The same, with the model's `sequenceNames` when the caller has them: they are gathered from every
    /// column of every table, and a caller that tests many targets gathers them once.
    public func contains(_ target: PrivilegeTarget, sequenceNames known: Set<QualifiedName>?) -> Bool {
        switch target {
        case .relation(let name): return tables[name] != nil || views[name] != nil
        case .column(let relation, let column):
            return tables[relation]?.column(named: column) != nil || views[relation]?.outputColumns.contains(column) == true
        case .sequence(let name): return (known ?? sequenceNames).contains(name)
        case .routine(let identity): return functions[identity] != nil
        case .schema(let name): return schemas[name] != nil
        case .type(let name): return enums[name] != nil || domains[name] != nil
        }
    }

    /// Standalone sequences and those of serial and identity columns (pg_dump grants on both).
    public var sequenceNames: Set<QualifiedName> {
        var names = Set(sequences.keys)
        for table in tables.values {
            for column in table.columns { if let sequence = column.identitySequence { names.insert(sequence.name) } }
        }
        return names
    }
}
