import Diff
import SchemaModel

/// Renames (`-- monolayer: renamed from OLD`): backwards-incompatible, as the running application
/// still uses the old name until the new code is deployed.
extension WarningCatalogue {
    static let keepApplicationWorking = "How to avoid breaking the running application:"

    public static func renamed(_ rename: Rename) -> Warning {
        switch rename {
        case .schema(let old, let new):
            return renamedWarning(.BI008, "schema", "\(ObjectDescription.schema(old)) to '\(new)'",
                                  "Queries, functions and search_path settings that name the schema fail once it is renamed.")
        case .table(let old, let new):
            return renamedWarning(.BI003, "table", "\(ObjectDescription.table(old)) to '\(new)'",
                                  "Queries of the running application that name the table fail once it is renamed.",
                                  bridge: "or create a view under the old name (`CREATE VIEW \(old.sql) AS SELECT * FROM \(QualifiedName(old.schema, new).sql)`) until it is gone")
        case .column(let table, let old, let new):
            return renamedWarning(.BI004, "column", "\(ObjectDescription.column(old, of: table)) to '\(new)'",
                                  "Queries of the running application that name the column fail once it is renamed.",
                                  bridge: "or read and write through a view that exposes the column under both names")
        case .view(let old, let new, let materialized):
            let what = materialized ? "materialized view" : "view"
            return renamedWarning(.BI005, what, "(\(what): '\(old.name)' schema: '\(old.schema)') to '\(new)'",
                                  "Queries of the running application that name the \(what) fail once it is renamed.")
        case .type(let old, let new, _):
            return renamedWarning(.BI006, "type", "\(ObjectDescription.type(old)) to '\(new)'",
                                  "Casts, function signatures and queries that name the type fail once it is renamed.")
        case .enumValue(let type, let old, let new):
            return renamedWarning(.BI007, "enum value", "'\(old)' to '\(new)' \(ObjectDescription.type(type))",
                                  "The running application still writes and compares the old value: writes of it fail and comparisons with it match nothing.")
        case .index(let table, let old, let new):
            return renamedWarning(.BI009, "index", "\(ObjectDescription.index(old, of: table)) to '\(new)'",
                                  "Statements that name the index (REINDEX, ALTER INDEX, index hints of extensions) fail once it is renamed.")
        case .constraint(let table, let old, let new):
            return renamedWarning(.BI010, "constraint", "\(ObjectDescription.constraint(old, of: table)) to '\(new)'",
                                  "Application code that recognizes errors by the constraint's name (unique or foreign key violations) stops recognizing them.")
        }
    }

    private static func renamedWarning(_ code: WarningCode, _ what: String, _ object: String, _ why: String, bridge: String? = nil) -> Warning {
        Warning(code: code, summary: "Renamed \(what) \(object)", why: why,
                mitigationTitle: keepApplicationWorking,
                mitigation: ["Deploy application code that works with both the old and the new name"
                                + (bridge.map { ", " + $0 } ?? "") + " before applying the alter phase.",
                             "Apply the alter phase, which renames the \(what).",
                             "Remove the code paths that use the old name."])
    }
}
