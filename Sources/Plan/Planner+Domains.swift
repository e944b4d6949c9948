import SchemaModel

extension Planner {
    /// `CREATE DOMAIN` resolves what its checks and default call when it runs: the graph puts it after
    /// those functions, and after its base type.
    func createDomain(_ domain: DomainType) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: Self.createDomainSQL(domain), down: "DROP DOMAIN \(domain.name.sql)",
                         .create(.type(domain.name)))
    }

    func dropDomain(_ domain: DomainType) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: "DROP DOMAIN \(domain.name.sql)", down: Self.createDomainSQL(domain),
                         warnings: [WarningCatalogue.droppedType(domain.name)], .drop(.type(domain.name)))
    }

    /// Defaults and NOT NULL change in place; checks are replaced NOT VALID and validated on their own,
    /// like table checks. A new base type cannot be changed in place: drop and create (which fails while
    /// a column uses the domain, and says so in its warning).
    /// `SET NOT NULL` and `VALIDATE CONSTRAINT` on a domain read every table with a column of it, each
    /// under SHARE (writes wait); the other changes touch only the catalog.
    private func scanLock(of domain: QualifiedName) -> StatementLock {
        let tables = current.tables.values.filter { table in table.columns.contains { $0.type.userType == domain } }.map(\.name).sorted()
        return tables.isEmpty ? StatementLock.none : StatementLock(.share, on: tables)
    }

    func alterDomain(_ old: DomainType, to new: DomainType) -> [PlannedStatement] {
        let name = new.name.sql
        guard old.baseType == new.baseType else {
            return [PlannedStatement(
                phase: .alter, sql: "DROP DOMAIN \(old.name.sql);\n" + reapplied(Self.createDomainSQL(new), type: new.name, in: .desired),
                down: "DROP DOMAIN \(name);\n" + reapplied(Self.createDomainSQL(old), type: old.name, in: .current), warnings: [WarningCatalogue.droppedType(old.name)],
                lock: StatementLock.none, .replace(.type(new.name)))]
        }
        var statements: [PlannedStatement] = []
        if old.defaultValue != new.defaultValue {
            let set = { (value: Expression?) in value.map { "ALTER DOMAIN \(name) SET DEFAULT \($0.text)" } ?? "ALTER DOMAIN \(name) DROP DEFAULT" }
            statements.append(PlannedStatement(phase: .alter, sql: set(new.defaultValue), down: set(old.defaultValue), lock: StatementLock.none,
                                               .alter(.type(new.name))))
        }
        if old.notNull != new.notNull {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER DOMAIN \(name) \(new.notNull ? "SET" : "DROP") NOT NULL",
                down: "ALTER DOMAIN \(name) \(new.notNull ? "DROP" : "SET") NOT NULL",
                warnings: new.notNull ? [WarningCatalogue.notNullOnDomain(new.name)] : [],
                lock: new.notNull ? scanLock(of: new.name) : StatementLock.none, .alter(.type(new.name))))
        }
        for check in old.sortedChecks where new.checks[check.name] != check {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER DOMAIN \(name) DROP CONSTRAINT \(Identifier.quote(check.name))",
                down: reapplied("ALTER DOMAIN \(name) ADD CONSTRAINT \(Identifier.quote(check.name)) CHECK (\(check.expression.text))",
                                domainCheck: .domainConstraint(domain: old.name, name: check.name), in: .current),
                lock: StatementLock.none, .alter(.type(new.name))))
        }
        for check in new.sortedChecks where old.checks[check.name] != check {
            let quoted = Identifier.quote(check.name)
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER DOMAIN \(name) ADD CONSTRAINT \(quoted) CHECK (\(check.expression.text)) NOT VALID",
                down: "ALTER DOMAIN \(name) DROP CONSTRAINT IF EXISTS \(quoted)",
                warnings: [WarningCatalogue.checkOnDomain(check.name, new.name)], lock: StatementLock.none, .alter(.type(new.name))))
            if !check.notValid {
                statements.append(PlannedStatement(phase: .alter, sql: "ALTER DOMAIN \(name) VALIDATE CONSTRAINT \(quoted)",
                                                   down: "", transactional: false, lock: scanLock(of: new.name), .alter(.type(new.name))))
            }
        }
        return statements
    }

    static func createDomainSQL(_ domain: DomainType) -> String {
        var sql = "CREATE DOMAIN \(domain.name.sql) AS \(domain.baseType.sql)"
        if let value = domain.defaultValue { sql += " DEFAULT \(value.text)" }
        if domain.notNull { sql += " NOT NULL" }
        for check in domain.sortedChecks {
            sql += " CONSTRAINT \(Identifier.quote(check.name)) CHECK (\(check.expression.text))"
        }
        return sql
    }
}
