import SchemaModel

/// Comments and grants belong to an object: when the plan drops an object and creates it again (a
/// recreated view, a function PostgreSQL cannot replace in place, a replaced trigger or policy), or a
/// down section creates a dropped one again, they are written again right after the creation, in the
/// same statement, from the model the object is created from.
extension Planner {
    func reapplied(_ creation: String, relation name: QualifiedName, in model: SchemaModel) -> String {
        joined(creation, attachments(in: model, comments: { target in
            switch target {
            case .view(let view), .materializedView(let view), .table(let view), .column(let view, _): return view == name
            case .index(let index): return model.indexes[index]?.table == name
            default: return false
            }
        }, privileges: { target in
            switch target {
            case .relation(let relation), .column(let relation, _): return relation == name
            default: return false
            }
        }))
    }

    func reapplied(_ creation: String, routine identity: FunctionIdentity, in model: SchemaModel) -> String {
        joined(creation, attachments(in: model, comments: { $0 == .routine(identity) }, privileges: { $0 == .routine(identity) }))
    }

    func reapplied(_ creation: String, trigger identity: TriggerIdentity, in model: SchemaModel) -> String {
        joined(creation, attachments(in: model, comments: { $0 == .trigger(identity) }, privileges: { _ in false }))
    }

    func reapplied(_ creation: String, policy identity: PolicyIdentity, in model: SchemaModel) -> String {
        joined(creation, attachments(in: model, comments: { $0 == .policy(identity) }, privileges: { _ in false }))
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

    func reapplied(_ creation: String, type name: QualifiedName, in model: SchemaModel) -> String {
        joined(creation, attachments(in: model, comments: { target in
            switch target {
            case .type(let type), .domainConstraint(let type, _): return type == name
            default: return false
            }
        }, privileges: { $0 == .type(name) }))
    }

    func reapplied(_ creation: String, domainCheck target: CommentTarget, in model: SchemaModel) -> String {
        joined(creation, attachments(in: model, comments: { $0 == target }, privileges: { _ in false }))
    }

    private func joined(_ creation: String, _ attachments: [String]) -> String {
        ([creation] + attachments).joined(separator: ";\n")
    }

    private func attachments(in model: SchemaModel, comments: (CommentTarget) -> Bool,
                             privileges: (PrivilegeTarget) -> Bool) -> [String] {
        var statements: [String] = []
        for target in model.comments.keys.filter(comments).sorted() { statements.append(comment(on: target, in: model)) }
        for target in model.privileges.keys.filter(privileges).sorted() { statements += grants(on: target, in: model) }
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
