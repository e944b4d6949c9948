import SchemaModel

extension Planner {
    /// Types, defaults and indexes may use what an extension provides: names the model does not know
    /// depend on the extensions (see `ObjectDependencies`).
    func createExtension(_ definition: ExtensionDefinition) -> PlannedStatement {
        var sql = "CREATE EXTENSION IF NOT EXISTS \(Identifier.quote(definition.name))"
        if let schema = definition.schema { sql += " WITH SCHEMA \(Identifier.quote(schema))" }
        if let version = definition.version { sql += " VERSION \(SQLLiteral.quote(version))" }
        return PlannedStatement(phase: .expand, sql: sql, down: "DROP EXTENSION IF EXISTS \(Identifier.quote(definition.name))",
                                .create(.extension(definition.name)))
    }

    func dropExtension(_ definition: ExtensionDefinition) -> PlannedStatement {
        var down = "CREATE EXTENSION IF NOT EXISTS \(Identifier.quote(definition.name))"
        if let schema = definition.schema { down += " WITH SCHEMA \(Identifier.quote(schema))" }
        if let version = definition.version { down += " VERSION \(SQLLiteral.quote(version))" }
        return PlannedStatement(phase: .contract, sql: "DROP EXTENSION \(Identifier.quote(definition.name))", down: down,
                                warnings: [WarningCatalogue.droppedExtension(definition.name)], .drop(.extension(definition.name)))
    }

    func alterExtension(_ installed: ExtensionDefinition, to declared: ExtensionDefinition) -> [PlannedStatement] {
        let name = Identifier.quote(declared.name)
        var statements: [PlannedStatement] = []
        if let schema = declared.schema, schema != installed.schema {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER EXTENSION \(name) SET SCHEMA \(Identifier.quote(schema))",
                down: installed.schema.map { "ALTER EXTENSION \(name) SET SCHEMA \(Identifier.quote($0))" }, .alter(.extension(declared.name))))
        }
        if let version = declared.version, version != installed.version {
            // Extensions rarely ship downgrade scripts: the down section says so instead of failing.
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER EXTENSION \(name) UPDATE TO \(SQLLiteral.quote(version))", down: nil,
                .alter(.extension(declared.name))))
        }
        return statements
    }

    /// Comments run in alter, when every object created in expand (concurrent indexes included) or
    /// added in alter exists.
    func setComment(_ target: CommentTarget, from old: String?, to new: String?) -> PlannedStatement {
        func statement(_ text: String?) -> String { "COMMENT ON \(target.sql) IS \(text.map(SQLLiteral.quote) ?? "NULL")" }
        let targetIsNew = old == nil && !current.contains(target)
        return PlannedStatement(phase: .alter, sql: statement(new), down: targetIsNew ? "" : statement(old),
                                lock: target.commentLock(in: new == nil ? current : desired), .alter(target.object(in: new == nil ? current : desired)))
    }
}

