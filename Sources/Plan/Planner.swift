import Diff
import SchemaModel

/// Turns changes into statements: phases, online patterns, down statements and warnings.
/// One generator per object kind lives in the `Planner+*.swift` files.
public struct Planner {
    let current: SchemaModel
    let desired: SchemaModel

    /// Current foreign keys on a key this plan drops or replaces (Planner+KeyDependents).
    let releasedForeignKeys: [ForeignKeyRef: Phase]
    /// Temporary names of replacement indexes, free in both models (Planner+TemporaryNames).
    let replacementIndexNames: [QualifiedName: String]
    /// Comments, grants and triggers by the object they belong to, in each model (Planner+Reapply).
    let attached: AttachedObjectsCache

    public init(current: SchemaModel, desired: SchemaModel) {
        self.current = current
        self.desired = desired
        releasedForeignKeys = Self.releasedForeignKeys(current: current, desired: desired)
        replacementIndexNames = Self.replacementIndexNames(current: current, desired: desired)
        attached = AttachedObjectsCache(current: current, desired: desired)
    }

    /// Diffs the two models and plans the result.
    /// Hints that cannot be followed (see `SchemaDiffer.resolveRenames`) are ignored here: callers that
    /// read schema files use `planReportingRenames` and report them first.
    public static func plan(current: SchemaModel, desired: SchemaModel) -> MigrationPlan {
        planReportingRenames(current: current, desired: desired).plan
    }

    /// The plan, and the rename hints of the desired model that cannot be followed against `current`
    /// (input errors), from one resolution of the hints.
    public static func planReportingRenames(current: SchemaModel, desired: SchemaModel)
        -> (plan: MigrationPlan, renameProblems: [RenameProblem]) {
        // Default privileges without FOR ROLE are the connected role's (see DefaultPrivileges).
        let desired = current.resolvingCurrentRole(of: desired)
        let differ = SchemaDiffer()
        let resolution = differ.resolveRenames(current: current, desired: desired)
        let plan = Planner(current: resolution.current, desired: desired).plan(differ.diff(resolution, desired: desired))
        return (plan, resolution.problems)
    }

    /// Rename hints of the desired model that cannot be followed against `current`: input errors.
    public static func renameProblems(current: SchemaModel, desired: SchemaModel) -> [RenameProblem] {
        SchemaDiffer().resolveRenames(current: current, desired: desired).problems
    }

    /// `current` is the model as it is once the changes' renames have run. Renames run in the alter
    /// phase: statements that need a renamed object under its new name move there after them (see
    /// `StatementGraph.liftingPhases`).
    public func plan(_ changes: [SchemaChange]) -> MigrationPlan {
        var statements: [PlannedStatement] = []
        let creations = changes.compactMap { change -> Table? in
            if case .createTable(let table) = change { return table } else { return nil }
        }
        let drops = changes.compactMap { change -> Table? in
            if case .dropTable(let table) = change { return table } else { return nil }
        }
        statements += releaseForeignKeys()
        // New and dropped tables are planned together (foreign keys between them), where the first of
        // them comes in the changes: the planner's order is the graph's tie-break.
        var tablesPlanned = false
        for change in changes {
            switch change {
            case .createTable, .dropTable:
                guard !tablesPlanned else { continue }
                tablesPlanned = true
                statements += createTables(creations)
                statements += dropTables(drops)
            default:
                statements += plan(change)
            }
        }
        return ordered(statements)
    }

    /// The statements in dependency order, and the plan refused (with defects) if that order still
    /// leaves a statement without an object it needs.
    public func ordered(_ statements: [PlannedStatement]) -> MigrationPlan {
        // Nothing to order (the schema matches): the two models' dependency graphs are not needed.
        guard !statements.isEmpty else {
            return MigrationPlan(statements: [], defects: [])
        }
        // The relations the plan drops or renames (all, when it drops a schema): their indexes, triggers and
        // policies go or move with them (see StatementGraph, PlanSimulation).
        var grouped: Set<QualifiedName>? = []
        for statement in statements {
            switch statement.action {
            case .drop(.relation(let name)): grouped?.insert(name)
            case .rename(.relation(let old), .relation(let new)): grouped?.formUnion([old, new])
            case .drop(.schema): grouped = nil
            default: break
            }
        }
        let graph = StatementGraph(current: ObjectDependencies(current, groupingAttachmentsOf: grouped), desired: ObjectDependencies(desired))
        let ordered = graph.ordered(graph.liftingPhases(statements))
        let defects = PlanSimulation(current: graph.current, desired: graph.desired, graph: graph).defects(ordered)
        var objects = ObjectCatalog(current: current, desired: desired, describing: Set(ordered.map(\.action.object)))
        objects.recordIndexTables(of: ordered)
        return MigrationPlan(statements: ordered, defects: defects, objects: objects)
    }

