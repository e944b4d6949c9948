import SchemaModel

extension Planner {
    /// After what it reads and calls (see `ObjectDependencies`). A materialized view is created
    /// populated, with its indexes.
    func createView(_ view: View) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: creation(of: view), down: view.dropSQL, .create(.relation(view.name)))
    }

    /// New views. One that is part of a dependency cycle (a function over its row type, or whose body
    /// reads it, that the view calls) is created as pg_dump creates it: a placeholder with its columns'
    /// types first, needing nothing else, and its query once what it reads and calls exists.
    func createViews(_ views: [View]) -> [PlannedStatement] {
        let dependencies = ObjectDependencies(desired)
        return views.flatMap { view -> [PlannedStatement] in
            guard let placeholder = view.placeholderSQL, Self.isInCycle(.relation(view.name), dependencies) else { return [createView(view)] }
            var create = PlannedStatement(phase: .expand, sql: placeholder, down: view.dropSQL, .create(.relation(view.name)),
                                          requires: Set(view.columnTypes?.compactMap { typeObject($0) } ?? []))
            create.standsAlone = true
            // Undone by the placeholder again, so that what the view calls can be dropped before it.
            let undo = "CREATE OR REPLACE " + placeholder.dropFirst("CREATE ".count)
            return [create, PlannedStatement(phase: .expand, sql: view.createSQL(orReplace: true), down: undo,
                                             lock: StatementLock(.accessExclusive, on: view.name), .alter(.relation(view.name)))]
        }
    }

    /// Whether `start` depends on itself through the objects it depends on.
    static func isInCycle(_ start: ObjectID, _ dependencies: ObjectDependencies) -> Bool {
        var stack = Array(dependencies.of(start))
        var seen: Set<ObjectID> = []
        while let next = stack.popLast() {
            if next == start { return true }
            guard seen.insert(next).inserted else { continue }
            stack += dependencies.of(next)
        }
        return false
    }

    /// The model's type (or relation, for a row type) a placeholder column's type names.
    private func typeObject(_ type: String) -> ObjectID? {
        var name = type.components(separatedBy: " COLLATE ")[0]
        while name.hasSuffix("[]") { name.removeLast(2) }
        for candidate in Array(desired.enums.keys) + Array(desired.domains.keys) + Array(desired.composites.keys) + Array(desired.ranges.keys)
            where candidate.sql == name { return .type(candidate) }
        for candidate in Array(desired.tables.keys) + Array(desired.views.keys) where candidate.sql == name { return .relation(candidate) }
        return nil
    }

    /// `CREATE OR REPLACE VIEW`: the view keeps its identity, so views that read it and grants on it stay.
    func replaceView(_ old: View, with new: View) -> PlannedStatement {
        // PostgreSQL cannot remove columns in place; undoing appended columns needs a drop.
        let down = old.outputColumns.count == new.outputColumns.count
            ? old.createSQL(orReplace: true) : new.dropSQL + ";\n" + old.createSQL()
        return PlannedStatement(phase: .alter, sql: new.createSQL(orReplace: true), down: down,
                                lock: StatementLock(.accessExclusive, on: new.name), .alter(.relation(new.name)))
    }

    /// Each view dropped and created again in the alter phase; the graph drops dependents first and
    /// creates them last, around the column type changes and function rebuilds they would block.
    func recreateViews(_ old: [View], as new: [View]) -> [PlannedStatement] {
        let changed = Set(new.filter { current.views[$0.name] != $0 }.map(\.name))
        return old.map { view in
            // Triggers the files no longer have on the view go with it for good.
            let lostTriggers = attached.objects(of: .current).triggers(on: view.name).filter { desired.triggers[$0.identity] == nil }
            return PlannedStatement(phase: .alter, sql: view.dropSQL, down: restoration(of: view),
                                    warnings: [WarningCatalogue.droppedView(view, recreated: true, dependentOnly: !changed.contains(view.name))]
                                        + lostTriggers.map { WarningCatalogue.droppedTrigger($0.identity) },
                                    .drop(.relation(view.name)))
        } + new.map { view in
            PlannedStatement(phase: .alter, sql: reapplied(creation(of: view), relation: view.name, in: .desired), down: view.dropSQL,
                             .create(.relation(view.name)))
        }
    }

    /// In the contract phase, before tables: a view goes before what it reads.
    func dropView(_ view: View) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: view.dropSQL, down: restoration(of: view),
                         warnings: [WarningCatalogue.droppedView(view, recreated: false, dependentOnly: false)], .drop(.relation(view.name)))
    }

    /// A dropped view as the down section creates it again: with its comments, grants and triggers
    /// (which the plan creates separately for a new view, after the functions they call).
    private func restoration(of view: View) -> String {
        let triggers = attached.objects(of: .current).triggers(on: view.name).map { reapplied($0.createSQL, trigger: $0.identity, in: .current) }
        return ([reapplied(creation(of: view, in: current), relation: view.name, in: .current)] + triggers).joined(separator: ";\n")
    }

    /// The view and, for a materialized view, its indexes (which go with it when it is dropped).
    private func creation(of view: View) -> String {
        creation(of: view, in: current.views[view.name] == view ? current : desired)
    }

    private func creation(of view: View, in model: SchemaModel) -> String {
        var statements = [view.createSQL()]
        if view.materialized {
            statements += model.indexes(on: view.name).map { DDL.createIndex($0, concurrently: false) }
        }
        return statements.joined(separator: ";\n")
    }
}

extension WarningCatalogue {
    public static func droppedView(_ view: View, recreated: Bool, dependentOnly: Bool) -> Warning {
        let what = view.materialized ? "materialized view" : "view"
        let object = "(\(what): '\(view.name.name)' schema: '\(view.name.schema)')"
        if recreated {
            return Warning(
                code: .D011, summary: "Dropped and recreated \(what) \(object)",
                why: dependentOnly
                    ? "It reads a view that PostgreSQL cannot change in place, or a column whose type changes: it is dropped and created again in the same migration."
                    : "PostgreSQL cannot change this \(what) in place (a column's name, type or position changes): it is dropped and created again in the same migration, with the views that read it (their comments and grants are applied again)\(view.materialized ? ", and the data is computed again while the migration holds its locks" : "").",
                mitigationTitle: "How to avoid breaking readers:",
                mitigation: ["Apply the alter phase when few queries read the \(what).",
                             "Or create the new definition under another name in the expand phase, switch readers to it, and drop the old one later."])
        }
        return Warning(
            code: .D011, summary: "Dropped \(what) \(object)",
            why: "Queries that read the \(what) fail once it is gone\(view.materialized ? ", and the data it stored is lost" : "").",
            mitigationTitle: "How to avoid breaking readers:",
            mitigation: ["Make sure no running application, view or function reads the \(what)."])
    }
}
