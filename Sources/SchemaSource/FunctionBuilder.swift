import SchemaModel
import SQLTree

/// `CREATE FUNCTION` / `CREATE PROCEDURE` → `Function`. Introspection parses `pg_get_functiondef` output
/// with this same builder, so the user's spelling and the server's meet in one canonical tree: names
/// qualified, types as `format_type` prints them, options PostgreSQL's defaults left out and sorted,
/// string bodies compared exactly, SQL-standard bodies compared by their normalized tree.
public struct FunctionBuilder {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer
    /// Tables of the model, for qualifying relations that SQL-standard bodies name.
    public let relations: Set<QualifiedName>

    public init(source: StatementSource, normalizer: ExpressionNormalizer, relations: Set<QualifiedName>) {
        self.source = source
        self.normalizer = normalizer
        self.relations = relations
    }

    public func build(_ body: Node) throws(Diagnostic) -> Function {
        let name = normalizer.resolver.qualifyRelation(body.funcname.nameList)
        let kind: Function.Kind = body.is_procedure ? .procedure : .function
        var parameters: [Node] = []
        var defaults: [Node] = []
        var inputTypes: [String] = []
        var outputTypes: [String] = []
        for parameter in body.parameters {
            let fields = parameter.body("FunctionParameter") ?? parameter
            let type = try typeName(fields.argType, at: parameter)
            // An unmarked parameter is IN; `pg_get_functiondef` prints IN only for procedures.
            let mode = fields.mode?.string == "FUNC_PARAM_DEFAULT" ? "FUNC_PARAM_IN" : fields.mode?.string ?? "FUNC_PARAM_IN"
            switch mode {
            case "FUNC_PARAM_IN", "FUNC_PARAM_VARIADIC": inputTypes.append(type)
            case "FUNC_PARAM_INOUT": inputTypes.append(type); outputTypes.append(type)
            case "FUNC_PARAM_OUT": outputTypes.append(type)
            default: break  // TABLE columns are the result, not arguments
            }
            var normalized: NodeFields = ["mode": .string(mode), "type": .string(type)]
            normalized["name"] = fields.name
            parameters.append(.object(normalized))
            defaults.append(fields.defexpr.map(normalizer.normalize) ?? .null)
        }
        var returnType: Node = .null
        var resultType: String?
        if let node = body.returnType {
            resultType = try typeName(node, at: body.funcname.first)
            returnType = .string((node.setof ? "SETOF " : "") + resultType!)
        } else if kind == .function {
            // Without RETURNS the result comes from the output parameters, as PostgreSQL prints it.
            resultType = outputTypes.count == 1 ? outputTypes[0] : "record"
            returnType = .string(resultType!)
        }
        let options = try FunctionOptions(source: source, normalizer: normalizer).normalize(body.options?.array ?? [])
        var standardBody: Node = .null
        if let sqlBody = body.sql_body {
            let parameterNames = Set(parameters.compactMap { $0.name?.string })
            standardBody = RoutineBodyNormalizer(normalizer: normalizer, relations: relations, functionName: name.name,
                                                 parameterNames: parameterNames).normalize(sqlBody)
        }
        let signature = Node.object(["kind": .string(kind.rawValue), "parameters": .array(parameters), "returns": returnType])
        let canonical = Node.object(["name": .string(name.sql), "signature": signature, "defaults": .array(defaults),
                                     "options": .array(options.nodes), "body": standardBody])
        var function = Function(
            identity: FunctionIdentity(name: name, argumentTypes: inputTypes), kind: kind, signature: signature.canonicalText,
            defaultCount: defaults.filter { $0 != .null }.count, definitionDigest: CanonicalDigest(of: canonical.canonicalText),
            readsAtCreation: Self.namedRelations(standardBody, searchPath: normalizer.resolver.searchPath), bodyIsValidated: options.language == "sql" && body.sql_body == nil,
            definitionText: try definitionText())
        function.resultType = resultType
        function.calledAtCreation = ExpressionNormalizer.calledFunctions(standardBody)
        function.bodyIsTracked = body.sql_body != nil
        return function
    }

    /// The relations an SQL-standard body names (the normalizer has qualified those it knows; others
    /// take the first search-path schema, as PostgreSQL would look there first).
    static func namedRelations(_ body: Node, searchPath: [String]) -> Set<QualifiedName> {
        var names: Set<QualifiedName> = []
        body.forEach { node in
            let relation = node.body("RangeVar") ?? node
            guard let name = relation.relname else { return }
            names.insert(QualifiedName(relation.schemaname ?? searchPath.first ?? "public", name))
        }
        return names
    }

    /// Argument and result types as `format_type` prints them; PostgreSQL discards typmods here.
    private func typeName(_ node: Node?, at location: Node?) throws(Diagnostic) -> String {
        guard let node else { throw source.diagnostic(at: location, "parameter without a type") }
        if node.pct_type {
            throw source.diagnostic(at: node, "%TYPE in a function's signature is not supported yet",
                                    hint: "write the type itself; PostgreSQL stores the resolved type anyway")
        }
        return TypeNameRenderer.render(node.setting("typmods", nil), resolver: normalizer.resolver).sql
    }

    /// From the parameter list's `(` to the end of the statement: the name is written by the planner,
    /// qualified, so the text does not depend on the file's search_path.
    private func definitionText() throws(Diagnostic) -> String {
        let tokens = source.tokens
        guard let keyword = tokens.firstIndex(where: { $0.name == "FUNCTION" || $0.name == "PROCEDURE" }),
              let open = tokens[keyword...].firstIndex(where: \.isOpenParen) else {
            throw source.diagnostic(atByte: nil, "could not find this function's parameter list")
        }
        var last = tokens.endIndex - 1
        while last > open, tokens[last].isSemicolon || tokens[last].isComment { last -= 1 }
        return source.file.slice(tokens[open].byteRange.lowerBound..<tokens[last].byteRange.upperBound)
    }
}
