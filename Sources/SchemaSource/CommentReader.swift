import Foundation
import SchemaModel
import SQLTree

/// `COMMENT ON <object> IS '...'` → an entry of `SchemaModel.comments` (`IS NULL` removes it).
struct CommentReader {
    let source: StatementSource
    let resolver: NameResolver
    let lookups: AccessLookups

    func apply(_ body: Node, to model: inout SchemaModel) throws(Diagnostic) {
        let target: CommentTarget
        if let access = try accessTarget(body, in: model) { target = access } else { target = try self.target(body) }
        try checkExists(target, in: model, at: body)
        model.comments[target] = body.comment
    }

    private func target(_ body: Node) throws(Diagnostic) -> CommentTarget {
        let object = body.objectField ?? .null
        let names = (object.body("List")?["items"] ?? object).nameList
        switch body.objtype ?? "" {
        case "OBJECT_SCHEMA": return .schema(object.stringValue ?? "")
        case "OBJECT_EXTENSION": return .extension(object.stringValue ?? "")
        case "OBJECT_TABLE": return .table(resolver.qualifyRelation(names))
        case "OBJECT_SEQUENCE": return .sequence(resolver.qualifyRelation(names))
        case "OBJECT_INDEX": return .index(resolver.qualifyRelation(names))
        case "OBJECT_COLUMN" where names.count >= 2:
            return .column(resolver.qualifyRelation(Array(names.dropLast())), names.last!)
        case "OBJECT_TABCONSTRAINT" where names.count >= 2:
            return .constraint(table: resolver.qualifyRelation(Array(names.dropLast())), name: names.last!)
        case "OBJECT_TYPE", "OBJECT_DOMAIN":
            let typeNames = (object.body("TypeName") ?? object).names.nonEmpty?.nameList ?? names
            return .type(resolver.qualifyRelation(typeNames))
        case "OBJECT_COLLATION": return .collation(resolver.qualifyRelation(names))
        case "OBJECT_TSCONFIGURATION": return .textSearchConfiguration(resolver.qualifyRelation(names))
        case "OBJECT_AGGREGATE": return aggregateTarget(object.body("ObjectWithArgs") ?? object)
        case let other:
            throw source.diagnostic(at: body.objectField, "COMMENT ON \(other.replacingOccurrences(of: "OBJECT_", with: "")) is not supported yet")
        }
    }

    /// `AGGREGATE name(types)`: every argument type, direct and aggregated, as the aggregate's identity has them.
    private func aggregateTarget(_ object: Node) -> CommentTarget {
        let types = object.objargs.map { TypeNameRenderer.render($0.setting("typmods", nil), resolver: resolver).sql }
        return .aggregate(FunctionIdentity(name: resolver.qualifyRelation(object.objname.nameList), argumentTypes: types))
    }

    /// A comment on something the schema does not declare would fail when applied.
    private func checkExists(_ target: CommentTarget, in model: SchemaModel, at body: Node) throws(Diagnostic) {
        if !model.contains(target) { throw source.diagnostic(at: body.objectField, "COMMENT ON \(target.sql): no such object is declared") }
    }
}
