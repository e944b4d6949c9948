import SchemaModel
import SQLTree

/// `CREATE OPERATOR name (FUNCTION = f, LEFTARG = t, RIGHTARG = t, COMMUTATOR = op, ...)` → `Operator`.
/// The catalog side reads pg_operator into the same canonical spellings (see Introspector+Operators).
struct OperatorBuilder {
    let source: StatementSource
    let normalizer: ExpressionNormalizer
    /// Operator symbols the schema files declare, by schema: an unqualified commutator or negator names
    /// one of these when the search path reaches it, else a built-in.
    let declaredSymbols: Set<QualifiedName>

    func build(_ body: Node) throws(Diagnostic) -> Operator {
        let nameParts = body.defnames.nameList
        let name = normalizer.resolver.qualifyRelation(nameParts)
        var function: String?
        var left: String?
        var right: String?
        var result = Operator(identity: OperatorIdentity(name: name, left: nil, right: ""), function: "")
        for element in body.definition {
            let option = element.body("DefElem") ?? element
            let argument = option.arg
            switch option.defname?.lowercased() {
            case "function", "procedure": function = routineName(argument)
            case "leftarg": left = try typeName(argument, at: element)
            case "rightarg": right = try typeName(argument, at: element)
            case "commutator": result.commutator = operatorName(argument)
            case "negator": result.negator = operatorName(argument)
            case "restrict": result.restrict = routineName(argument)
            case "join": result.join = routineName(argument)
            case "hashes": result.hashes = argument?.bool ?? true
            case "merges": result.merges = argument?.bool ?? true
            case let other:
                throw source.diagnostic(at: element, "CREATE OPERATOR option \(other ?? "") is not supported",
                                        hint: "SORT1/SORT2/LTCMP/GTCMP are obsolete spellings of MERGES")
            }
        }
        guard let function else { throw source.diagnostic(at: source.node, "CREATE OPERATOR needs FUNCTION") }
        guard let right else {
            throw source.diagnostic(at: source.node, "postfix operators (no RIGHTARG) do not exist since PostgreSQL 14")
        }
        result.identity = OperatorIdentity(name: name, left: left, right: right)
        result.function = function
        return result
    }

    /// A function named as a type name node (`FUNCTION = public.f`), qualified as calls are.
    private func routineName(_ node: Node?) -> String {
        let names = (node?.body("TypeName") ?? node)?.names.nameList ?? node?.nameList ?? []
        return normalizer.resolver.functionSQL(names)
    }

    private func typeName(_ node: Node?, at location: Node) throws(Diagnostic) -> String {
        guard let type = node?.body("TypeName") ?? node else { throw source.diagnostic(at: location, "operand type expected") }
        return TypeNameRenderer.render(type.setting("typmods", nil), resolver: normalizer.resolver).sql
    }

    /// `COMMUTATOR = >>~` or `OPERATOR(public.>>~)`: `schema.symbol` for a user operator, else the symbol.
    private func operatorName(_ node: Node?) -> String {
        let names = (node?.body("List") ?? node)?.items.compactMap(\.stringValue) ?? node?.nameList ?? []
        guard let symbol = names.last else { return "" }
        if names.count >= 2 { return names[names.count - 2] == "pg_catalog" ? symbol : "\(Identifier.quote(names[names.count - 2])).\(symbol)" }
        for schema in normalizer.resolver.searchPath where declaredSymbols.contains(QualifiedName(schema, symbol)) {
            return "\(Identifier.quote(schema)).\(symbol)"
        }
        return symbol
    }
}
