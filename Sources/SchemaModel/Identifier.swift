import Foundation

/// Identifier quoting exactly as PostgreSQL's `quote_ident` does it, so that the SQL monolayer writes
/// reads like `pg_dump`'s: plain when the name is lower-case and not a keyword (other than an
/// unreserved one), double-quoted otherwise.
public enum Identifier {
    public static func quote(_ name: String) -> String {
        if isPlain(name) { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Quotes only characters that need it, not keywords: for built-in type names such as `numeric`,
    /// which are keywords yet printed bare by `format_type`.
    public static func quoteIgnoringKeywords(_ name: String) -> String {
        isPlainIgnoringKeywords(name) ? name : quote(name)
    }

    static func isPlain(_ name: String) -> Bool {
        isPlainIgnoringKeywords(name) && !nonUnreservedKeywords.contains(name)
    }

    static func isPlainIgnoringKeywords(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else {
            return false
        }
        for scalar in name.unicodeScalars {
            guard scalar == "_" || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) else { return false }
        }
        return true
    }

    /// PostgreSQL 18's keywords that are not UNRESERVED_KEYWORD (from the grammar's kwlist.h).
    static let nonUnreservedKeywords: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", 
        "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", 
        "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create", 
        "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time", 
        "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct", 
        "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign", 
        "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in", 
        "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", 
        "join", "json", "json_array", "json_arrayagg", "json_exists", "json_object", "json_objectagg", 
        "json_query", "json_scalar", "json_serialize", "json_table", "json_value", "lateral", "leading", 
        "least", "left", "like", "limit", "localtime", "localtimestamp", "merge_action", "national", 
        "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", 
        "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", 
        "precision", "primary", "real", "references", "returning", "right", "row", "select", 
        "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", "system_user", 
        "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", 
        "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where", 
        "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", 
        "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable", 
    ]
}

/// SQL string literals, written one way everywhere monolayer writes SQL of its own.
public enum SQLLiteral {
    /// `it's` → `'it''s'`.
    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
