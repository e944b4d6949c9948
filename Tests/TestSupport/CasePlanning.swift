import Foundation
import Migrations
import Plan
import SchemaModel
import SchemaSource

/// Parsing case SQL and rendering plans the way the golden `plan.sql` files hold them.
public enum CasePlanning {
    public static func model(_ sql: String, file: String = "schema.sql") throws -> SchemaModel {
        let source = SourceFile(url: URL(fileURLWithPath: "/cases/\(file)"), displayPath: file, text: sql)
        return try SchemaLoader().load(files: [source])
    }

    /// A case folder's two sides: from.sql (the database as it is) and to.sql (the schema files).
    public static func models(_ schemaCase: SchemaCase) throws -> (current: SchemaModel, desired: SchemaModel) {
        (try model(schemaCase.from, file: "from.sql"), try model(schemaCase.to, file: "to.sql"))
    }

    /// A case folder's plan, from.sql to to.sql.
    public static func plan(_ schemaCase: SchemaCase) throws -> MigrationPlan {
        let (current, desired) = try models(schemaCase)
        return Planner.plan(current: current, desired: desired)
    }

    /// The migration files a plan becomes, with fixed ids so goldens do not change with the clock.
    public static func files(for plan: MigrationPlan) -> [MigrationFile] {
        MigrationStore.files(for: plan, name: "case", at: Date(timeIntervalSince1970: 1_795_000_000))
    }

    /// Every migration file of the plan, one after another: what a reviewer would read.
    public static func goldenText(_ plan: MigrationPlan) -> String {
        guard !plan.isEmpty else { return "-- no changes\n" }
        return files(for: plan).map { file in "-- file: \(file.phase.rawValue)/\(file.id).sql\n\(file.rendered)" }
            .joined(separator: "\n")
    }
}
