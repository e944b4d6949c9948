import PgQuery
import SchemaModel
import SQLTree

/// `CREATE TABLE` → `Table`: columns with their types, defaults, nullability and identity, and the
/// table's constraints (inline column constraints become named table constraints, as in PostgreSQL).
struct TableBuilder {
    let source: StatementSource
    let normalizer: ExpressionNormalizer

    /// Keywords that end a column's DEFAULT expression (see `StatementSource.clauseText`).
    static let defaultStopKeywords: Set<String> = [
        "CONSTRAINT", "NOT", "NULL_P", "CHECK", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES", "GENERATED",
        "COLLATE", "DEFERRABLE", "INITIALLY",
    ]

    /// Sequences that `serial` columns create, with the table.
    var serialSequences: [SequenceDefinition] = []
    /// What `LIKE source` copies columns from: declared tables (and composite types), as they are where
    /// the statement stands (see ModelBuilder+Tables).
    var likeSource: (QualifiedName) -> LikeSource? = { _ in nil }
    /// Generation expressions by column, normalized with the whole table's column types.
    var generation: [String: (node: Node, text: String, stored: Bool)] = [:]

    /// `serial` and friends: an integer column, NOT NULL, defaulting to its own sequence.
    static let serialTypes: [String: String] = [
        "smallserial": "smallint", "serial2": "smallint", "serial": "integer", "serial4": "integer",
        "bigserial": "bigint", "serial8": "bigint",
    ]

    mutating func build(_ body: Node) throws(Diagnostic) -> Table {
        let relation = body.relation ?? .null
        let name = normalizer.resolver.qualifyRelation(rangeVar: relation)
        try rejectUnsupportedOptions(body)
        var table = Table(name: name, unlogged: relation.relpersistence == "u")
        var pendingConstraints: [(node: Node, column: String?)] = []
        for element in body.tableElts {
            if let columnDef = element.body("ColumnDef") {
                let (column, constraints) = try buildColumn(columnDef, element: element, table: name)
                guard table.column(named: column.name) == nil else {
                    throw source.diagnostic(at: element, "column \"\(column.name)\" specified more than once")
                }
                table.columns.append(column)
                pendingConstraints += constraints.map { ($0, column.name) }
            } else if element.kind == "Constraint" {
                pendingConstraints.append((element, nil))
            } else if let like = element.body("TableLikeClause") {
                for column in try TableLikeReader(source: source, resolver: normalizer.resolver).columns(like, table: name, source: likeSource) {
                    guard table.column(named: column.name) == nil else {
                        throw source.diagnostic(at: element, "column \"\(column.name)\" specified more than once")
                    }
                    table.columns.append(column)
                }
            } else {
                throw source.diagnostic(at: element, "\(element.kind ?? "this element") in CREATE TABLE is not supported yet")
            }
        }
        let tableNormalizer = normalizer.with(columns: table.columns)
        for index in table.columns.indices {
            guard let pending = generation[table.columns[index].name] else { continue }
            table.columns[index].generated = GeneratedColumn(
                expression: tableNormalizer.expression(pending.node, text: pending.text), stored: pending.stored)
        }
        let builder = ConstraintBuilder(source: source, normalizer: tableNormalizer)
        for (node, column) in pendingConstraints {
            let constraint = try builder.build(node, table: name, column: column, takenNames: Set(table.constraints.keys))
            // A partition or child has its parents' columns only once the hierarchy is resolved (checked there).
            if body.inhRelations.isEmpty { try table.checkColumns(of: constraint, source: source, node: node) }
            guard table.constraints[constraint.name] == nil else {
                throw source.diagnostic(at: node, "constraint \"\(constraint.name)\" for table \(name) already exists")
            }
            table.constraints[constraint.name] = constraint
        }
        table.markPrimaryKeyColumnsNotNull()
        try readHierarchyAndOptions(body, into: &table, normalizer: tableNormalizer)
        return table
    }

    private func rejectUnsupportedOptions(_ body: Node) throws(Diagnostic) {
        let relation = body.relation ?? .null
        if relation.relpersistence == "t" {
            throw source.diagnostic(at: relation, "temporary tables are not schema", hint: "remove TEMPORARY or the statement")
        }
        if body.ofTypename != nil { throw source.diagnostic(at: relation, "typed tables are not supported yet") }
        if body.tablespacename != nil || body.accessMethod != nil {
            throw source.diagnostic(at: relation, "table tablespaces and access methods are not supported yet")
        }
    }

    /// Collations the files declare, so that `COLLATE x` resolves to one of them or to a built-in one.
    var collations: Set<QualifiedName> = []

