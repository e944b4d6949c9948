import SchemaModel
import SQLTree

/// Rename intent (`-- monolayer: renamed from OLD`, see RenameHintReader), attached to the objects
/// once they are built. Intent is data on the object; whether it applies is the differ's question.
extension ModelBuilder {
    mutating func addRenameHints() {
        for statement in statements(readBy: .renames) {
            do { try addRenameHints(statement) } catch { diagnostics.append(error) }
        }
        finished(.renames)
    }

    private mutating func addRenameHints(_ statement: StatementSource) throws(Diagnostic) {
        guard statement.hasRenameHints, let kind = statement.kind, let body = statement.node.body else { return }
        let reader = RenameHintReader(source: statement)
        let resolver = NameResolver(searchPath: statement.searchPath)
        switch kind {
        case "CreateSchemaStmt":
            guard let name = body.schemaname, let hint = try reader.nameHint(before: nil) else { return }
            model.schemas[name]?.renamedFrom = RenameIntent(hint)
        case "CreateStmt":
            try addTableHints(statement, body, reader: reader, name: resolver.qualifyRelation(rangeVar: body.relation ?? .null))
        case "AlterTableStmt" where body.objtype != "OBJECT_TYPE":
            // `ALTER TABLE t ADD CONSTRAINT c ...` (as pg_dump writes constraints): the hint is above the statement.
            let commands = body.cmds
            guard commands.count == 1, let command = commands.first?.body("AlterTableCmd"),
                  command.subtype == "AT_AddConstraint",
                  let constraint = command.def?.body("Constraint"), let name = constraint.conname,
                  let hint = try reader.nameHint(before: nil) else { return }
            model.tables[resolver.qualifyRelation(rangeVar: body.relation ?? .null)]?.constraints[name]?.renamedFrom = RenameIntent(hint)
        case "CreateEnumStmt":
            let name = resolver.qualifyRelation(body.typeName?.nameList ?? [])
            model.enums[name]?.renamedFrom = RenameIntent(try reader.qualifiedHint(before: nil, schema: name.schema, kind: "type"))
            try addLabelHints(statement, reader: reader, type: name)
        case "CreateDomainStmt":
            let name = resolver.qualifyRelation(body.domainname.nameList)
            model.domains[name]?.renamedFrom = RenameIntent(try reader.qualifiedHint(before: nil, schema: name.schema, kind: "type"))
        case "CompositeTypeStmt":
            let name = resolver.qualifyRelation(rangeVar: body.typevar ?? .null)
            model.composites[name]?.renamedFrom = RenameIntent(try reader.qualifiedHint(before: nil, schema: name.schema, kind: "type"))
        case "IndexStmt":
            let table = resolver.qualifyRelation(rangeVar: body.relation ?? .null)
            guard let hint = try reader.qualifiedHint(before: nil, schema: table.schema, kind: "index") else { return }
            guard let name = body.idxname else {
                throw statement.diagnostic(atByte: nil, "a renamed index needs its name written", hint: "CREATE INDEX name ON ...")
            }
            model.indexes[QualifiedName(table.schema, name)]?.renamedFrom = RenameIntent(hint.old.name, origin: hint.origin)
        case "ViewStmt", "CreateTableAsStmt":
            guard let name = viewName(statement) else { return }
            model.views[name]?.renamedFrom = RenameIntent(try reader.qualifiedHint(before: nil, schema: name.schema, kind: "view"))
        default:
            return
        }
    }

    /// The table's own hint, and those above its columns' and named constraints' lines.
    private mutating func addTableHints(_ statement: StatementSource, _ body: Node, reader: RenameHintReader, name: QualifiedName) throws(Diagnostic) {
        guard model.tables[name] != nil else { return }
        model.tables[name]?.renamedFrom = RenameIntent(try reader.qualifiedHint(before: nil, schema: name.schema, kind: "table"))
        for element in body.tableElts {
            if let column = element.body("ColumnDef"), let columnName = column.colname,
               let offset = column.location?.int, let hint = try reader.nameHint(before: offset),
               let position = model.tables[name]?.columns.firstIndex(where: { $0.name == columnName }) {
                model.tables[name]?.columns[position].renamedFrom = RenameIntent(hint)
            } else if let constraint = element.body("Constraint"), let offset = constraint.location?.int,
                      let hint = try reader.nameHint(before: offset) {
                guard let constraintName = constraint.conname else {
                    throw statement.diagnostic(atByte: offset, "a renamed constraint needs its name written", hint: "CONSTRAINT name ...")
                }
                model.tables[name]?.constraints[constraintName]?.renamedFrom = RenameIntent(hint)
            }
        }
    }

    /// `-- monolayer: renamed from 'old'` above a label of `CREATE TYPE ... AS ENUM (...)`.
    private mutating func addLabelHints(_ statement: StatementSource, reader: RenameHintReader, type: QualifiedName) throws(Diagnostic) {
        guard let labels = model.enums[type]?.labels,
              let open = statement.tokens.firstIndex(where: { $0.isOpenParen }) else { return }
        let literals = statement.tokens[open...].filter { $0.name == "SCONST" }
        for (label, token) in zip(labels, literals) {
            guard let hint = try reader.labelHint(before: token.byteRange.lowerBound) else { continue }
            model.enums[type]?.renamedLabels[label] = hint
        }
    }
}

extension RenameIntent {
    init(_ old: Name, origin: SourceOrigin) { self.init(RenameHint(old: old, origin: origin)) }
}
