import SchemaModel
import SQLTree

/// Views and materialized views: names are taken in pass 1, the views built after tables (they read
/// tables and each other), before indexes (an index may be on a materialized view).
extension ModelBuilder {
    func viewName(_ statement: StatementSource) -> QualifiedName? {
        ViewBuilder.name(of: statement.node, resolver: NameResolver(searchPath: statement.searchPath))
    }

    /// Functions declared to return a table's or view's row type (`RETURNS editor`, `RETURNS SETOF editor`).
    private func functionRowTypes(views: Set<QualifiedName>) -> [QualifiedName: QualifiedName] {
        var result: [QualifiedName: QualifiedName] = [:]
        for statement in statements where statement.node.kind == "CreateFunctionStmt" {
            guard let body = statement.node.body, let returnType = body["returnType"]?.body("TypeName") ?? body["returnType"],
                  (returnType["arrayBounds"]?.array ?? []).isEmpty else { continue }
            let resolver = NameResolver(searchPath: statement.searchPath)
            let names = returnType["names"]?.nameList ?? []
            // The first search-path schema that has the relation, as PostgreSQL resolves the type name.
            let candidates = names.count >= 2 ? [resolver.qualifyRelation(names)]
                : statement.searchPath.map { QualifiedName($0, names.last ?? "") }
            if let relation = candidates.first(where: { model.tables[$0] != nil || views.contains($0) }) {
                result[resolver.qualifyRelation(body["funcname"]?.nameList ?? [])] = relation
            }
        }
        return result
    }

    mutating func addViews() {
        var statementsByName: [QualifiedName: StatementSource] = [:]
        for statement in statements {
            guard let name = viewName(statement) else { continue }
            // pg_dump breaks circular dependencies with a placeholder view, completed later by
            // `CREATE OR REPLACE VIEW`: one view, with the later query, as PostgreSQL sees it.
            if statementsByName[name] != nil, model.tables[name] == nil, statement.node.body("ViewStmt")?["replace"]?.bool == true,
               statementsByName[name]?.node.kind == "ViewStmt" {
                statementsByName[name] = statement
                continue
            }
            if statementsByName[name] != nil || model.tables[name] != nil {
                diagnostics.append(statement.diagnostic(at: statement.node.body?["view"] ?? statement.node,
                                                        "relation \(name) is declared twice"))
                continue
            }
            guard model.schemas[name.schema] != nil else {
                diagnostics.append(statement.diagnostic(atByte: nil, "schema \"\(name.schema)\" of view \(name) is not declared",
                                                        hint: "add `CREATE SCHEMA \(Identifier.quote(name.schema));` to a schema file"))
                continue
            }
            statementsByName[name] = statement
        }
        guard !statementsByName.isEmpty else { return }
        let builder = self
        let resolver = ViewResolver(statements: statementsByName, tables: model.tables.mapValues { $0.columns.map(\.name) },
                                    functionRowTypes: functionRowTypes(views: Set(statementsByName.keys)),
                                    normalizer: { builder.normalizer(for: $0) })
        diagnostics += resolver.buildAll()
        model.views = resolver.views
    }
}
