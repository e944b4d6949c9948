import SchemaModel
import SQLTree

/// A routine named in `COMMENT ON FUNCTION` or `GRANT ... ON FUNCTION` (an `ObjectWithArgs` node) → the
/// identity of a declared function or procedure. Argument types are rendered as `FunctionBuilder` renders
/// them (typmods dropped), so `f(varchar(10))` names `f(character varying)`; without an argument list
/// the name must be unique, as PostgreSQL requires.
struct RoutineReference {
    let source: StatementSource
    let resolver: NameResolver
    let lookups: AccessLookups

    func identity(_ node: Node, in model: SchemaModel) throws(Diagnostic) -> FunctionIdentity {
        let object = node.body("ObjectWithArgs") ?? node
        let name = resolver.qualifyRelation(resolver.functionNameParts(object.objname.nameList))
        if object.args_unspecified {
            let candidates = lookups.routinesByName[name] ?? []
            guard candidates.count == 1, let only = candidates.first else {
                throw source.diagnostic(at: node, candidates.isEmpty
                    ? "routine \(name) is not declared" : "routine \(name) is overloaded: name its argument types")
            }
            return only
        }
        var types: [String] = []
        for argument in object.objargs {
            types.append(TypeNameRenderer.render((argument.body("TypeName") ?? argument).setting("typmods", nil), resolver: resolver).sql)
        }
        let identity = FunctionIdentity(name: name, argumentTypes: types)
        guard model.functions[identity] != nil else {
            throw source.diagnostic(at: node, "routine \(identity) is not declared")
        }
        return identity
    }
}
