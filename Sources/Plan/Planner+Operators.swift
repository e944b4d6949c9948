import SchemaModel

extension Planner {
    /// Operators come after the functions that implement them and before tables, whose indexes,
    /// checks and defaults may use them.
    func createOperator(_ definition: Operator) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: definition.createSQL, down: definition.dropSQL, step: .createOperator)
    }

    /// Replaced in one transaction, so no statement sees it missing.
    func replaceOperator(_ old: Operator, with new: Operator) -> PlannedStatement {
        PlannedStatement(phase: .alter, sql: old.dropSQL + ";\n" + new.createSQL, down: new.dropSQL + ";\n" + old.createSQL,
                         warnings: [WarningCatalogue.droppedOperator(old.identity, recreated: true)], step: .replaceOperator)
    }

    func dropOperator(_ definition: Operator) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: definition.dropSQL, down: definition.createSQL,
                         warnings: [WarningCatalogue.droppedOperator(definition.identity, recreated: false)], step: .dropOperator)
    }
}
