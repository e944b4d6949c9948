import Diff
import SchemaModel

/// Collations, composite and range types, aggregates and text search configurations.
extension Planner {
    func planKinds(_ change: SchemaChange) -> [PlannedStatement] {
        switch change {
        case .createCollation(let collation):
            return [PlannedStatement(phase: .expand, sql: collation.createSQL, down: "DROP COLLATION \(collation.name.sql)",
                                     .create(.collation(collation.name)))]
        case .dropCollation(let collation):
            return [PlannedStatement(phase: .contract, sql: "DROP COLLATION \(collation.name.sql)",
                                     down: collation.createSQL + restoringComments(.collation(collation.name)),
                                     warnings: [WarningCatalogue.droppedCollation(collation.name, recreated: false)], .drop(.collation(collation.name)))]
        case .replaceCollation(let old, let new):
            return [PlannedStatement(phase: .alter, sql: "DROP COLLATION \(old.name.sql);\n" + new.createSQL,
                                     down: "DROP COLLATION \(new.name.sql);\n" + old.createSQL,
                                     warnings: [WarningCatalogue.droppedCollation(old.name, recreated: true)], .replace(.collation(new.name)))]
        case .createComposites(let types):
            return types.map { PlannedStatement(phase: .expand, sql: $0.createSQL, down: "DROP TYPE \($0.name.sql)", .create(.type($0.name))) }
        case .dropComposites(let types):
            return types.map {
                PlannedStatement(phase: .contract, sql: "DROP TYPE \($0.name.sql)", down: $0.createSQL + restoringComments(of: $0),
                                 warnings: [WarningCatalogue.droppedType($0.name)], .drop(.type($0.name)))
            }
        case .alterComposite(let old, let new): return [alterComposite(old, to: new)]
        case .createRange(let range):
            return [PlannedStatement(phase: .expand, sql: range.createSQL, down: "DROP TYPE \(range.name.sql)", .create(.type(range.name)))]
        case .dropRange(let range):
            return [PlannedStatement(phase: .contract, sql: "DROP TYPE \(range.name.sql)", down: range.createSQL + restoringComments(.type(range.name)),
                                     warnings: [WarningCatalogue.droppedType(range.name)], .drop(.type(range.name)))]
        case .replaceRange(let old, let new):
            return [PlannedStatement(phase: .alter, sql: "DROP TYPE \(old.name.sql);\n" + new.createSQL,
                                     down: "DROP TYPE \(new.name.sql);\n" + old.createSQL,
                                     warnings: [WarningCatalogue.droppedType(old.name)], lock: StatementLock.none, .replace(.type(new.name)))]
        case .createAggregate(let aggregate):
            return [PlannedStatement(phase: .expand, sql: aggregate.createSQL, down: aggregate.dropSQL, .create(.function(aggregate.identity)))]
        case .dropAggregate(let aggregate):
            return [PlannedStatement(phase: .contract, sql: aggregate.dropSQL, down: aggregate.createSQL + restoringComments(.aggregate(aggregate.identity)),
                                     warnings: [WarningCatalogue.droppedAggregate(aggregate.identity, recreated: false)],
                                     .drop(.function(aggregate.identity)))]
        case .replaceAggregate(let old, let new): return [replaceAggregate(old, with: new)]
        case .createTextSearchConfiguration(let configuration):
            return [PlannedStatement(phase: .expand, sql: configuration.createSQL.joined(separator: ";\n"),
                                     down: "DROP TEXT SEARCH CONFIGURATION \(configuration.name.sql)",
                                     .create(.textSearchConfiguration(configuration.name)))]
        case .dropTextSearchConfiguration(let configuration):
            return [PlannedStatement(phase: .contract, sql: "DROP TEXT SEARCH CONFIGURATION \(configuration.name.sql)",
                                     down: configuration.createSQL.joined(separator: ";\n") + restoringComments(.textSearchConfiguration(configuration.name)),
                                     warnings: [WarningCatalogue.droppedTextSearchConfiguration(configuration.name)],
                                     .drop(.textSearchConfiguration(configuration.name)))]
        case .alterTextSearchConfiguration(let old, let new): return [alterConfiguration(old, to: new)]
        default:
            return []
        }
    }

    /// The comment a dropped object had, set again when the drop is undone (`;\nCOMMENT ON ...`).
    private func restoringComments(_ targets: CommentTarget...) -> String {
        targets.compactMap { target in current.comments[target].map { ";\nCOMMENT ON \(target.sql) IS \(SQLLiteral.quote($0))" } }.joined()
    }

    private func restoringComments(of type: CompositeType) -> String {
        restoringComments(.type(type.name)) + type.attributes.map { restoringComments(.column(type.name, $0.name)) }.joined()
    }

