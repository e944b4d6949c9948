import SchemaModel

extension Planner {
    /// With the other types, before tables whose columns use it. A domain whose check or default calls a
    /// function of the desired schema comes after the functions instead (`CREATE DOMAIN` resolves the
    /// call when it runs); ordering follows what the domain calls, so other domains keep their place
    /// ahead of functions whose parameters use them.
    func createDomain(_ domain: DomainType) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: Self.createDomainSQL(domain), down: "DROP DOMAIN \(domain.name.sql)",
                         step: callsDesiredFunction(domain) ? .createTypeOnFunctions : .createType)
    }

    /// Whether the domain's checks or default call a function the desired schema declares.
    private func callsDesiredFunction(_ domain: DomainType) -> Bool {
        let expressions = domain.checks.values.map(\.expression) + [domain.defaultValue].compactMap { $0 }
        let called = expressions.reduce(into: Set<QualifiedName>()) { $0.formUnion($1.calledFunctions) }
        guard !called.isEmpty else { return false }
        return desired.functions.keys.contains { called.contains($0.name) }
    }

    func dropDomain(_ domain: DomainType) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: "DROP DOMAIN \(domain.name.sql)", down: Self.createDomainSQL(domain),
                         warnings: [WarningCatalogue.droppedType(domain.name)], step: .dropType)
    }

    /// Defaults and NOT NULL change in place; checks are replaced NOT VALID and validated on their own,
    /// like table checks. A new base type cannot be changed in place: drop and create (which fails while
    /// a column uses the domain, and says so in its warning).
    func alterDomain(_ old: DomainType, to new: DomainType) -> [PlannedStatement] {
        let name = new.name.sql
        guard old.baseType == new.baseType else {
            return [PlannedStatement(
                phase: .alter, sql: "DROP DOMAIN \(old.name.sql);\n" + reapplied(Self.createDomainSQL(new), type: new.name, in: desired),
                down: "DROP DOMAIN \(name);\n" + reapplied(Self.createDomainSQL(old), type: old.name, in: current), warnings: [WarningCatalogue.droppedType(old.name)],
                step: .replaceType)]
        }
        var statements: [PlannedStatement] = []
        if old.defaultValue != new.defaultValue {
            let set = { (value: Expression?) in value.map { "ALTER DOMAIN \(name) SET DEFAULT \($0.text)" } ?? "ALTER DOMAIN \(name) DROP DEFAULT" }
            statements.append(PlannedStatement(phase: .alter, sql: set(new.defaultValue), down: set(old.defaultValue), step: .setDefault))
        }
        if old.notNull != new.notNull {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER DOMAIN \(name) \(new.notNull ? "SET" : "DROP") NOT NULL",
                down: "ALTER DOMAIN \(name) \(new.notNull ? "DROP" : "SET") NOT NULL",
                warnings: new.notNull ? [WarningCatalogue.notNullOnDomain(new.name)] : [], step: .setNotNull))
        }
        for check in old.sortedChecks where new.checks[check.name] != check {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER DOMAIN \(name) DROP CONSTRAINT \(Identifier.quote(check.name))",
                down: reapplied("ALTER DOMAIN \(name) ADD CONSTRAINT \(Identifier.quote(check.name)) CHECK (\(check.expression.text))",
                                domainCheck: .domainConstraint(domain: old.name, name: check.name), in: current),
                step: .dropReplacedConstraint))
        }
        for check in new.sortedChecks where old.checks[check.name] != check {
            let quoted = Identifier.quote(check.name)
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER DOMAIN \(name) ADD CONSTRAINT \(quoted) CHECK (\(check.expression.text)) NOT VALID",
                down: "ALTER DOMAIN \(name) DROP CONSTRAINT IF EXISTS \(quoted)",
                warnings: [WarningCatalogue.checkOnDomain(check.name, new.name)], step: .addConstraintNotValid))
            if !check.notValid {
                statements.append(PlannedStatement(phase: .alter, sql: "ALTER DOMAIN \(name) VALIDATE CONSTRAINT \(quoted)",
                                                   down: "", transactional: false, step: .validateConstraint))
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
