import SchemaModel
import SQLTree

/// Comment targets of the access-control helper: routines (with argument types), triggers and policies
/// (`ON table`), views and materialized views, and constraints of domains. Nil for other kinds.
extension CommentReader {
    func accessTarget(_ body: Node, in model: SchemaModel) throws(Diagnostic) -> CommentTarget? {
        let object = body.objectField ?? .null
        let names = (object.body("List")?["items"] ?? object).nameList
        switch body.objtype ?? "" {
        case "OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE":
            return .routine(try RoutineReference(source: source, resolver: resolver, lookups: lookups).identity(object, in: model))
        case "OBJECT_TRIGGER" where names.count >= 2:
            return .trigger(TriggerIdentity(table: resolver.qualifyRelation(Array(names.dropLast())), name: names.last!))
        case "OBJECT_POLICY" where names.count >= 2:
            return .policy(PolicyIdentity(table: resolver.qualifyRelation(Array(names.dropLast())), name: names.last!))
        case "OBJECT_VIEW": return .view(resolver.qualifyRelation(names))
        case "OBJECT_MATVIEW": return .materializedView(resolver.qualifyRelation(names))
        case "OBJECT_DOMCONSTRAINT":
            // (type name, constraint name)
            let items = object.body("List")?.items ?? []
            guard items.count == 2 else { return nil }
            let typeNames = (items[0].body("TypeName") ?? items[0]).names.nameList
            return .domainConstraint(domain: resolver.qualifyRelation(resolver.typeNameParts(typeNames)),
                                     name: items[1].stringValue ?? "")
        default:
            return nil
        }
    }
}
