import SchemaModel

/// Markdown for a pull-request comment: one summary line a reviewer reads first, then each migration (phase
/// and transaction mode) with its SQL, the locks it holds on existing tables, and its warnings. Long SQL
/// and every mitigation list are collapsed in `<details>`, so that the comment stays short to scroll.
extension PlanRenderer {
    /// A migration's SQL is collapsed beyond this many statements or lines.
    static let collapsedStatements = 8
    static let collapsedLines = 40

    static func markdown(_ plan: MigrationPlan, skipped: [SkippedStatement] = []) -> String {
        var blocks = ["**monolayer plan**: " + markdownSummary(plan)]
        if !skipped.isEmpty { blocks.append(skippedSummary(skipped)) }
        for migration in plan.migrations { blocks += markdown(migration) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// "5 statements (3 expand, 2 contract), 2 warnings (1 destructive, 1 might fail)".
    static func markdownSummary(_ plan: MigrationPlan) -> String {
        guard !plan.isEmpty else { return "no changes; the database matches the schema files." }
        let phases = Phase.allCases.compactMap { phase -> String? in
            let count = plan.statements.filter { $0.phase == phase }.count
            return count == 0 ? nil : "\(count) \(phase.rawValue)"
        }
        let warnings = plan.warnings
        let categories = Warning.Category.allCases.compactMap { category -> String? in
            let count = warnings.filter { $0.category == category }.count
            return count == 0 ? nil : "\(count) \(category.rawValue.replacingOccurrences(of: "-", with: " "))"
        }
        return counted(plan.statements.count, "statement") + " (\(phases.joined(separator: ", "))), "
            + counted(warnings.count, "warning") + (categories.isEmpty ? "" : " (\(categories.joined(separator: ", ")))")
    }

    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private static func markdown(_ migration: PlannedMigration) -> [String] {
        var blocks = ["### \(heading(migration)) · \(counted(migration.statements.count, "statement"))"]
        let fence = codeFence(for: migration.upSQL)
        let sql = "\(fence)sql\n\(migration.upSQL)\n\(fence)"
        let lines = migration.upSQL.split(separator: "\n", omittingEmptySubsequences: false).count
        if migration.statements.count > collapsedStatements || lines > collapsedLines {
            blocks.append(collapsed("Show the SQL (\(counted(lines, "line")))", sql))
        } else {
            blocks.append(sql)
        }
        if let locks = locksLine(migration) { blocks.append(locks) }
        blocks += migration.warnings.map(markdown)
        return blocks
    }

    /// The strongest lock each existing relation is held in, for locks that stop more than other schema
    /// changes: "Locks: `public.users` ACCESS EXCLUSIVE (blocks reads and writes)".
    private static func locksLine(_ migration: PlannedMigration) -> String? {
        var strongest: [QualifiedName: LockMode] = [:]
        var order: [QualifiedName] = []
        for lock in migration.statements.compactMap(\.lock) where lock.mode >= .shareUpdateExclusive {
            for relation in lock.relations {
                if strongest[relation] == nil { order.append(relation) }
                strongest[relation] = max(strongest[relation] ?? .none, lock.mode)
            }
        }
        guard !order.isEmpty else { return nil }
        return "Locks: " + order.map { relation in
            let mode = strongest[relation]!
            return "`\(relation.sql)` \(mode.rawValue) (blocks \(mode.blocks))"
        }.joined(separator: "; ")
    }

    private static func markdown(_ warning: Warning) -> String {
        var text = "**\(warning.code.rawValue) · \(warning.category.title)**: \(warning.summary)\n\n\(warning.why)"
        if !warning.mitigation.isEmpty {
            let steps = warning.mitigation.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
            text += "\n\n" + collapsed(warning.mitigationTitle, steps)
        }
        return text
    }

    /// Three backticks, or more than the longest run in the SQL (a function body may hold some).
    static func codeFence(for text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    private static func collapsed(_ summary: String, _ body: String) -> String {
        "<details><summary>\(summary)</summary>\n\n\(body)\n\n</details>"
    }
}
