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

    /// File names by step; steps not listed go with the object they complete.
    static func fileName(for step: Step) -> String {
        switch step {
        case .createExtension: return "00-extensions.sql"
        case .createSchema: return "01-schemas.sql"
        case .createCollation, .createTextSearchConfiguration, .createType, .addEnumValue: return "02-types.sql"
        case .createTypeOnFunctions, .createAggregate: return "04-functions.sql"
        case .createSequence, .setSequenceOwner: return "03-sequences.sql"
        case .createFunction, .createOperator: return "04-functions.sql"
        // Functions over tables (row types, SQL-standard bodies) follow the tables.
        case .createTable, .addColumn, .addForeignKeyForNewTable, .createFunctionOnTables: return "05-tables.sql"
        // Foreign keys on a key that a unique index provides follow that index.
        case .createIndexOnNewTable, .buildIndexConcurrently, .addForeignKeyOnUniqueIndex, .setIndexStatistics: return "06-indexes.sql"
        case .createView, .createRecreatedView, .replaceView: return "07-views.sql"
        case .createTrigger: return "08-triggers.sql"
        case .setComment: return "09-comments.sql"
        case .createPolicy, .replacePolicy, .setRowSecurity: return "08-policies.sql"
        case .grantPrivileges, .revokePrivileges, .setDefaultPrivileges: return "09-privileges.sql"
        default: return "10-other.sql"
        }
    }

    public static func files(for model: SchemaModel, source: String) -> [File] {
        let plan = Planner.plan(current: SchemaModel.emptyDatabase, desired: model)
        var texts: [String: [String]] = [:]
        for statement in plan.statements {
            // pg_dump's trick for SQL functions is for migrations; a schema file states the function alone.
            let sql = statement.sql.replacingOccurrences(of: "SET LOCAL check_function_bodies = off;\n", with: "")
            texts[fileName(for: statement.step), default: []].append(sql + ";")
        }
        let header = "-- Written by `monolayer pull` from \(source). Edit freely: these files are now the schema.\n\n"
        return texts.keys.sorted().map { name in
            File(name: name, text: header + texts[name]!.joined(separator: "\n\n") + "\n")
        }
    }
}
