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
        // `CREATE OR REPLACE` of a routine declared above (pg_dump declares some twice, the later one
        // complete) replaces it, as it does in PostgreSQL; a second plain CREATE is an error there too.
        guard model.functions[function.identity] == nil || body.replace else {
            throw statement.diagnostic(atByte: nil, "\(function.kind.rawValue.lowercased()) \(function.identity) is declared twice",
                                       hint: "write CREATE OR REPLACE for a later definition that replaces an earlier one")
        }
        model.functions[function.identity] = function
    }

    /// On a table (a partitioned table's trigger stands for the copies PostgreSQL makes on its partitions)
    /// or a view (`INSTEAD OF`, or statement-level).
    mutating func addTrigger(_ statement: StatementSource, _ body: Node) throws(Diagnostic) {
        let (tables, views) = (tableNames, model.views)
        let trigger = try TriggerBuilder(source: statement, normalizer: normalizer(for: statement), isRelation: { name in
            tables.contains(name) || views[name].map { !$0.materialized } ?? false
        }).build(body)
        let relation = body.relation
        let columns: [String]
        if let table = model.tables[trigger.identity.table] { columns = table.columns.map(\.name) }
        else if let view = model.views[trigger.identity.table], !view.materialized { columns = view.outputColumns }
        else {
            throw statement.diagnostic(at: relation, "trigger \(trigger.identity.name) is on \(trigger.identity.table), which is not a declared table or view")
        }
        if let missing = (body.columns.nameList).first(where: { !columns.contains($0) }) {
            throw statement.diagnostic(at: relation, "trigger \(trigger.identity.name) uses column \"\(missing)\", which \(trigger.identity.table) does not have")
        }
        guard model.triggers[trigger.identity] == nil else {
            throw statement.diagnostic(at: relation, "trigger \(trigger.identity) is declared twice")
        }
        model.triggers[trigger.identity] = trigger
    }
}
