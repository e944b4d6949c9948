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
        for statement in statements where statement.kind == "CreateFunctionStmt" {
            guard let body = statement.node.body, let returnType = body.returnType?.body("TypeName") ?? body.returnType,
                  returnType.arrayBounds.isEmpty else { continue }
            let resolver = NameResolver(searchPath: statement.searchPath)
            let names = returnType.names.nameList
            // The first search-path schema that has the relation, as PostgreSQL resolves the type name.
            let candidates = names.count >= 2 ? [resolver.qualifyRelation(names)]
                : statement.searchPath.map { QualifiedName($0, names.last ?? "") }
            if let relation = candidates.first(where: { model.tables[$0] != nil || views.contains($0) }) {
                result[resolver.qualifyRelation(body.funcname.nameList)] = relation
            }
        }
        return result
    }

    mutating func addViews() {
        var statementsByName: [QualifiedName: StatementSource] = [:]
        var placeholders: [QualifiedName: StatementSource] = [:]
        for statement in statements(readBy: .views) where statement.kind == "ViewStmt" || statement.kind == "CreateTableAsStmt" {
            guard let name = viewName(statement) else { continue }
            // pg_dump breaks circular dependencies with a placeholder view, completed later by
            // `CREATE OR REPLACE VIEW`: one view, with the later query, as PostgreSQL sees it.
            if statementsByName[name] != nil, model.tables[name] == nil, statement.node.body("ViewStmt")?.replace == true,
               statementsByName[name]?.kind == "ViewStmt" {
                if placeholders[name] == nil { placeholders[name] = statementsByName[name] }
                statementsByName[name] = statement
                continue
            }
            if statementsByName[name] != nil || model.tables[name] != nil {
                diagnostics.append(statement.diagnostic(at: statement.node.body?.view ?? statement.node,
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
        var lookups = ViewLookups(model: model)
        let functionRowTypes = functionRowTypes(views: Set(statementsByName.keys))
        let results = functionResults(views: Set(statementsByName.keys))
        lookups.rowTypeOf = { functionRowTypes[$0] }
        lookups.functionResult = { results[$0] }
        let resolver = ViewResolver(statements: statementsByName, lookups: lookups, normalizer: { builder.normalizer(for: $0) },
                                    releasingTreeWhen: { builder.lastReaders[$0.identity] == .views })
        diagnostics += resolver.buildAll()
        model.views = resolver.views
        for (name, placeholder) in placeholders {
            let types = placeholderColumnTypes(placeholder, columns: model.views[name]?.outputColumns ?? [])
            model.views[name]?.columnTypes = types
        }
    }

    /// The column types of pg_dump's placeholder (`SELECT NULL::bigint AS id, ...`), when it is one for these columns.
    private func placeholderColumnTypes(_ statement: StatementSource, columns: [String]) -> [String]? {
        let query = statement.node.body("ViewStmt")?.query?.body("SelectStmt")
        guard let query, query.fromClause.isEmpty else { return nil }
        let resolver = normalizer(for: statement).resolver
        var types: [String] = []
        for (target, column) in zip(query.targetList, columns) {
            let result = target.body("ResTarget") ?? .null
            var value = result.val ?? .null
            var collation: QualifiedName?
            if let collate = value.body("CollateClause") {
                collation = CollationName.resolve(names: collate.collname.nameList, resolver: resolver, declared: Set(model.collations.keys))
                value = collate.arg ?? .null
            }
            guard result.name?.string == column, let cast = value.body("TypeCast"), cast.arg?.body("A_Const")?.isnull == true,
                  let typeName = cast.typeName else { return nil }
            types.append(TypeNameRenderer.render(typeName, resolver: resolver).sql + (collation.map { " COLLATE \($0.sql)" } ?? ""))
        }
        return types.count == columns.count ? types : nil
    }

    /// What each declared function returns when called in FROM (see `FunctionResult`), by name; a name whose
    /// overloads return different kinds of result is left out (a call to it is refused).
    private func functionResults(views: Set<QualifiedName>) -> [QualifiedName: FunctionResult] {
        var results: [QualifiedName: FunctionResult] = [:]
        var conflicting: Set<QualifiedName> = []
        for statement in statements where statement.kind == "CreateFunctionStmt" {
            guard let body = statement.node.body else { continue }
            let resolver = NameResolver(searchPath: statement.searchPath)
            let name = resolver.qualifyRelation(body.funcname.nameList)
            let result = functionResult(body, resolver: resolver, views: views)
            if let known = results[name], known != result { conflicting.insert(name) }
            results[name] = result
        }
        return results.filter { !conflicting.contains($0.key) }
    }

    private func functionResult(_ body: Node, resolver: NameResolver, views: Set<QualifiedName>) -> FunctionResult {
        let outputs = body.parameters.compactMap { $0.body("FunctionParameter") }
            .filter { ["FUNC_PARAM_OUT", "FUNC_PARAM_INOUT", "FUNC_PARAM_TABLE"].contains($0.mode?.string) }
        if outputs.count == 1 { return .scalar(outName: outputs[0].name?.string) }
        if outputs.count > 1 { return .columns(outputs.map { $0.name?.string ?? "" }) }
        let returnType = body.returnType?.body("TypeName") ?? body.returnType ?? .null
        let names = returnType.names.nameList
        guard returnType.arrayBounds.isEmpty, let last = names.last else { return .scalar(outName: nil) }
        if names.count == 1 || names.first == "pg_catalog" {
            if last == "record" { return .record }
            if ["anyelement", "anycompatible", "anynonarray", "anycompatiblenonarray"].contains(last) { return .polymorphic }
        }
        let candidates = names.count >= 2 ? [resolver.qualifyRelation(names)] : resolver.searchPath.map { QualifiedName($0, last) }
        if let row = candidates.first(where: { model.tables[$0] != nil || views.contains($0) || model.composites[$0] != nil }) {
            return .row(of: row)
        }
        return .scalar(outName: nil)
    }
}
