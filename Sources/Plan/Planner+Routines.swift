import SchemaModel

extension Planner {
    /// Functions come before tables, since a default or check may call one. An SQL function with a string
    /// body is checked against the catalog when created, and may read a table created later in the same
    /// migration: as pg_dump does, the check is left to the first call. SQL-standard bodies that name tables
    /// are resolved when created, so they come after tables and columns.
    func createFunction(_ function: Function) -> PlannedStatement {
        let create = function.createSQL(orReplace: false)
        return PlannedStatement(
            phase: .expand, sql: function.bodyIsValidated ? "SET LOCAL check_function_bodies = off;\n" + create : create,
            down: function.dropSQL,
            step: function.readsTablesAtCreation || usesTableRowType(function) ? .createFunctionOnTables : .createFunction)
    }

    /// Whether a parameter or the result is a table's row type (`f(e editor) RETURNS editor`): such a
    /// function can be created only once the table exists.
    func usesTableRowType(_ function: Function) -> Bool {
        let types = function.identity.argumentTypes + [function.resultType].compactMap { $0 }
        return types.contains { type in
            var name = type
            while name.hasSuffix("[]") { name.removeLast(2) }
            return desiredTableNames.contains(name)
        }
    }

    /// `CREATE OR REPLACE` keeps the function's identity, so whatever calls it or depends on it keeps
    /// working; when PostgreSQL cannot replace it in place, it is dropped and created in one transaction.
    func replaceFunction(_ old: Function, with new: Function) -> PlannedStatement {
        if old.isReplaceable(by: new) {
            return PlannedStatement(phase: .alter, sql: new.createSQL(orReplace: true), down: old.createSQL(orReplace: true),
                                    step: .replaceFunction)
        }
        return PlannedStatement(
            phase: .alter, sql: old.dropSQL + ";\n" + reapplied(new.createSQL(orReplace: false), routine: new.identity, in: desired),
            down: new.dropSQL + ";\n" + reapplied(old.createSQL(orReplace: false), routine: old.identity, in: current),
            warnings: [WarningCatalogue.droppedFunction(old, recreated: true)], step: .replaceFunction)
    }

    func dropFunction(_ function: Function) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: function.dropSQL,
                         down: reapplied(function.createSQL(orReplace: false), routine: function.identity, in: current),
                         warnings: [WarningCatalogue.droppedFunction(function, recreated: false)], step: .dropFunction)
    }

    /// After tables and functions, so both exist.
    func createTrigger(_ trigger: Trigger) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: trigger.sql, down: trigger.dropSQL, step: .createTrigger)
    }

    /// Dropped and created in one transaction: no write sees the table without its trigger. (Constraint
    /// triggers cannot be `CREATE OR REPLACE`d, and this works on every supported version.)
    func replaceTrigger(_ old: Trigger, with new: Trigger) -> PlannedStatement {
        PlannedStatement(phase: .alter, sql: old.dropSQL + ";\n" + reapplied(new.sql, trigger: new.identity, in: desired),
                         down: new.dropSQL + ";\n" + reapplied(old.sql, trigger: old.identity, in: current),
                         step: .replaceTrigger)
    }

    func dropTrigger(_ trigger: Trigger) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: trigger.dropSQL, down: reapplied(trigger.sql, trigger: trigger.identity, in: current),
                         warnings: [WarningCatalogue.droppedTrigger(trigger.identity)], step: .dropTrigger)
    }
}