    /// One column and the constraint nodes that become table constraints.
    mutating func buildColumn(_ def: Node, element: Node, table: QualifiedName) throws(Diagnostic) -> (Column, [Node]) {
        let name = def.colname ?? ""
        let typeName = def.typeName ?? .null
        let names = typeName.names.nameList
        // A partition's column clause (`PARTITION OF p (c DEFAULT 1)`) names no type: the parent's is filled in later.
        var column = Column(name: name, type: def.typeName == nil ? Table.typeFromParent
                                                                    : normalizer.columnType(typeName))
        column.settings = columnClauseSettings(def)
        column.collation = CollationName.resolve(def.collClause, resolver: normalizer.resolver, declared: collations)
        if names.count == 1, typeName.arrayBounds.isEmpty, let integerType = Self.serialTypes[names[0]] {
            column = try serialColumn(name, type: integerType, table: table, at: element)
        }
        var tableConstraints: [Node] = []
        for constraint in def.constraints {
            let body = constraint.body("Constraint") ?? .null
            switch body.contype ?? "" {
            case "CONSTR_NOTNULL": column.notNull = true
            case "CONSTR_NULL": column.notNull = false
            case "CONSTR_GENERATED":
                let offset = body.location?.int ?? source.byteRange.lowerBound
                guard let raw = body.raw_expr, let text = source.parenthesizedText(fromKeyword: "AS", offset: offset) else {
                    throw source.diagnostic(at: constraint, "could not read this generation expression")
                }
                // Normalized once every column is known (see `build`): casts depend on column types.
                generation[name] = (raw, text, body.generated_kind != "v")
            case "CONSTR_DEFAULT":
                column.defaultValue = ExpressionNormalizer.columnDefault(try defaultExpression(body, columnType: def.typeName))
            case "CONSTR_IDENTITY":
                try IdentityReader(source: source, resolver: normalizer.resolver).apply(constraint, to: &column, table: table)
            case let type where ConstraintBuilder.tableConstraintTypes.contains(type):
                tableConstraints.append(constraint)
            case let type where Self.deferralAttributes[type] != nil:
                tableConstraints = try applyingDeferral(type, at: constraint, to: tableConstraints)
            case let type:
                throw source.diagnostic(at: constraint, "column constraint \(type) is not supported yet")
            }
        }
        return (column, tableConstraints)
    }

    /// `DEFERRABLE`, `INITIALLY DEFERRED` and their opposites after a column constraint are separate
    /// nodes that set the deferrability of the key or foreign key before them: (deferrable, initially deferred).
    private static let deferralAttributes: [String: (deferrable: Bool?, deferred: Bool?)] = [
        "CONSTR_ATTR_DEFERRABLE": (true, nil), "CONSTR_ATTR_NOT_DEFERRABLE": (false, nil),
        "CONSTR_ATTR_DEFERRED": (nil, true), "CONSTR_ATTR_IMMEDIATE": (nil, false),
    ]

    private func applyingDeferral(_ type: String, at node: Node, to constraints: [Node]) throws(Diagnostic) -> [Node] {
        let deferrableTypes: Set<String> = ["CONSTR_PRIMARY", "CONSTR_UNIQUE", "CONSTR_FOREIGN", "CONSTR_EXCLUSION"]
        guard let last = constraints.last, let body = last.body("Constraint"),
              deferrableTypes.contains(body.contype ?? ""), let attribute = Self.deferralAttributes[type] else {
            throw source.diagnostic(at: node, "misplaced deferrability clause",
                                    hint: "DEFERRABLE and INITIALLY ... follow a PRIMARY KEY, UNIQUE or REFERENCES column constraint")
        }
        var fields = body.fields
        if let deferrable = attribute.deferrable {
            fields["deferrable"] = .bool(deferrable)
            if !deferrable, fields["initdeferred"]?.bool == true {
                throw source.diagnostic(at: node, "constraint declared INITIALLY DEFERRED must be DEFERRABLE")
            }
        }
        if let deferred = attribute.deferred {
            fields["initdeferred"] = .bool(deferred)
            // PostgreSQL: INITIALLY DEFERRED implies DEFERRABLE.
            if deferred { fields["deferrable"] = .bool(true) }
        }
        return constraints.dropLast() + [.wrap("Constraint", fields)]
    }

    /// What `serial` expands to: the sequence `<table>_<column>_seq` owned by the column, and the column
    /// as PostgreSQL stores it (`integer NOT NULL DEFAULT nextval('public.t_id_seq'::regclass)`).
    private mutating func serialColumn(_ name: String, type: String, table: QualifiedName, at element: Node) throws(Diagnostic) -> Column {
        let sequenceName = QualifiedName(table.schema, ConstraintNaming.name(table: table.name, columns: [name], label: "seq"))
        serialSequences.append(SequenceDefinition(name: sequenceName, type: type, ownedBy: ColumnReference(table: table, column: name)))
        let text = "nextval(\(SQLLiteral.quote(sequenceName.sql))::regclass)"
        let node: Node
        do { node = try PgQuery.parseExpression(text) } catch {
            throw source.diagnostic(at: element, "could not build the default of serial column \(name): \(error.message)")
        }
        let integer = TypeReference(sql: type, baseName: type)
        return Column(name: name, type: integer, notNull: true, defaultValue: normalizer.expression(node, text: text))
    }

    private func defaultExpression(_ body: Node, columnType: Node?) throws(Diagnostic) -> Expression {
        let offset = body.location?.int ?? source.byteRange.lowerBound
        guard let raw = body.raw_expr,
              let text = source.clauseText(keyword: "DEFAULT", from: offset, stopKeywords: Self.defaultStopKeywords)
        else { throw source.diagnostic(atByte: offset, "could not read this DEFAULT expression") }
        return normalizer.defaultExpression(raw, text: text, columnType: columnType)
    }
}

extension Table {
    /// A constraint's key columns must be the table's own.
    func checkColumns(of constraint: Constraint, source: StatementSource, node: Node) throws(Diagnostic) {
        if let missing = constraint.columns.first(where: { column(named: $0) == nil }) {
            throw source.diagnostic(at: node, "constraint \(constraint.name) uses column \"\(missing)\", which \(name) does not have")
        }
    }

    /// PostgreSQL makes primary key columns NOT NULL; the model says so on both sides.
    mutating func markPrimaryKeyColumnsNotNull() {
        for constraint in constraints.values {
            guard case .primaryKey(let keyColumns) = constraint.kind else { continue }
            for index in columns.indices where keyColumns.contains(columns[index].name) {
                columns[index].notNull = true
            }
        }
    }
}
