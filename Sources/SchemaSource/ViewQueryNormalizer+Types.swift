import SchemaModel
import SQLTree

/// What the types of declared tables' columns tell: the casts PostgreSQL adds or drops by itself, and the
/// collations it prints qualified.
extension ViewQueryNormalizer {
    /// `x::t` where `x` is a column already of type `t` is no cast: PostgreSQL drops it.
    func typeCast(_ node: Node, _ cast: Node, _ scopes: [Level]) throws(Diagnostic) -> Node {
        let argument = cast.arg ?? .null
        let target = TypeNameRenderer.render(cast.typeName ?? .null, resolver: normalizer.resolver)
        if let type = knownType(argument, scopes), type.sql == target.sql { return try expression(argument, scopes) }
        // information_schema's columns are of domains (sql_identifier, character_data, ...), which PostgreSQL
        // casts to their base type where it compares them (`table_schema::name = 'public'::name`).
        if let reference = argument.body("ColumnRef"), owner(of: reference, scopes)?.relation?.schema == "information_schema",
           Self.informationSchemaBaseTypes.contains(target.sql) {
            return try expression(argument, scopes)
        }
        // PostgreSQL 15 prints `XMLSERIALIZE(... AS t)::t`: the cast repeats the type.
        if let serialize = argument.body("XmlSerialize"),
           TypeNameRenderer.render(serialize.typeName ?? .null, resolver: normalizer.resolver).sql == target.sql {
            return try expression(argument, scopes)
        }
        // `(4 COLLATE "C")::integer`: a collation on a constant vanishes with its cast to a type without collations.
        if let collated = argument.body("CollateClause"), collated.arg?.kind == "A_Const", !target.isArray,
           target.userType == nil, !(ExpressionNormalizer.stringTypes.union(["name"])).contains(target.baseName) {
            return try expression(.wrap("TypeCast", cast.setting("arg", collated.arg).fields), scopes)
        }
        var fields: NodeFields = [:]
        for (key, value) in cast.fields { fields[key] = try expression(value, scopes) }
        return .wrap("TypeCast", fields)
    }

    /// `a op b` where PostgreSQL casts one column implicitly to the other operand's type (`c1::numeric >
    /// c` for an integer `c1` and a numeric `c`) and prints the cast: the cast is dropped on both sides.
    func operatorOperands(_ expression: Node, _ scopes: [Level]) -> Node {
        guard expression.kindField == "AEXPR_OP", let left = expression.lexpr, let right = expression.rexpr else { return expression }
        return expression.setting("lexpr", withoutImplicitCast(left, other: right, scopes))
            .setting("rexpr", withoutImplicitCast(right, other: left, scopes))
    }

    private func withoutImplicitCast(_ operand: Node, other: Node, _ scopes: [Level]) -> Node {
        guard let cast = operand.body("TypeCast"), let argument = cast.arg, argument.kind == "ColumnRef",
              let from = knownType(argument, scopes), let otherType = knownType(other, scopes) else { return operand }
        let target = TypeNameRenderer.render(cast.typeName ?? .null, resolver: normalizer.resolver)
        guard !from.isArray, !target.isArray, target.sql == target.baseName, otherType.baseName == target.baseName,
              ExpressionNormalizer.implicitCasts[from.baseName]?.contains(target.baseName) == true else { return operand }
        return argument
    }

    /// `f(x::t)` where `x`'s type casts to `t` implicitly: PostgreSQL adds such casts to fit an argument to
    /// the function it picks (`to_char(CURRENT_DATE::timestamp with time zone, ...)`) and prints them; the
    /// cast is dropped on both sides.
    func callArguments(_ call: Node, _ scopes: [Level]) -> Node {
        guard let arguments = call.args.nonEmpty else { return call }
        return call.setting("args", .array(arguments.map { argument in
            guard let cast = argument.body("TypeCast"), let inner = cast.arg, let from = knownType(inner, scopes) else { return argument }
            let target = TypeNameRenderer.render(cast.typeName ?? .null, resolver: normalizer.resolver)
            let implicit = !from.isArray && !target.isArray && target.sql == target.baseName
                && ExpressionNormalizer.implicitCasts[from.baseName]?.contains(target.baseName) == true
            return implicit ? inner : argument
        }))
    }

    /// The type of a column of a declared table, a cast, a numeric constant, a `CURRENT_...` value or a
    /// built-in function's result.
    func knownType(_ node: Node, _ scopes: [Level]) -> TypeReference? {
        if let reference = node.body("ColumnRef") { return columnType(reference, scopes) }
        if let cast = node.body("TypeCast") { return TypeNameRenderer.render(cast.typeName ?? .null, resolver: normalizer.resolver) }
        var type: String?
        if let constant = node.body("A_Const") {
            type = constant.ival != nil ? "integer" : constant.fval != nil ? "numeric" : nil
        } else if let value = node.body("SQLValueFunction")?.op {
            type = Self.valueFunctionTypes[value.replacingOccurrences(of: "_N", with: "")]
        } else if node.kind == "FuncCall" {
            type = ExpressionNormalizer.resultType(of: normalizer.normalize(node))
        }
        return type.map { TypeReference(sql: $0, baseName: $0, isArray: $0.hasSuffix("[]")) }
    }

    static let informationSchemaBaseTypes: Set<String> = [
        "name", "character varying", "integer", "timestamp with time zone", "text",
    ]

    static let valueFunctionTypes = [
        "SVFOP_CURRENT_DATE": "date", "SVFOP_CURRENT_TIME": "time with time zone", "SVFOP_CURRENT_TIMESTAMP": "timestamp with time zone",
        "SVFOP_LOCALTIME": "time without time zone", "SVFOP_LOCALTIMESTAMP": "timestamp without time zone",
    ]

    /// `x COLLATE c`: a declared collation qualified, a built-in one bare, as the catalog prints them.
    func collateClause(_ clause: Node, _ scopes: [Level]) throws(Diagnostic) -> Node {
        let name = CollationName.resolve(names: clause.collname.nameList, resolver: normalizer.resolver, declared: lookups.collations)
        let parts = name.map { $0.schema == "pg_catalog" ? [$0.name] : [$0.schema, $0.name] } ?? ["default"]
        return .wrap("CollateClause", ["arg": try expression(clause.arg ?? .null, scopes), "collname": .array(parts.map(Node.stringNode))])
    }
}
