/// A plan: statements grouped into at most one transactional and one non-transactional migration per
/// phase, in the order the runner applies them.
public struct MigrationPlan: Equatable, Sendable {
    /// In the order they run: by phase, transactional before standalone, and within each such
    /// migration in the order given (the planner's dependency order, see `StatementGraph`).
    public var statements: [PlannedStatement]
    /// What the simulation of the plan found wrong (see `PlanSimulation`): a plan with defects is
    /// refused, never written.
    public var defects: [PlanDefect]
    /// The kinds and tables of the statements' objects (see `object(of:)`).
    public var objects: ObjectCatalog

    public init(statements: [PlannedStatement], defects: [PlanDefect] = [], objects: ObjectCatalog = ObjectCatalog()) {
        self.statements = statements.enumerated().sorted {
            ($0.element.phase, $0.element.transactional ? 0 : 1, $0.offset) < ($1.element.phase, $1.element.transactional ? 0 : 1, $1.offset)
        }.map(\.element)
        self.defects = defects
        self.objects = objects
    }

    /// What a statement acts on, as a reviewer names it: for a rename, the object under its old name
    /// (`newName(of:)` is the new one), of the kind the new name has.
    public func object(of statement: PlannedStatement) -> PlanObject? {
        guard case .rename(let old, let new) = statement.action else { return objects.object(statement.action.object) }
        guard var object = objects.object(new) else { return nil }
        object.name = old.nameInItsNamespace ?? object.name
        return object
    }

    /// The object's name after a rename; nil for other statements.
    public func newName(of statement: PlannedStatement) -> String? {
        guard case .rename(_, let new) = statement.action else { return nil }
        return new.nameInItsNamespace
    }

    public var isEmpty: Bool { statements.isEmpty }

    public var warnings: [Warning] { statements.flatMap(\.warnings) }

    /// The migrations to write: per phase, transactional statements first, then the ones that run alone.
    public var migrations: [PlannedMigration] {
        var result: [PlannedMigration] = []
        for phase in Phase.allCases {
            let inPhase = statements.filter { $0.phase == phase }
            let transactional = inPhase.filter(\.transactional)
            let standalone = inPhase.filter { !$0.transactional }
            if !transactional.isEmpty { result.append(PlannedMigration(phase: phase, transactional: true, statements: transactional)) }
            if !standalone.isEmpty { result.append(PlannedMigration(phase: phase, transactional: false, statements: standalone)) }
        }
        return result
    }
}

/// One migration file's worth of statements.
public struct PlannedMigration: Equatable, Sendable {
    public var phase: Phase
    public var transactional: Bool
    public var statements: [PlannedStatement]

    public var warnings: [Warning] { statements.flatMap(\.warnings) }

    /// Up SQL: each statement terminated, separated by a blank line.
    public var upSQL: String { statements.map { $0.sql + ";" }.joined(separator: "\n\n") }

    /// Down SQL: the undo statements in reverse order; steps that cannot be undone say so in a comment.
    public var downSQL: String {
        statements.reversed().filter { $0.down != "" }.map { statement in
            statement.down.map { $0 + ";" } ?? "-- cannot be undone: \(statement.sql.split(separator: "\n").first ?? "")"
        }.joined(separator: "\n\n")
    }
}
