import PgQuery
import Plan

/// The planner writes SQL as text, so nothing in the type system stops it from writing a statement
/// PostgreSQL's grammar rejects. This check parses every statement of a plan, up and down, with the
/// same parser the runner splits migrations with, so a planner defect is caught before a plan is
/// printed or a file written, instead of when the migration runs against a real database.
public enum PlanParseCheck {
    /// A statement of the plan that does not parse: always a monolayer bug, never the user's input.
    public struct Defect: Error, CustomStringConvertible {
        public var phase: Phase
        /// "up" or "down".
        public var section: String
        public var statement: String
        public var parserMessage: String

        public var description: String {
            "planner defect: a \(section) statement of the \(phase.rawValue) phase does not parse "
                + "(\(parserMessage))\nstatement:\n  \(statement.replacingOccurrences(of: "\n", with: "\n  "))\n"
                + "Nothing was written. This is a bug in monolayer; please report it with the schema change that caused it."
        }
    }

    /// Throws the first statement that does not parse.
    public static func check(_ plan: MigrationPlan) throws(Defect) {
        for statement in plan.statements {
            try check(statement.sql, phase: statement.phase, section: "up")
            if let down = statement.down, !down.isEmpty {
                try check(down, phase: statement.phase, section: "down")
            }
        }
    }

    /// Parsed as the migration file will hold it: terminated by `;`, so a statement that swallows its
    /// terminator (an unclosed quote or dollar quote) is caught too.
    static func check(_ sql: String, phase: Phase, section: String) throws(Defect) {
        do { _ = try PgQuery.parse(sql + ";") } catch {
            throw Defect(phase: phase, section: section, statement: sql, parserMessage: error.message)
        }
    }
}
