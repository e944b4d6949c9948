import SchemaModel

extension Planner {
    /// After the functions that implement it (see `ObjectDependencies`).
    func createOperator(_ definition: Operator) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: definition.createSQL, down: definition.dropSQL, .create(.operator(definition.identity)))
    }

    /// Replaced in one transaction, so no statement sees it missing.
    func replaceOperator(_ old: Operator, with new: Operator) -> PlannedStatement {
        PlannedStatement(phase: .alter, sql: old.dropSQL + ";\n" + new.createSQL, down: new.dropSQL + ";\n" + old.createSQL,
                         warnings: [WarningCatalogue.droppedOperator(old.identity, recreated: true)], .replace(.operator(new.identity)))
    }

    func dropOperator(_ definition: Operator) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: definition.dropSQL, down: definition.createSQL,
                         warnings: [WarningCatalogue.droppedOperator(definition.identity, recreated: false)], .drop(.operator(definition.identity)))
    }
}
