import Plan
import SchemaModel
import SQLTree

/// Drops of what holds data or what others use: the planner's destructive codes (D001 schema, D002
/// table, D004 type or domain, D007 sequence, D009 trigger, D010 extension, D014 collation, D016 text
/// search configuration). Indexes are `IndexRule`'s; a table the linted SQL created is not existing.
struct DropRule: LintRule {
    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        guard let drop = statement.body("DropStmt"), let kind = drop.removeType else { return [] }
        return drop.objects.compactMap { object in
            warning(kind, names: Self.names(of: object), history).map { LintHit($0) }
        }
    }

    /// An object of a DROP as a name list: `[schema, name]`, `[name]`, `[schema, table, trigger]`.
    static func names(of object: Node) -> [String] {
        if let list = object.body("List")?.items { return list.nameList }
        if let type = object.body("TypeName")?.names { return type.nameList }
        if let single = object.stringValue { return [single] }
        return object.nameList
    }

    private func warning(_ kind: String, names: [String], _ history: LintHistory) -> Warning? {
        guard let last = names.last else { return nil }
        let qualified = LintNames.qualified(names)!
        switch kind {
        case "OBJECT_SCHEMA": return WarningCatalogue.droppedSchema(last)
        case "OBJECT_TABLE": return history.isExisting(qualified) ? WarningCatalogue.droppedTable(qualified) : nil
        case "OBJECT_TYPE", "OBJECT_DOMAIN": return WarningCatalogue.droppedType(qualified)
        case "OBJECT_SEQUENCE": return WarningCatalogue.droppedSequence(qualified)
        case "OBJECT_EXTENSION": return WarningCatalogue.droppedExtension(last)
        case "OBJECT_COLLATION": return WarningCatalogue.droppedCollation(qualified, recreated: false)
        case "OBJECT_TSCONFIGURATION": return WarningCatalogue.droppedTextSearchConfiguration(qualified)
        case "OBJECT_TRIGGER":
            guard let table = LintNames.qualified(Array(names.dropLast())) else { return nil }
            return WarningCatalogue.droppedTrigger(TriggerIdentity(table: table, name: last))
        default: return nil
        }
    }
}