    /// Attributes are dropped, changed and added in place; PostgreSQL adds at the end only, so when the
    /// desired order cannot be reached that way the type is dropped and created (which fails while a
    /// column uses it, as its warning says).
    private func alterComposite(_ old: CompositeType, to new: CompositeType) -> PlannedStatement {
        let name = new.name.sql
        let kept = old.attributes.filter { new.attribute(named: $0.name) != nil }.map(\.name)
        let added = new.attributes.filter { old.attribute(named: $0.name) == nil }.map(\.name)
        guard kept + added == new.attributes.map(\.name) else {
            return PlannedStatement(phase: .alter, sql: "DROP TYPE \(old.name.sql);\n" + new.createSQL,
                                    down: "DROP TYPE \(name);\n" + old.createSQL, warnings: [WarningCatalogue.droppedType(old.name)],
                                    lock: StatementLock.none, .replace(.type(new.name)))
        }
        var up: [String] = []
        var down: [String] = []
        for attribute in old.attributes where new.attribute(named: attribute.name) == nil {
            up.append("DROP ATTRIBUTE \(Identifier.quote(attribute.name))")
        }
        for attribute in old.attributes {
            guard let changed = new.attribute(named: attribute.name), changed != attribute else { continue }
            func alter(_ value: CompositeAttribute) -> String {
                "ALTER ATTRIBUTE \(Identifier.quote(value.name)) TYPE \(value.type.sql)" + (value.collation.map { " COLLATE \($0.sql)" } ?? "")
            }
            up.append(alter(changed))
            down.append(alter(attribute))
        }
        for attribute in new.attributes where old.attribute(named: attribute.name) == nil {
            up.append("ADD ATTRIBUTE \(attribute.sql)")
            down.insert("DROP ATTRIBUTE \(Identifier.quote(attribute.name))", at: 0)
        }
        // Dropped attributes come back at the end: the down section restores the old type in place when
        // that is where they were, and by recreating it otherwise.
        let dropped = old.attributes.filter { new.attribute(named: $0.name) == nil }
        for attribute in dropped { down.append("ADD ATTRIBUTE \(attribute.sql)") }
        let restorable = kept + dropped.map(\.name) == old.attributes.map(\.name)
        return PlannedStatement(phase: .alter, sql: "ALTER TYPE \(name) " + up.joined(separator: ", "),
                                down: restorable ? "ALTER TYPE \(name) " + down.joined(separator: ", ") : "DROP TYPE \(name);\n" + old.createSQL,
                                warnings: dropped.isEmpty ? [] : [WarningCatalogue.droppedType(old.name)], lock: StatementLock.none, .alter(.type(new.name)))
    }

    /// `CREATE OR REPLACE AGGREGATE` (PostgreSQL 12+) keeps views that use it working; it cannot change
    /// the kind or the state type, which need a drop and create.
    private func replaceAggregate(_ old: Aggregate, with new: Aggregate) -> PlannedStatement {
        let replace = { (aggregate: Aggregate) in aggregate.createSQL.replacingOccurrences(of: "CREATE AGGREGATE", with: "CREATE OR REPLACE AGGREGATE") }
        if old.kind == new.kind, old.options["stype"] == new.options["stype"], old.arguments.map(\.type) == new.arguments.map(\.type),
           old.directArgumentCount == new.directArgumentCount {
            return PlannedStatement(phase: .alter, sql: replace(new), down: replace(old), .alter(.function(new.identity)))
        }
        return PlannedStatement(phase: .alter, sql: old.dropSQL + ";\n" + new.createSQL, down: new.dropSQL + ";\n" + old.createSQL,
                                warnings: [WarningCatalogue.droppedAggregate(old.identity, recreated: true)], .replace(.function(new.identity)))
    }

    /// Mappings change in place; a different parser means a new configuration.
    private func alterConfiguration(_ old: TextSearchConfiguration, to new: TextSearchConfiguration) -> PlannedStatement {
        let name = new.name.sql
        guard old.parser == new.parser else {
            return PlannedStatement(phase: .alter, sql: (["DROP TEXT SEARCH CONFIGURATION \(old.name.sql)"] + new.createSQL).joined(separator: ";\n"),
                                    down: (["DROP TEXT SEARCH CONFIGURATION \(name)"] + old.createSQL).joined(separator: ";\n"),
                                    warnings: [WarningCatalogue.droppedTextSearchConfiguration(old.name)], .replace(.textSearchConfiguration(new.name)))
        }
        func changes(from: TextSearchConfiguration, to: TextSearchConfiguration) -> [String] {
            var sql: [String] = []
            for token in Set(from.mappings.keys).union(to.mappings.keys).sorted() where from.mappings[token] != to.mappings[token] {
                let quoted = Identifier.quote(token)
                if let dictionaries = to.mappings[token] {
                    let verb = from.mappings[token] == nil ? "ADD" : "ALTER"
                    sql.append("ALTER TEXT SEARCH CONFIGURATION \(name) \(verb) MAPPING FOR \(quoted) WITH \(dictionaries.joined(separator: ", "))")
                } else {
                    sql.append("ALTER TEXT SEARCH CONFIGURATION \(name) DROP MAPPING FOR \(quoted)")
                }
            }
            return sql
        }
        return PlannedStatement(phase: .alter, sql: changes(from: old, to: new).joined(separator: ";\n"),
                                down: changes(from: new, to: old).joined(separator: ";\n"), .alter(.textSearchConfiguration(new.name)))
    }
}
