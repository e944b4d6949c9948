import SchemaModel
import SQLTree

/// Functions, procedures and triggers. Function names are registered in pass 1 (so calls in defaults
/// and checks resolve to them); the definitions are built in pass 3, once every type and table is known.
extension ModelBuilder {
    mutating func addFunction(_ statement: StatementSource, _ body: Node) throws(Diagnostic) {
        let function = try FunctionBuilder(source: statement, normalizer: normalizer(for: statement),
                                           relations: tableNames).build(body)
        guard model.schemas[function.identity.name.schema] != nil else {
            throw statement.diagnostic(atByte: nil, "schema \"\(function.identity.name.schema)\" of \(function.identity) is not declared",
                                       hint: "add `CREATE SCHEMA \(Identifier.quote(function.identity.name.schema));` to a schema file")
        }
        guard model.functions[function.identity] == nil else {
            throw statement.diagnostic(atByte: nil, "\(function.kind.rawValue.lowercased()) \(function.identity) is declared twice")
        }
        model.functions[function.identity] = function
    }

    mutating func addTrigger(_ statement: StatementSource, _ body: Node) throws(Diagnostic) {
        let trigger = try TriggerBuilder(source: statement, normalizer: normalizer(for: statement), relations: tableNames).build(body)
        let relation = body["relation"]
        guard let table = model.tables[trigger.identity.table] else {
            throw statement.diagnostic(at: relation, "trigger \(trigger.identity.name) is on \(trigger.identity.table), which is not a declared table",
                                       hint: "triggers on views and partitioned tables are not supported yet")
        }
        if let missing = (body["columns"]?.nameList ?? []).first(where: { table.column(named: $0) == nil }) {
            throw statement.diagnostic(at: relation, "trigger \(trigger.identity.name) uses column \"\(missing)\", which \(table.name) does not have")
        }
        guard model.triggers[trigger.identity] == nil else {
            throw statement.diagnostic(at: relation, "trigger \(trigger.identity) is declared twice")
        }
        model.triggers[trigger.identity] = trigger
    }
}
