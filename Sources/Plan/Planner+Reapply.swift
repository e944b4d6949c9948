import SchemaModel

/// Comments and grants belong to an object: when the plan drops an object and creates it again (a
/// recreated view, a function PostgreSQL cannot replace in place, a replaced trigger or policy), or a
/// down section creates a dropped one again, they are written again right after the creation, in the
/// same statement, from the model the object is created from.
extension Planner {
    /// A relation's comments (on it, its columns and, for a materialized view, its indexes) and grants.
    func reapplied(_ creation: String, relation name: QualifiedName, in side: PlanSide) -> String {
        joined(creation, attachments(of: .relation(name), in: side))
    }

    func reapplied(_ creation: String, routine identity: FunctionIdentity, in side: PlanSide) -> String {
        joined(creation, attachments(exactly: .routine(identity), .routine(identity), in: side))
    }

    func reapplied(_ creation: String, trigger identity: TriggerIdentity, in side: PlanSide) -> String {
        joined(creation, attachments(exactly: .trigger(identity), nil, in: side))
    }

    func reapplied(_ creation: String, policy identity: PolicyIdentity, in side: PlanSide) -> String {
        joined(creation, attachments(exactly: .policy(identity), nil, in: side))
    }

    /// A dropped table's down section: its replica identity, row-level security, policies, comments (on it,
    /// its columns, constraints, indexes, triggers and policies) and grants, after it and its indexes and
    /// triggers. `attachments` holds the model's objects of the table.
    func reapplied(_ creation: String, table name: QualifiedName, in model: SchemaModel, attachments: TableAttachments) -> String {
        var statements = [creation] + replicaIdentityRestore(of: name, in: model)
        if let security = model.rowSecurity[name] {
            let parts = (security.enabled ? ["ENABLE ROW LEVEL SECURITY"] : []) + (security.forced ? ["FORCE ROW LEVEL SECURITY"] : [])
            statements.append("ALTER TABLE \(name.sql) " + parts.joined(separator: ", "))
        }
        statements += attachments.policies(on: name).map(\.createSQL)
        statements += attachments.comments(on: name).filter { target in
            switch target {
            case .table, .column, .constraint, .index, .trigger, .policy: return true
            default: return false
            }
        }.map { comment(on: $0, in: model) }
        for target in attachments.privileges(on: name) { statements += grants(on: target, in: model) }
        return statements.joined(separator: ";\n")
    }

    /// A type's comments (on it and its domain constraints) and grants.
    func reapplied(_ creation: String, type name: QualifiedName, in side: PlanSide) -> String {
        joined(creation, attachments(of: .type(name), in: side))
    }

    func reapplied(_ creation: String, domainCheck target: CommentTarget, in side: PlanSide) -> String {
        joined(creation, attachments(exactly: target, nil, in: side))
    }

    /// The planner's model on `side`.
    func model(_ side: PlanSide) -> SchemaModel {
        switch side {
        case .current: return current
        case .desired: return desired
        }
    }

    private func joined(_ creation: String, _ attachments: [String]) -> String {
        ([creation] + attachments).joined(separator: ";\n")
    }

    /// The comments and grants `AttachedObjects` groups under `owner`, as statements.
    private func attachments(of owner: AttachedObjects.Owner, in side: PlanSide) -> [String] {
        let model = self.model(side)
        let attached = self.attached.objects(of: side)
        return attached.comments(of: owner).map { comment(on: $0, in: model) }
            + attached.privileges(of: owner).flatMap { grants(on: $0, in: model) }
    }

    /// The comment on `comment` and the grants on `privilege`, when the model has them.
    private func attachments(exactly comment: CommentTarget, _ privilege: PrivilegeTarget?, in side: PlanSide) -> [String] {
        let model = self.model(side)
        var statements: [String] = []
        if model.comments[comment] != nil { statements.append(self.comment(on: comment, in: model)) }
        if let privilege, model.privileges[privilege] != nil { statements += grants(on: privilege, in: model) }
        return statements
    }

    private func comment(on target: CommentTarget, in model: SchemaModel) -> String {
        "COMMENT ON \(target.sql) IS \(SQLLiteral.quote(model.comments[target]!))"
    }

    private func grants(on target: PrivilegeTarget, in model: SchemaModel) -> [String] {
        PrivilegeSQL.statements(on: target, from: target.defaultGrants, to: model.grants(on: target))
    }
}

extension WarningCatalogue {
    public static func droppedPolicy(_ identity: PolicyIdentity) -> Warning {
        Warning(code: .D018,
                summary: "Dropped policy (policy: '\(identity.name)' table: '\(identity.table.name)' schema: '\(identity.table.schema)')",
                why: "Rows the policy let roles see or change become invisible to them (a permissive policy), or rows it kept from them become visible (a restrictive one).",
                mitigationTitle: "How to keep access as intended:",
                mitigation: ["Make sure another policy, or none being needed, gives the running application the rows it reads and writes."])
    }

    public static func revokedPrivileges(_ target: PrivilegeTarget) -> Warning {
        Warning(code: .BI001, summary: "Revoked privileges on \(target)",
                why: "Queries of the roles that lose a privilege fail with \"permission denied\" once the contract phase runs.",
                mitigationTitle: "How to avoid breaking the application:",
                mitigation: ["Deploy the application version that no longer needs the privilege.",
                             "Then apply the contract phase."])
    }

    public static func rowSecurityRestricted(_ table: QualifiedName) -> Warning {
        Warning(code: .BI002,
                summary: "Enabled row-level security \(ObjectDescription.table(table))",
                why: "Roles other than the owner (and, when forced, the owner too) see and change only the rows a policy allows; without a matching policy, none.",
                mitigationTitle: "How to avoid hiding rows from the application:",
                mitigation: ["Declare policies for every role the application uses, in the same migration.",
                             "Check the application's queries against the policies before applying the alter phase."])
    }
}
