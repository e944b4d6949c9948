import SchemaModel

/// The "(column: 'name' table: 'users' schema: 'public')" part of warning summaries (lint's too).
public enum ObjectDescription {
    public static func table(_ name: QualifiedName) -> String {
        "(table: '\(name.name)' schema: '\(name.schema)')"
    }

    static func column(_ column: String, of table: QualifiedName) -> String {
        "(column: '\(column)' table: '\(table.name)' schema: '\(table.schema)')"
    }

    static func constraint(_ constraint: String, of table: QualifiedName) -> String {
        "(constraint: '\(constraint)' table: '\(table.name)' schema: '\(table.schema)')"
    }

    static func index(_ index: String, of table: QualifiedName) -> String {
        "(index: '\(index)' table: '\(table.name)' schema: '\(table.schema)')"
    }

    static func type(_ name: QualifiedName) -> String {
        "(type: '\(name.name)' schema: '\(name.schema)')"
    }

    static func function(_ identity: FunctionIdentity) -> String {
        "(function: '\(identity.name.name)(\(identity.argumentTypes.joined(separator: ", ")))' schema: '\(identity.name.schema)')"
    }

    static func trigger(_ identity: TriggerIdentity) -> String {
        "(trigger: '\(identity.name)' table: '\(identity.table.name)' schema: '\(identity.table.schema)')"
    }

    static func schema(_ name: String) -> String { "(schema: '\(name)')" }
}
