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
