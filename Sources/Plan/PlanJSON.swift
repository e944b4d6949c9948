import Foundation
import SchemaModel

/// The JSON plan, version 1 (`docs/plan.schema.json` is its schema; a test validates output against it).
/// `changes`, `statements[].sql` and `skipped` keep the meaning they had before the format was versioned.
struct PlanJSON: Encodable {
    struct Summary: Encodable {
        var statements: Int
        var migrations: Int
        /// Statements that run outside a transaction, one by one.
        var nonTransactional: Int
        /// Every phase, in order, with its statement count (zero included).
        var phases: [String: Int]
        var warnings: Int
        /// Every warning category with its count (zero included).
        var warningCategories: [String: Int]
        var skipped: Int
    }

    struct Relation: Encodable {
        var schema: String
        var name: String
    }

    struct Lock: Encodable {
        var mode: LockMode
        var relations: [Relation]
        var conditional: Bool
    }

    struct Statement: Encodable {
        var phase: Phase
        var transactional: Bool
        var object: PlanObject?
        var action: String
        /// For a rename: the object's name afterwards.
        var newName: String?
        var sql: String
        var down: String?
        var lock: Lock?
        var warnings: [Warning]

        enum CodingKeys: String, CodingKey { case phase, transactional, object, action, newName, sql, down, lock, warnings }

        /// `down` is written as null when the statement cannot be undone; `newName` only for renames.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(phase, forKey: .phase)
            try container.encode(transactional, forKey: .transactional)
            try container.encode(object, forKey: .object)
            try container.encode(action, forKey: .action)
            try container.encodeIfPresent(newName, forKey: .newName)
            try container.encode(sql, forKey: .sql)
            try container.encode(down, forKey: .down)
            try container.encode(lock, forKey: .lock)
            try container.encode(warnings, forKey: .warnings)
        }
    }

    var version = 1
    var changes: Bool
    var summary: Summary
    var statements: [Statement]
    var warnings: [Warning]
    /// Data statements of the schema files that were not read (file, line, column, kind).
    var skipped: [SkippedStatement]

    init(_ plan: MigrationPlan, skipped: [SkippedStatement]) {
        changes = !plan.isEmpty
        summary = Summary(
            statements: plan.statements.count, migrations: plan.migrations.count,
            nonTransactional: plan.statements.filter { !$0.transactional }.count,
            phases: Dictionary(uniqueKeysWithValues: Phase.allCases.map { phase in (phase.rawValue, plan.statements.filter { $0.phase == phase }.count) }),
            warnings: plan.warnings.count,
            warningCategories: Dictionary(uniqueKeysWithValues: Warning.Category.allCases.map { category in
                (category.rawValue, plan.warnings.filter { $0.category == category }.count)
            }),
            skipped: skipped.count)
        statements = plan.statements.map { statement in
            Statement(phase: statement.phase, transactional: statement.transactional, object: plan.object(of: statement),
                      action: statement.action.verb, newName: plan.newName(of: statement), sql: statement.sql, down: statement.down,
                      lock: statement.lock.map { Lock(mode: $0.mode, relations: $0.relations.map { Relation(schema: $0.schema, name: $0.name) }, conditional: $0.conditional) },
                      warnings: statement.warnings)
        }
        warnings = plan.warnings
        self.skipped = skipped
    }

    func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

extension StatementAction {
    /// `create`, `alter`, `replace`, `drop` or `rename`.
    public var verb: String {
        switch self {
        case .create: return "create"
        case .alter: return "alter"
        case .replace: return "replace"
        case .drop: return "drop"
        case .rename: return "rename"
        }
    }
}
