import SchemaModel
import SQLTree

/// `CREATE [OR REPLACE] AGGREGATE name(args) (...)` → `Aggregate`. Introspection builds the same value
/// from pg_aggregate (PostgreSQL has no function that prints an aggregate's definition), spelling
/// functions and types through the same resolver and renderer.
public struct AggregateBuilder {
    let source: StatementSource
    let resolver: NameResolver

    static let functionOptions: Set<String> = [
        "sfunc", "finalfunc", "combinefunc", "serialfunc", "deserialfunc", "msfunc", "minvfunc", "mfinalfunc",
    ]

    func build(_ body: Node) throws(Diagnostic) -> Aggregate {
        if body.oldstyle {
            throw source.diagnostic(atByte: nil, "the old CREATE AGGREGATE syntax (BASETYPE = ...) is not supported",
                                    hint: "write the argument types in parentheses after the name: CREATE AGGREGATE name(type) (...)")
        }
        let name = resolver.qualifyRelation(body.defnames.nameList)
        let args = body.args
        var arguments: [Aggregate.Argument] = []
        for parameter in args.first?.body("List")?.items ?? [] {
            let fields = parameter.body("FunctionParameter") ?? parameter
            guard let type = fields.argType else { throw source.diagnostic(at: parameter, "aggregate argument without a type") }
            arguments.append(Aggregate.Argument(
                name: fields.name?.string, type: TypeNameRenderer.render(type.setting("typmods", nil), resolver: resolver).sql,
                variadic: fields.mode?.string == "FUNC_PARAM_VARIADIC"))
        }
        // The second element counts the direct arguments of an ordered-set aggregate; -1 for a normal one.
        let directCount = args.count > 1 ? (args[1].body("Integer")?.ival?.int ?? 0) : -1
        var kind: Aggregate.Kind = directCount < 0 ? .normal : .orderedSet
        var values: [String: String] = [:]
        for element in body.definition {
            let option = DefinitionOption(element)
            let key = option.name.lowercased()
            switch key {
            case _ where Self.functionOptions.contains(key):
                values[key] = resolver.functionSQL(option.names ?? [])
            case "stype", "mstype":
                values[key] = TypeNameRenderer.render(option.argument ?? .null, resolver: resolver).sql
            case "sspace", "msspace":
                values[key] = option.text
            case "finalfunc_extra", "mfinalfunc_extra":
                values[key] = option.flag == true ? "true" : nil
            case "finalfunc_modify", "mfinalfunc_modify", "parallel":
                values[key] = option.text?.lowercased()
            case "initcond", "minitcond":
                values[key] = option.text
            case "sortop":
                values[key] = Self.operatorSQL(option.names ?? [])
            case "hypothetical":
                guard kind == .orderedSet else {
                    throw source.diagnostic(at: element, "only ordered-set aggregates can be hypothetical")
                }
                kind = .hypothetical
            default:
                throw source.diagnostic(at: element, "aggregate option \(option.name) is not supported")
            }
        }
        guard values["sfunc"] != nil, values["stype"] != nil else {
            throw source.diagnostic(atByte: nil, "aggregate \(name) needs SFUNC and STYPE")
        }
        return Aggregate(identity: FunctionIdentity(name: name, argumentTypes: arguments.map(\.type)), kind: kind,
                         arguments: arguments, directArgumentCount: max(directCount, 0), options: Self.withoutDefaults(values, kind: kind))
    }

    /// `>` for a built-in operator, `OPERATOR(public.>)` otherwise.
    public static func operatorSQL(_ names: [String]) -> String {
        guard names.count >= 2, names[names.count - 2] != "pg_catalog" else { return names.last ?? "" }
        return "OPERATOR(\(Identifier.quote(names[names.count - 2])).\(names[names.count - 1]))"
    }

    /// Options at PostgreSQL's defaults are dropped, so that writing them equals leaving them out.
    public static func withoutDefaults(_ values: [String: String], kind: Aggregate.Kind) -> [String: String] {
        let modify = kind == .normal ? "read_only" : "read_write"
        let defaults = ["sspace": "0", "msspace": "0", "finalfunc_modify": modify, "mfinalfunc_modify": modify, "parallel": "unsafe"]
        // The modify flags mean something only with a final function (the catalog records one regardless).
        return values.filter {
            defaults[$0.key] != $0.value && ($0.key != "finalfunc_modify" || values["finalfunc"] != nil)
                && ($0.key != "mfinalfunc_modify" || values["mfinalfunc"] != nil)
        }
    }
}
