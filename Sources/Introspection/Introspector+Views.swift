import PgQuery
import Postgres
import SchemaModel
import SchemaSource
import SQLTree

extension Introspector {
    /// Views and materialized views, from `pg_get_viewdef`, wrapped in the statement that would create
    /// them and built by the schema-file builder. Options come from `reloptions`.
    func readViews(into model: inout SchemaModel, normalizer: ExpressionNormalizer) throws {
        var statements: [QualifiedName: StatementSource] = [:]
        var columns: [QualifiedName: [String]] = [:]
        var types: [QualifiedName: [String]] = [:]
        for record in try run(.views) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            let sql = Self.viewStatement(name, materialized: record.bool("materialized"), options: record.textArray("options"),
                                         definition: record.string("definition"))
            statements[name] = try DefinitionReader(normalizer: normalizer).statement(sql, what: "view \(name)")
            columns[name] = record.textArray("columns")
            types[name] = record.textArray("column_types")
        }
        guard !statements.isEmpty else { return }
        let tables = model.tables
        let composites = model.composites
        let system = try systemRelationColumns()
        let sequences = Set(model.sequences.keys)
        let lookups = ViewLookups(columns: { name throws(Diagnostic) in
                                      tables[name]?.columns.map(\.name) ?? system[name] ?? (sequences.contains(name) ? SequenceDefinition.relationColumns : nil)
                                  },
                                  columnTypes: { name in Dictionary(tables[name]?.columns.map { ($0.name, $0.type) } ?? [], uniquingKeysWith: { first, _ in first }) },
                                  compositeColumns: { composites[$0]?.attributes.map(\.name) }, collations: Set(model.collations.keys))
        let resolver = ViewResolver(statements: statements, lookups: lookups, knownViewColumns: columns, printedByServer: true,
                                    normalizer: { _ in normalizer })
        if let problem = resolver.buildAll().first {
            throw IntrospectionError.unreadableDefinition(object: "a view", definition: problem.sourceLine, reason: problem.description)
        }
        model.views = resolver.views
        for (name, columnTypes) in types { model.views[name]?.columnTypes = columnTypes }
    }

    /// The columns of the server's own relations (`pg_catalog`, `information_schema`) that views read.
    private func systemRelationColumns() throws -> [QualifiedName: [String]] {
        var columns: [QualifiedName: [String]] = [:]
        for record in try run(.systemRelations) {
            columns[QualifiedName(record.string("schema"), record.string("name"))] = record.textArray("columns")
        }
        return columns
    }

    /// The statement that creates a view as the catalog describes it: `pg_get_viewdef`'s query, with the
    /// `reloptions` as `WITH (...)` and `check_option` as the trailing clause.
    public static func viewStatement(_ name: QualifiedName, materialized: Bool, options: [String], definition: String) -> String {
        var withOptions: [String] = []
        var checkOption = ""
        for option in options {
            if option.hasPrefix("check_option=") { checkOption = "\n  WITH \(option.dropFirst("check_option=".count).uppercased()) CHECK OPTION" }
            else { withOptions.append(option) }
        }
        var query = definition.trimmingCharacters(in: .whitespacesAndNewlines)
        if query.hasSuffix(";") { query.removeLast() }
        return "CREATE \(materialized ? "MATERIALIZED VIEW" : "VIEW") \(name.sql)"
            + (withOptions.isEmpty ? "" : " WITH (\(withOptions.joined(separator: ", ")))") + " AS\n" + query + checkOption
    }
}
