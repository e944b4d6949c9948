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
        var placeholders: [QualifiedName: StatementSource] = [:]
        for statement in statements {
            guard let name = viewName(statement) else { continue }
            // pg_dump breaks circular dependencies with a placeholder view, completed later by
            // `CREATE OR REPLACE VIEW`: one view, with the later query, as PostgreSQL sees it.
            if statementsByName[name] != nil, model.tables[name] == nil, statement.node.body("ViewStmt")?["replace"]?.bool == true,
               statementsByName[name]?.node.kind == "ViewStmt" {
                if placeholders[name] == nil { placeholders[name] = statementsByName[name] }
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
        for (name, placeholder) in placeholders {
            let types = placeholderColumnTypes(placeholder, columns: model.views[name]?.outputColumns ?? [])
            model.views[name]?.columnTypes = types
        }
    }

    /// The column types of pg_dump's placeholder (`SELECT NULL::bigint AS id, ...`), when it is one for these columns.
    private func placeholderColumnTypes(_ statement: StatementSource, columns: [String]) -> [String]? {
        let query = statement.node.body("ViewStmt")?["query"]?.body("SelectStmt")
        guard let query, query["fromClause"] == nil else { return nil }
        let resolver = normalizer(for: statement).resolver
        var types: [String] = []
        for (target, column) in zip(query["targetList"]?.array ?? [], columns) {
            let result = target.body("ResTarget") ?? .null
            var value = result["val"] ?? .null
            var collation: QualifiedName?
            if let collate = value.body("CollateClause") {
                collation = CollationName.resolve(names: collate["collname"]?.nameList ?? [], resolver: resolver, declared: Set(model.collations.keys))
                value = collate["arg"] ?? .null
            }
            guard result["name"]?.string == column, let cast = value.body("TypeCast"), cast["arg"]?.body("A_Const")?["isnull"]?.bool == true,
                  let typeName = cast["typeName"] else { return nil }
            types.append(TypeNameRenderer.render(typeName, resolver: resolver).sql + (collation.map { " COLLATE \($0.sql)" } ?? ""))
        }
        return types.count == columns.count ? types : nil
    }
}
