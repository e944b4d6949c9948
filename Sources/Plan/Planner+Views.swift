import SchemaModel

extension Planner {
    /// After tables, functions, indexes and triggers of the expand phase: a view may read any of them.
    /// A materialized view is created populated, with its indexes.
    func createView(_ view: View) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: creation(of: view), down: view.dropSQL, step: .createView)
    }

    /// `CREATE OR REPLACE VIEW`: the view keeps its identity, so views that read it and grants on it stay.
    func replaceView(_ old: View, with new: View) -> PlannedStatement {
        // PostgreSQL cannot remove columns in place; undoing appended columns needs a drop.
        let down = old.outputColumns.count == new.outputColumns.count
            ? old.createSQL(orReplace: true) : new.dropSQL + ";\n" + old.createSQL()
        return PlannedStatement(phase: .alter, sql: new.createSQL(orReplace: true), down: down, step: .replaceView)
    }

    /// Dropped early in the alter phase (dependents first) and created at its end (in dependency order),
    /// so that column type changes in between are not refused because of them.
    func recreateViews(_ old: [View], as new: [View]) -> [PlannedStatement] {
        let changed = Set(new.filter { current.views[$0.name] != $0 }.map(\.name))
        let warnings = old.map { WarningCatalogue.droppedView($0, recreated: true, dependentOnly: !changed.contains($0.name)) }
        return [
            PlannedStatement(phase: .alter, sql: old.map(\.dropSQL).joined(separator: ";\n"),
                             down: old.reversed().map { reapplied(creation(of: $0, in: current), relation: $0.name, in: current) }
                                .joined(separator: ";\n"), warnings: warnings, step: .dropRecreatedView),
            PlannedStatement(phase: .alter, sql: new.map { reapplied(creation(of: $0), relation: $0.name, in: desired) }.joined(separator: ";\n"),
                             down: new.reversed().map(\.dropSQL).joined(separator: ";\n"), step: .createRecreatedView),
        ]
    }

    /// In the contract phase, before tables: a view goes before what it reads.
    func dropView(_ view: View) -> PlannedStatement {
        PlannedStatement(phase: .contract, sql: view.dropSQL, down: reapplied(creation(of: view, in: current), relation: view.name, in: current),
                         warnings: [WarningCatalogue.droppedView(view, recreated: false, dependentOnly: false)], step: .dropView)
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
