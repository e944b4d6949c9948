/// A view or materialized view. Compared by its canonical form: the normalized query tree (see
/// `ViewQueryNormalizer`), where the user's text and `pg_get_viewdef`'s rendering meet, plus its options.
/// Neither the tree nor its text is kept, only the text's digest: both are only ever compared, and a tree
/// takes several times its text, the text several times the query as written.
public struct View: Equatable, Sendable {
    public var name: QualifiedName
    public var materialized: Bool
    /// The digest of the normalized query tree's canonical text (`ViewBuilder.canonicalText()` gives the text).
    public var queryDigest: CanonicalDigest
    /// The query as written (or as the server printed it), from `SELECT`/`WITH` to the end.
    public var queryText: String
    /// Explicit column names (`CREATE VIEW v (a, b) AS ...`), as written; the canonical form already
    /// carries them as the output columns' names.
    public var columnNames: [String]
    /// `WITH (...)` options, canonical (`check_option=local`, `security_barrier=true`), sorted.
    public var options: [String]
    /// The output columns' names, in order.
    public var outputColumns: [String]
    /// Per output column, the digest of its canonical expression: equal leading expressions over an equal
    /// `FROM` keep their types, which is what `CREATE OR REPLACE VIEW` requires.
    public var outputExpressions: [CanonicalDigest]
    /// The digest of the canonical `FROM` and `WITH` of the query: what the output types depend on besides
    /// the expressions. Nil when the query is a set operation (then never replaced in place).
    public var shape: CanonicalDigest?
    /// The types of the output columns that follow from the query offline (a table's column passed through,
    /// a cast); not compared. Views that read this one use them as a table's column types.
    public var outputTypes: [String: TypeReference] = [:]
    /// Relations the query reads (tables, views), qualified.
    public var dependencies: Set<QualifiedName>
    /// User functions the query calls, qualified (not compared: it follows from the canonical form).
    public var calledFunctions: Set<QualifiedName> = []
    /// The search path the query text was written under, when it is not the default (`public`):
    /// the text's unqualified names resolve through it when the planner's statement runs.
    public var searchPath: [String] = []
    /// `-- monolayer: renamed from OLD` above the statement (not compared).
    public var renamedFrom: RenameIntent<QualifiedName> = nil
    /// The output columns' types as SQL (`bigint`, `text COLLATE pg_catalog."C"`), where known: from the
    /// catalog, or from pg_dump's placeholder for the view in schema files. Not compared. The planner
    /// creates a view that is part of a dependency cycle (with a function over its row type, or whose
    /// body reads it) as such a placeholder first, as pg_dump does.
    public var columnTypes: [String]?

    /// `CREATE VIEW v AS SELECT NULL::type AS column, ...`: the view's columns without its query.
    public var placeholderSQL: String? {
        guard let columnTypes, columnTypes.count == outputColumns.count, !materialized else { return nil }
        let columns = zip(outputColumns, columnTypes).map { column, type in
            let parts = type.components(separatedBy: " COLLATE ")
            return "NULL::\(parts[0])" + (parts.count > 1 ? " COLLATE \(parts[1])" : "") + " AS \(Identifier.quote(column))"
        }
        return "CREATE VIEW \(name.sql) AS\nSELECT " + columns.joined(separator: ",\n    ")
    }

    /// `ALTER [MATERIALIZED] VIEW ... SET | RESET (...)`: new options.
    public mutating func setOptions(_ new: [String]) {
        options = new.sorted()
    }

    public init(name: QualifiedName, materialized: Bool, queryDigest: CanonicalDigest, queryText: String, columnNames: [String],
                options: [String], outputColumns: [String], outputExpressions: [CanonicalDigest], shape: CanonicalDigest?,
                dependencies: Set<QualifiedName>) {
        self.name = name
        self.materialized = materialized
        self.queryDigest = queryDigest
        self.queryText = queryText
        self.columnNames = columnNames
        self.options = options
        self.outputColumns = outputColumns
        self.outputExpressions = outputExpressions
        self.shape = shape
        self.dependencies = dependencies
    }

    public static func == (lhs: View, rhs: View) -> Bool {
        lhs.name == rhs.name && lhs.materialized == rhs.materialized && lhs.options == rhs.options && lhs.queryDigest == rhs.queryDigest
    }

    public var kindSQL: String { materialized ? "MATERIALIZED VIEW" : "VIEW" }

    /// `CREATE [OR REPLACE] VIEW public.v (a, b) WITH (...) AS query`.
    public func createSQL(orReplace: Bool = false) -> String {
        var sql = searchPath.isEmpty || searchPath == ["public"] ? "" :
            "SET LOCAL search_path TO " + searchPath.map(Identifier.quote).joined(separator: ", ") + ";\n"
        sql += "CREATE \(orReplace && !materialized ? "OR REPLACE " : "")\(kindSQL) \(name.sql)"
        if !columnNames.isEmpty { sql += " (" + columnNames.map(Identifier.quote).joined(separator: ", ") + ")" }
        let withOptions = options.filter { !$0.hasPrefix("check_option=") }
        if !withOptions.isEmpty { sql += " WITH (" + withOptions.joined(separator: ", ") + ")" }
        sql += " AS\n" + queryText
        if let check = options.first(where: { $0.hasPrefix("check_option=") }) {
            sql += "\n  WITH " + check.dropFirst("check_option=".count).uppercased() + " CHECK OPTION"
        }
        if !(searchPath.isEmpty || searchPath == ["public"]) { sql += ";\nRESET search_path" }
        return sql
    }

    public var dropSQL: String { "DROP \(kindSQL) \(name.sql)" }

    /// Whether `CREATE OR REPLACE VIEW` can turn this view into `new`: plain views on both sides, same
    /// options, the existing columns kept in order with the same expressions over the same `FROM`
    /// (so the same types), new columns only appended. Conservative: anything else is recreated.
    public func isReplaceable(by new: View) -> Bool {
        guard !materialized, !new.materialized, let shape, shape == new.shape, options == new.options,
              new.outputColumns.count >= outputColumns.count else { return false }
        return Array(new.outputColumns.prefix(outputColumns.count)) == outputColumns
            && Array(new.outputExpressions.prefix(outputExpressions.count)) == outputExpressions
    }
}
