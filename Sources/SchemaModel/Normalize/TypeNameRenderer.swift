import SQLTree

/// Renders a `TypeName` parse node the way `format_type()` prints it with `search_path = pg_catalog`.
///
/// Users write `int`, `int4`, `integer`, `varchar(20)`, `timestamptz`; PostgreSQL answers `integer`,
/// `character varying(20)`, `timestamp with time zone`. Both go through here, so they meet.
public enum TypeNameRenderer {
    /// Internal and alias names of built-in types → the name `format_type` prints.
    static let displayNames: [String: String] = [
        "int2": "smallint", "smallint": "smallint",
        "int4": "integer", "int": "integer", "integer": "integer",
        "int8": "bigint", "bigint": "bigint",
        "float4": "real", "real": "real",
        "float8": "double precision", "double precision": "double precision",
        "bool": "boolean", "boolean": "boolean",
        "varchar": "character varying", "bpchar": "character",
        "timestamp": "timestamp without time zone", "timestamptz": "timestamp with time zone",
        "time": "time without time zone", "timetz": "time with time zone",
        "varbit": "bit varying", "decimal": "numeric", "dec": "numeric",
    ]

    public static func render(_ typeName: Node, resolver: NameResolver) -> TypeReference {
        let body = typeName.body("TypeName") ?? typeName
        let parts = resolver.typeNameParts(body.names.nameList)
        var typmods = body.typmods.compactMap(constantText)
        let isArray = !body.arrayBounds.isEmpty
        var base: String
        var userType: QualifiedName?
        if parts.count == 2 {
            userType = QualifiedName(parts[0], parts[1])
            base = userType!.sql
        } else {
            base = builtinName(parts.first ?? "", typmods: typmods)
            // `numeric(10)` is `numeric(10,0)`: the scale defaults to 0, and format_type prints it.
            if base == "numeric" && typmods.count == 1 { typmods.append("0") }
        }
        var sql = base
        if base == "interval", let qualified = IntervalLiteral.typeSQL(typmods: typmods) {
            // `interval year`, `interval day to second(3)`: the typmods are a field mask and a precision.
            sql = qualified
        } else if parts.count == 2 || !base.contains(" with") {
            if !typmods.isEmpty { sql += "(" + typmods.joined(separator: ",") + ")" }
        } else if !typmods.isEmpty {
            // `timestamp(3) with time zone`: the precision goes after the first word.
            let words = base.split(separator: " ", maxSplits: 1)
            sql = words[0] + "(" + typmods.joined(separator: ",") + ") " + words[1]
        }
        // The keyword `char` arrives with its default length (1) from the grammar; `bpchar` written as a name has
        // none, and is the unlimited blank-padded type, which format_type prints as `bpchar`.
        if base == "character" && typmods.isEmpty { sql = "bpchar" }
        if isArray { sql += "[]" }
        return TypeReference(sql: sql, baseName: base, isArray: isArray, userType: userType)
    }

    /// `"char"` (quoted) is the one-byte internal type; the keyword `char` arrives as `bpchar`.
    static func builtinName(_ name: String, typmods: [String]) -> String {
        if let display = displayNames[name] { return display }
        // `any` is a reserved word: format_type quotes it, and SQL that names it must.
        return name == "char" || name == "any" ? "\"\(name)\"" : Identifier.quoteIgnoringKeywords(name)
    }

    /// Typmods arrive as constants, or already canonical when the normalizer rewrote children first.
    static func constantText(_ node: Node) -> String? {
        if let value = node.body("Const")?.value?.string { return value }
        if let const = node.body("A_Const") {
            if let value = const.ival?.ival?.int { return String(value) }
            if const.ival != nil { return "0" }
            if let value = const.sval?.sval?.string { return value }
            if let value = const.fval?.fval?.string { return value }
        }
        if let ref = node.body("ColumnRef") { return ref.fieldsField.nameList.joined(separator: ".") }
        return nil
    }
}
