import SchemaModel
import SQLTree

/// `ALTER TABLE t ENABLE|DISABLE [REPLICA|ALWAYS] TRIGGER name|USER` (pg_dump writes one after each
/// trigger that does not fire by default): read once every trigger of the files is declared, whatever
/// the order. A partitioned table's trigger is set as a whole, as `ALTER TABLE` without `ONLY` does it
/// for the copies on the partitions; `DISABLE TRIGGER ALL` would reach the internal triggers of foreign
/// keys, which are the constraints' and not modelled.
struct TriggerFiringReader {
    let source: StatementSource
    let resolver: NameResolver

    static let subtypes: [String: TriggerFiring?] = [
        "AT_EnableTrig": .origin, "AT_DisableTrig": .disabled, "AT_EnableReplicaTrig": .replica, "AT_EnableAlwaysTrig": .always,
        "AT_EnableTrigUser": .origin, "AT_DisableTrigUser": .disabled, "AT_EnableTrigAll": nil, "AT_DisableTrigAll": nil,
    ]

    func apply(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        let relation = body.relation ?? .null
        let table = resolver.qualifyRelation(rangeVar: relation)
        for command in body.cmds {
            let fields = command.body("AlterTableCmd") ?? command
            let subtype = fields.subtype ?? ""
            guard let entry = Self.subtypes[subtype] else { continue }
            guard let firing = entry else {
                throw source.diagnostic(at: command, "ENABLE/DISABLE TRIGGER ALL also reaches the internal triggers of foreign keys, which monolayer does not model",
                                        hint: "write ENABLE/DISABLE TRIGGER USER, or name the trigger")
            }
            let names: [String]
            if subtype.hasSuffix("TrigUser") {
                names = model.triggers(on: table).map(\.identity.name)
            } else {
                names = [fields.name?.string ?? ""]
            }
            for name in names {
                let identity = TriggerIdentity(table: table, name: name)
                guard model.triggers[identity] != nil else { throw missing(identity, command, in: model) }
                if relation.inh != true, model.tables.values.contains(where: { $0.partitionOf?.parent == table }) {
                    throw source.diagnostic(at: command, "ALTER TABLE ONLY would set trigger \(name) on \(table) apart from its partitions' copies",
                                            hint: "monolayer sets a partitioned table's triggers as a whole: remove ONLY")
                }
                model.triggers[identity]?.firing = firing
            }
        }
    }

    private func missing(_ identity: TriggerIdentity, _ command: Node, in model: SchemaModel) -> Diagnostic {
        var ancestor = model.tables[identity.table]?.partitionOf?.parent
        while let parent = ancestor {
            if model.triggers[TriggerIdentity(table: parent, name: identity.name)] != nil {
                return source.diagnostic(at: command, "trigger \(identity.name) on partition \(identity.table) is PostgreSQL's copy of the trigger on \(parent)",
                                         hint: "set when it fires on \(parent): monolayer sets a partitioned table's triggers as a whole")
            }
            ancestor = model.tables[parent]?.partitionOf?.parent
        }
        return source.diagnostic(at: command, "trigger \(identity) is not declared")
    }
}
