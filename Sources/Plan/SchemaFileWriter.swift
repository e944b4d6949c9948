import Foundation
import SchemaModel

/// Schema files for a model (`monolayer pull`): the statements that would create it in an empty
/// database, grouped into one file per object kind, numbered in an order that also loads with psql.
/// Planning these files against the database they came from reports no changes (tested on every case).
public enum SchemaFileWriter {
    public struct File: Equatable, Sendable {
        public var name: String
        public var text: String
    }

    /// The file for statements on `object`; comments and grants go with the object they are on.
    static func fileName(for object: ObjectID, in model: SchemaModel) -> String {
        switch object {
        case .extension: return "00-extensions.sql"
        case .schema: return "01-schemas.sql"
        case .collation, .textSearchConfiguration, .type: return "02-types.sql"
        case .relation(let name) where model.sequences[name] != nil: return "03-sequences.sql"
        case .function, .operator: return "04-functions.sql"
        case .relation(let name) where model.views[name] != nil: return "07-views.sql"
        case .relation, .column, .constraint, .replicaIdentity: return "05-tables.sql"
        case .index: return "06-indexes.sql"
        case .trigger: return "08-triggers.sql"
        case .policy: return "08-policies.sql"
        case .defaultPrivileges: return "09-privileges.sql"
        }
    }

    public static func files(for model: SchemaModel, source: String) -> [File] {
        let empty = SchemaModel.emptyDatabase
        let plan = Planner.plan(current: empty, desired: model)
        let graph = StatementGraph(current: ObjectDependencies(empty), desired: ObjectDependencies(model))
        var texts: [String: [String]] = [:]
        // Files load in name order: a statement goes in its object's file, or a later one when something
        // it needs is created there (a function over a table's row type goes with the tables).
        var fileOf: [ObjectID: String] = [:]
        for statement in plan.statements {
            let effects = graph.effects(of: statement)
            let file = ([fileName(for: statement.action.object, in: model)] + effects.requires.compactMap { fileOf[$0] }).max()!
            for id in effects.creates { fileOf[id] = file }
            // pg_dump's trick for SQL functions is for migrations; a schema file states the function alone.
            let sql = statement.sql.replacingOccurrences(of: "SET LOCAL check_function_bodies = off;\n", with: "")
            texts[file, default: []].append(sql + ";")
        }
        let header = "-- Written by `monolayer pull` from \(source). Edit freely: these files are now the schema.\n\n"
        return texts.keys.sorted().map { name in
            File(name: name, text: header + texts[name]!.joined(separator: "\n\n") + "\n")
        }
    }
}
