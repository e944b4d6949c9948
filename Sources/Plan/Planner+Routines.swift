import SchemaModel

extension Planner {
    /// An SQL function with a string body is checked against the catalog when created, and may read a
    /// table created later in the same migration: as pg_dump does, the check is left to the first call.
    /// What the graph orders it by: its argument and result types (row types included) and what an
    /// SQL-standard body reads and calls.
    func createFunction(_ function: Function) -> PlannedStatement {
        let create = function.createSQL(orReplace: false)
        return PlannedStatement(
            phase: .expand, sql: function.bodyIsValidated ? "SET LOCAL check_function_bodies = off;\n" + create : create,
            down: function.dropSQL, .create(.function(function.identity)))
    }

    /// `CREATE OR REPLACE` keeps the function's identity, so whatever calls it or depends on it keeps
    /// working; when PostgreSQL cannot replace it in place, it is dropped and created in one transaction.
    func replaceFunction(_ old: Function, with new: Function) -> PlannedStatement {
        if old.isReplaceable(by: new) {
            return PlannedStatement(phase: .alter, sql: new.createSQL(orReplace: true), down: old.createSQL(orReplace: true),
                                    .alter(.function(new.identity)))
        }
        return PlannedStatement(
            phase: .alter, sql: old.dropSQL + ";\n" + reapplied(new.createSQL(orReplace: false), routine: new.identity, in: .desired),
            down: new.dropSQL + ";\n" + reapplied(old.createSQL(orReplace: false), routine: old.identity, in: .current),
            warnings: [WarningCatalogue.droppedFunction(old, recreated: true)] + untrackedBodyWarning(old), .replace(.function(new.identity)))
    }

    func dropFunction(_ function: Function) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: function.dropSQL,
                         down: reapplied(function.createSQL(orReplace: false), routine: function.identity, in: .current),
                         warnings: [WarningCatalogue.droppedFunction(function, recreated: false)] + untrackedBodyWarning(function),
                         .drop(.function(function.identity)))
    }

    private func untrackedBodyWarning(_ function: Function) -> [Warning] {
        function.bodyIsTracked ? [] : [WarningCatalogue.untrackedBody(function)]
    }

    /// A new trigger, or one that a recreated view lost (then with its comment again).
    func createTrigger(_ trigger: Trigger) -> PlannedStatement {
        let sql = current.triggers[trigger.identity] == nil ? trigger.createSQL
            : reapplied(trigger.createSQL, trigger: trigger.identity, in: .desired)
        return PlannedStatement(phase: .expand, sql: sql, down: trigger.dropSQL, .create(.trigger(trigger.identity)))
    }

    /// Dropped and created in one transaction: no write sees the table without its trigger. (Constraint
    /// triggers cannot be `CREATE OR REPLACE`d, and this works on every supported version.) A trigger
    /// that changes only in when it fires is altered in place.
    func replaceTrigger(_ old: Trigger, with new: Trigger) -> PlannedStatement {
        if new.differsOnlyInFiring(from: old) {
            // `ENABLE`/`DISABLE TRIGGER`: SHARE ROW EXCLUSIVE, as `CREATE TRIGGER`.
            return PlannedStatement(phase: .alter, sql: new.firingSQL, down: old.firingSQL,
                                    lock: StatementLock(.shareRowExclusive, on: new.identity.table), .alter(.trigger(new.identity)))
        }
        return PlannedStatement(phase: .alter, sql: old.dropSQL + ";\n" + reapplied(new.createSQL, trigger: new.identity, in: .desired),
                         down: new.dropSQL + ";\n" + reapplied(old.createSQL, trigger: old.identity, in: .current),
                         lock: StatementLock(.accessExclusive, on: new.identity.table), .replace(.trigger(new.identity)))
    }

    func dropTrigger(_ trigger: Trigger) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: trigger.dropSQL, down: reapplied(trigger.createSQL, trigger: trigger.identity, in: .current),
                         warnings: [WarningCatalogue.droppedTrigger(trigger.identity)], .drop(.trigger(trigger.identity)))
    }
}
