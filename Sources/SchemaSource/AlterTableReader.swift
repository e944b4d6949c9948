import Foundation
import SchemaModel
import SQLTree

/// `ALTER TABLE` in schema files: the forms pg_dump writes to complete a table declared earlier
/// (`ADD CONSTRAINT`, `ALTER COLUMN ... SET DEFAULT`, `SET NOT NULL`). Anything else is a migration,
/// not a declaration, and is refused.
struct AlterTableReader {
    let source: StatementSource
    let normalizer: ExpressionNormalizer

    func apply(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        let relation = body.relation ?? .null
        let name = normalizer.resolver.qualifyRelation(rangeVar: relation)
        let commands = body.cmds
        // `ALTER TABLE/SEQUENCE ... OWNER TO` (pg_dump writes them): roles are not modelled.
        if !commands.isEmpty, commands.allSatisfy({ $0.body("AlterTableCmd")?.subtype == "AT_ChangeOwner" }) { return }
        if body.objtype == "OBJECT_INDEX" { return try applyToIndex(body, to: &model) }
        if ["OBJECT_VIEW", "OBJECT_MATVIEW"].contains(body.objtype ?? "") { return try applyToView(body, to: &model) }
        guard body.objtype == "OBJECT_TABLE" else {
            throw source.diagnostic(at: relation, "ALTER \(body.objtype ?? "") is not supported in schema files yet")
        }
        guard var table = model.tables[name] else {
            throw source.diagnostic(at: relation, "ALTER TABLE names \(name), which is not declared")
        }
        let remaining = try attachPartitions(commands, parent: name, to: &model)
        for command in remaining {
            // When triggers fire is read once every trigger is declared (TriggerFiringReader).
            let subtype = (command.body("AlterTableCmd") ?? command).subtype ?? ""
            if TriggerFiringReader.subtypes[subtype] != nil { continue }
            // Column changes are folded in with the tables (ColumnAlterReader).
            if ColumnAlterReader.subtypes.contains(subtype) { continue }
            if RowSecurityReader.apply(command.body("AlterTableCmd") ?? command, table: name, to: &model) { continue }
            if try KeyUsingIndexReader(source: source).apply(command.body("AlterTableCmd") ?? command, to: &table, in: &model) { continue }
            if try ReplicaIdentityReader(source: source).apply(command.body("AlterTableCmd") ?? command, to: &table, in: model) { continue }
            try apply(command.body("AlterTableCmd") ?? command, to: &table, at: command)
        }
        table.markPrimaryKeyColumnsNotNull()
        model.tables[name] = table
        if relation.inh { try recurse(remaining, from: name, in: &model) }
    }

    func apply(_ command: Node, to table: inout Table, at node: Node) throws(Diagnostic) {
        let subtype = command.subtype ?? ""
        switch subtype {
        case "AT_AddConstraint":
            let constraint = try ConstraintBuilder(source: source, normalizer: normalizer.with(columns: table.columns))
                .build(command.def ?? .null, table: table.name, column: nil, takenNames: Set(table.constraints.keys))
            try table.checkColumns(of: constraint, source: source, node: command.def ?? node)
            guard table.constraints[constraint.name] == nil else {
                throw source.diagnostic(at: command.def, "constraint \"\(constraint.name)\" for table \(table.name) already exists")
            }
            table.constraints[constraint.name] = constraint
        case "AT_AddIdentity":
            let columnName = command.name?.string ?? ""
            guard let index = table.columns.firstIndex(where: { $0.name == columnName }) else {
                throw source.diagnostic(at: node, "column \"\(columnName)\" of \(table.name) is not declared")
            }
            try IdentityReader(source: source, resolver: normalizer.resolver).apply(command.def ?? .null, to: &table.columns[index], table: table.name)
        case "AT_ColumnDefault", "AT_SetNotNull", "AT_DropNotNull":
            let columnName = command.name?.string ?? ""
            guard let index = table.columns.firstIndex(where: { $0.name == columnName }) else {
                throw source.diagnostic(at: node, "column \"\(columnName)\" of \(table.name) is not declared")
            }
            if subtype == "AT_SetNotNull" { table.columns[index].notNull = true }
            if subtype == "AT_DropNotNull" { table.columns[index].notNull = false }
            if subtype == "AT_ColumnDefault" {
                table.columns[index].defaultValue = ExpressionNormalizer.columnDefault(try command.def.map { (expression) throws(Diagnostic) in
                    guard let text = source.trailingText(afterKeyword: "DEFAULT", from: source.byteRange.lowerBound) else {
                        throw source.diagnostic(at: node, "could not read this DEFAULT expression")
                    }
                    return normalizer.expression(expression, text: text)
                })
            }
        case "AT_DropConstraint":
            // Like DROP ... IF EXISTS (DropReader): a constraint not declared at this point of the files is no drop.
            let name = command.name?.string ?? ""
            if table.constraints[name] != nil {
                throw source.diagnostic(at: node, "constraint \(name) of \(table.name) is declared in the schema files and dropped here",
                                        hint: "schema files declare what should exist: remove the declaration and the DROP")
            }
            guard command.missing_ok else {
                throw source.diagnostic(at: node, "DROP CONSTRAINT of \(name), which \(table.name) does not have at this point of the schema files")
            }
        case _ where Self.settingCommands.contains(subtype):
            try applySetting(command, to: &table, at: node)
        default:
            throw source.diagnostic(at: node, "ALTER TABLE \(subtype.replacingOccurrences(of: "AT_", with: "")) is not supported in schema files",
                                    hint: "declare the table as it should be; monolayer writes the ALTER statements")
        }
    }
}
