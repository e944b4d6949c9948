import Foundation
import SchemaModel

/// `plan` output: text for terminals, Markdown for pull-request comments (PlanRenderer+Markdown), JSON
/// for tools (PlanJSON).
public enum PlanRenderer {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, json }

    /// `skipped`: the data statements the schema files hold and the plan leaves out (JSON lists them,
    /// Markdown counts them; on a terminal the loader's notices on stderr say it).
    public static func render(_ plan: MigrationPlan, format: Format, skipped: [SkippedStatement] = []) -> String {
        switch format {
        case .text: return text(plan)
        case .markdown: return markdown(plan, skipped: skipped)
        case .json: return json(plan, skipped: skipped)
        }
    }

    static func heading(_ migration: PlannedMigration) -> String {
        "\(migration.phase.rawValue) · \(migration.transactional ? "one transaction" : "no transaction, statement by statement")"
    }

    static func text(_ plan: MigrationPlan) -> String {
        guard !plan.isEmpty else { return "No changes: the database matches the schema files." }
        var blocks: [String] = []
        for migration in plan.migrations {
            let body = migration.statements.map { statement in
                (statement.sql + ";").split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            }.joined(separator: "\n")
            blocks.append("── \(heading(migration))\n\(body)")
        }
        let warnings = plan.warnings
        if !warnings.isEmpty { blocks.append(warnings.map(\.boxedText).joined(separator: "\n")) }
        blocks.append(summary(plan))
        return blocks.joined(separator: "\n\n")
    }

    static func summary(_ plan: MigrationPlan) -> String {
        let counts = Phase.allCases.compactMap { phase -> String? in
            let count = plan.statements.filter { $0.phase == phase }.count
            return count == 0 ? nil : "\(count) \(phase.rawValue)"
        }
        let warnings = plan.warnings.count
        return "\(plan.statements.count) statement\(plan.statements.count == 1 ? "" : "s") (\(counts.joined(separator: ", "))), "
            + "\(warnings) warning\(warnings == 1 ? "" : "s")."
    }

    /// "2 data statements in the schema files were skipped (schema/seed.sql:3:1, ...)".
    static func skippedSummary(_ skipped: [SkippedStatement]) -> String {
        let places = skipped.prefix(3).map { "`\($0.file):\($0.line):\($0.column)`" }.joined(separator: ", ")
        return "\(skipped.count) data statement\(skipped.count == 1 ? " was" : "s were") skipped in the schema files "
            + "(\(places)\(skipped.count > 3 ? ", ..." : "")); data belongs in data migrations."
    }

    static func json(_ plan: MigrationPlan, skipped: [SkippedStatement] = []) -> String {
        PlanJSON(plan, skipped: skipped).rendered()
    }
}
