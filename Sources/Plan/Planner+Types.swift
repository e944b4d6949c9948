import SchemaModel

extension Planner {
    func createEnum(_ type: EnumType) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: DDL.createEnum(type), down: "DROP TYPE \(type.name.sql)", .create(.type(type.name)))
    }

    func dropEnum(_ type: EnumType) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: "DROP TYPE \(type.name.sql)", down: DDL.createEnum(type),
                         warnings: [WarningCatalogue.droppedType(type.name)], .drop(.type(type.name)))
    }

    /// New labels go in place, each after its predecessor in the desired order (or before the first
    /// old label). PostgreSQL cannot remove a label, so there is no down statement.
    func addEnumValues(_ type: EnumType, to old: EnumType) -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        for (position, label) in type.labels.enumerated() where !old.labels.contains(label) {
            let placement = position > 0
                ? " AFTER \(SQLLiteral.quote(type.labels[position - 1]))"
                : old.labels.first.map { " BEFORE \(SQLLiteral.quote($0))" } ?? ""
            statements.append(PlannedStatement(
                phase: .expand, sql: "ALTER TYPE \(type.name.sql) ADD VALUE IF NOT EXISTS \(SQLLiteral.quote(label))\(placement)",
                down: nil, lock: StatementLock.none, .alter(.type(type.name))))
        }
        return statements
    }

    /// Removing or reordering labels: the type is rebuilt under its name and every column using it
    /// converted through text, in one transaction.
    func replaceEnum(_ old: EnumType, with new: EnumType) -> [PlannedStatement] {
        let retired = QualifiedName(old.name.schema, ConstraintNamingForPlan.retiredType(old.name.name))
        var sql = ["ALTER TYPE \(old.name.sql) RENAME TO \(Identifier.quote(retired.name))", reapplied(DDL.createEnum(new), type: new.name, in: .desired)]
        var converted: [QualifiedName] = []
        for table in current.tables.values.sorted(by: { $0.name < $1.name }) {
            for column in table.columns where column.type.userType == old.name {
                if converted.last != table.name { converted.append(table.name) }
                let quoted = Identifier.quote(column.name)
                if column.defaultValue != nil { sql.append(DDL.alterColumn(table.name, column.name, "DROP DEFAULT")) }
                sql.append(DDL.alterColumn(table.name, column.name, "TYPE \(column.type.sql) USING \(quoted)::text::\(column.type.sql)"))
                if let value = desired.tables[table.name]?.column(named: column.name)?.defaultValue {
                    sql.append(DDL.alterColumn(table.name, column.name, "SET DEFAULT \(value.text)"))
                }
            }
        }
        sql.append("DROP TYPE \(retired.sql)")
        return [PlannedStatement(phase: .alter, sql: sql.joined(separator: ";\n"), down: nil,
                                 warnings: [WarningCatalogue.replacedEnum(old.name)],
                                 lock: StatementLock(.accessExclusive, on: converted), .replace(.type(new.name)))]
    }
}
