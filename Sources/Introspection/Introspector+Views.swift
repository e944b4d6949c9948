import PgQuery
import Postgres
import SchemaModel
import SchemaSource
import SQLTree

extension Introspector {
    /// Views and materialized views, from `pg_get_viewdef`, wrapped in the statement that would create
    /// them and built by the schema-file builder. Options come from `reloptions`.
    func readViews(into model: inout SchemaModel, normalizer: ExpressionNormalizer) throws {
        var definitions: [QualifiedName: String] = [:]
        var columns: [QualifiedName: [String]] = [:]
        var types: [QualifiedName: [String]] = [:]
        for record in try run(.views) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            definitions[name] = Self.viewStatement(name, materialized: record.bool("materialized"), options: record.textArray("options"),
                                                   definition: record.string("definition"))
            columns[name] = record.textArray("columns")
            types[name] = record.textArray("column_types")
        }
        guard !definitions.isEmpty else { return }
        let lookups = ViewLookups(model: model, systemRelations: try systemRelationColumns())
        let reader = DefinitionReader(normalizer: normalizer)
        // A definition the parser refuses fails its view (and the views that read it) with a placeholder
        // diagnostic; the reader's own error, for the first such definition built, is the one reported.
        var unparsed: Error?
        let resolver = ViewResolver(definitions: definitions, parse: { name, sql throws(Diagnostic) in
            do { return try reader.statement(sql, what: "view \(name)") } catch {
                unparsed = unparsed ?? error
                throw Diagnostic(file: "catalog", line: 0, column: 0, message: "view \(name) could not be parsed", sourceLine: sql)
            }
        }, lookups: lookups, knownViewColumns: columns, printedByServer: true, normalizer: { _ in normalizer })
        let problems = resolver.buildAll()
        if let unparsed { throw unparsed }
        if let problem = problems.first {
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
