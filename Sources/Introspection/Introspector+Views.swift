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
            let materialized = record.bool("materialized")
            var options: [String] = []
            var checkOption = ""
            for option in record.textArray("options") {
                if option.hasPrefix("check_option=") { checkOption = "\n  WITH \(option.dropFirst("check_option=".count).uppercased()) CHECK OPTION" }
                else { options.append(option) }
            }
            var definition = record.string("definition").trimmingCharacters(in: .whitespacesAndNewlines)
            if definition.hasSuffix(";") { definition.removeLast() }
            let sql = "CREATE \(materialized ? "MATERIALIZED VIEW" : "VIEW") \(name.sql)"
                + (options.isEmpty ? "" : " WITH (\(options.joined(separator: ", ")))") + " AS\n" + definition + checkOption
            statements[name] = try DefinitionReader(normalizer: normalizer).statement(sql, what: "view \(name)")
            columns[name] = record.textArray("columns")
            types[name] = record.textArray("column_types")
        }
        guard !statements.isEmpty else { return }
        let resolver = ViewResolver(statements: statements, tables: model.tables.mapValues { $0.columns.map(\.name) },
                                    knownViewColumns: columns, normalizer: { _ in normalizer })
        if let problem = resolver.buildAll().first {
            throw IntrospectionError.unreadableDefinition(object: "a view", definition: problem.sourceLine, reason: problem.description)
        }
        model.views = resolver.views
        for (name, columnTypes) in types { model.views[name]?.columnTypes = columnTypes }
    }
}