    private func plan(_ change: SchemaChange) -> [PlannedStatement] {
        switch change {
        case .rename(let change): return rename(change)
        case .createSchema(let name):
            return [PlannedStatement(phase: .expand, sql: "CREATE SCHEMA \(Identifier.quote(name))",
                                     down: "DROP SCHEMA \(Identifier.quote(name))", .create(.schema(name)))]
        case .dropSchema(let name):
            return [PlannedStatement(phase: .contract, sql: "DROP SCHEMA \(Identifier.quote(name))",
                                     down: "CREATE SCHEMA \(Identifier.quote(name))",
                                     warnings: [WarningCatalogue.droppedSchema(name)], .drop(.schema(name)))]
        case .createExtension(let definition): return [createExtension(definition)]
        case .dropExtension(let definition): return [dropExtension(definition)]
        case .alterExtension(let old, let new): return alterExtension(old, to: new)
        case .setComment(let target, let old, let new): return [setComment(target, from: old, to: new)]
        case .createDomain(let domain): return [createDomain(domain)]
        case .dropDomain(let domain): return [dropDomain(domain)]
        case .alterDomain(let old, let new): return alterDomain(old, to: new)
        case .createEnum(let type): return [createEnum(type)]
        case .dropEnum(let type): return [dropEnum(type)]
        case .addEnumValues(let type, let old): return addEnumValues(type, to: old)
        case .replaceEnum(let old, let new): return replaceEnum(old, with: new)
        case .createSequence(let sequence): return [createSequence(sequence)]
        case .dropSequence(let sequence, let ownerDropped): return [dropSequence(sequence, ownerDropped: ownerDropped)]
        case .alterSequence(let old, let new): return [alterSequence(old, to: new)]
        case .setSequenceOwner(let sequence): return [setOwner(of: sequence)]
        case .createTable, .dropTable: return []  // planned together above, for dependency order
        case .setLogged(let table, let unlogged): return [setLogged(table, unlogged: unlogged)]
        case .setPartition(let table, let old, let new): return setPartition(table, from: old, to: new)
        case .setInherits(let table, let old, let new): return setInherits(table, from: old, to: new)
        case .setStorageParameters(let table, let old, let new): return setStorageParameters(table, from: old, to: new)
        case .setReplicaIdentity(let table, let old, let new, let isNew): return setReplicaIdentity(table, from: old, to: new, tableIsNew: isNew)
        case .rebuildPartitionedTable(let old, let new): return rebuildPartitionedTable(from: old, to: new)
        case .alterIndexSettings(let old, let new): return alterIndexSettings(from: old, to: new)
        case .addColumn(let table, let column): return addColumn(column, to: table)
        case .dropColumn(let table, let column): return [dropColumn(column, from: table)]
        case .alterColumn(let table, let old, let new): return alterColumn(table, from: old, to: new)
        case .addConstraint(let table, let constraint, _): return addConstraint(constraint, to: table)
        case .dropConstraint(let table, let constraint):
            // A foreign key on a key that goes away was dropped before it (releaseForeignKeys).
            if releasedForeignKeys[ForeignKeyRef(table: table, name: constraint.name)] != nil { return [] }
            return [dropConstraint(constraint, from: table)]
        case .validateConstraint(let table, let constraint): return [validate(constraint.name, on: table)]
        case .replaceConstraint(let table, let old, let new): return replaceConstraint(old, with: new, on: table)
        case .createIndex(let index, let tableIsNew): return withIndexSettings(index, createIndex(index, tableIsNew: tableIsNew))
        case .dropIndex(let index): return [dropIndex(index)]
        case .replaceIndex(let old, let new):
            return withIndexSettings(new, builtAs: temporaryIndexName(replacing: new.qualifiedName), replaceIndex(old, with: new))
        case .createFunction(let function): return [createFunction(function)]
        case .replaceFunction(let old, let new): return [replaceFunction(old, with: new)]
        case .dropFunction(let function): return [dropFunction(function)]
        case .createOperator(let definition): return [createOperator(definition)]
        case .replaceOperator(let old, let new): return [replaceOperator(old, with: new)]
        case .dropOperator(let definition): return [dropOperator(definition)]
        case .createTrigger(let trigger): return [createTrigger(trigger)]
        case .replaceTrigger(let old, let new): return [replaceTrigger(old, with: new)]
        case .dropTrigger(let trigger): return [dropTrigger(trigger)]
        case .createViews(let views): return createViews(views)
        case .dropViews(let views): return views.map(dropView)
        case .replaceView(let old, let new): return [replaceView(old, with: new)]
        case .recreateViews(let old, let new): return recreateViews(old, as: new)
        case .createCollation, .dropCollation, .replaceCollation, .createComposites, .dropComposites, .alterComposite, .createRange,
             .dropRange, .replaceRange, .createAggregate, .dropAggregate, .replaceAggregate, .createTextSearchConfiguration,
             .dropTextSearchConfiguration, .alterTextSearchConfiguration:
            return planKinds(change)
        case .setPrivileges, .setRowSecurity, .createPolicy, .alterPolicy, .replacePolicy, .dropPolicy, .setDefaultPrivileges: return planAccess(change)
        }
    }
}
