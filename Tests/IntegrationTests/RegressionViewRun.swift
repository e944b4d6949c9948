import Foundation
import Introspection
import PgQuery
import Postgres
import SchemaModel
import SchemaSource
import SQLTree

/// What became of one view a regression file creates.
enum RegressionViewOutcome: Sendable {
    /// Both front ends build it and their canonical forms are equal.
    case matched
    /// A front end refuses it (`files` or `catalog`), with the diagnostic.
    case refused(side: String, reason: String)
    /// Both build it, and the forms differ: a silent difference.
    case differs(String)
}

struct RegressionViewResult: Sendable {
    var file: String
    var line: Int
    var view: String
    var outcome: RegressionViewOutcome
}

/// Runs one regression file on a scratch database, statement by statement after `test_setup.sql`, and
/// measures every view it creates at the moment it is created: the statement's text goes through the
/// schema-file front end (with the search path of that moment), `pg_get_viewdef`'s rendering through the
/// catalog front end, and the two views are compared. Relations the query reads are looked up on the server
/// (standing in for the model the files would declare); temporary views are not schema and not measured.
enum RegressionViewRun {
    static func run(_ file: RegressionViewFile, setup: RegressionViewFile, url: String) throws -> [RegressionViewResult] {
        let connection = try Connection(url)
        defer { connection.close() }
        for statement in setup.statements() { _ = try? connection.execute(statement.text) }
        var results: [RegressionViewResult] = []
        for statement in file.statements() {
            // `CREATE MATERIALIZED VIEW IF NOT EXISTS` of one that exists creates nothing.
            let existed = statement.node.body("CreateTableAsStmt")?["if_not_exists"]?.bool == true
                && (try? connection.query("SELECT to_regclass($1) IS NOT NULL AS found", [writtenName(statement.node)]).records.first?.bool("found")) == true
            guard (try? connection.execute(statement.text)) != nil, !existed, let relation = createdView(statement.node) else { continue }
            if let result = measure(statement, relation: relation, file: file.name, connection) { results.append(result) }
        }
        return results
    }

    /// The relation a `CREATE [MATERIALIZED] VIEW` names, unless it asks for a temporary one.
    static func createdView(_ node: Node) -> Node? {
        if let view = node.body("ViewStmt") { return view["view"] }
        if let create = node.body("CreateTableAsStmt"), create["objtype"]?.string == "OBJECT_MATVIEW" {
            return (create["into"]?.body("IntoClause") ?? create["into"])?["rel"]
        }
        return nil
    }

    static func writtenName(_ node: Node) -> String {
        let body = createdView(node).map { $0.body("RangeVar") ?? $0 } ?? .null
        return [body["schemaname"]?.string, body["relname"]?.string].compactMap { $0 }.map(Identifier.quote).joined(separator: ".")
    }

    private static func measure(_ statement: RegressionViewFile.Statement, relation: Node, file: String,
                                _ connection: Connection) -> RegressionViewResult? {
        let written = writtenName(statement.node)
        guard let record = try? connection.query("""
            SELECT c.oid, n.nspname, c.relname, c.relkind = 'm' AS materialized, c.relpersistence = 't' AS temporary,
                   coalesce(c.reloptions, '{}')::text[] AS options, current_schemas(false)::text[] AS search_path,
                   current_setting('search_path') AS saved_path
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)
            """, [written]).records.first, !record.bool("temporary") else { return nil }
        let name = QualifiedName(record.string("nspname"), record.string("relname"))
        var result = RegressionViewResult(file: file, line: statement.line, view: name.description, outcome: .matched)
        let files = ServerRelations(connection, system: false)
        let catalog = ServerRelations(connection, system: true)
        let fromFile: View
        let fileBuilder: ViewBuilder
        do {
            let source = SourceFile(url: URL(fileURLWithPath: "/regress/\(file)"), displayPath: "\(file):\(statement.line)", text: statement.text)
            let path = record.textArray("search_path")
            fileBuilder = try builder(StatementSource(file: source, node: statement.node, byteRange: 0..<statement.text.utf8.count, searchPath: path),
                                      searchPath: path, files, printedByServer: false)
            fromFile = try fileBuilder.build()
        } catch {
            result.outcome = .refused(side: "files", reason: "\(error)")
            return result
        }
        let fromCatalog: View
        let catalogBuilder: ViewBuilder
        do {
            _ = try connection.query("SELECT set_config('search_path', 'pg_catalog', false)")
            defer { _ = try? connection.query("SELECT set_config('search_path', $1, false)", [record.string("saved_path")]) }
            let definition = try connection.query("SELECT pg_get_viewdef($1::oid, true) AS definition", [record.string("oid")])
                .records.first?.string("definition") ?? ""
            let sql = Introspector.viewStatement(name, materialized: record.bool("materialized"), options: record.textArray("options"),
                                                 definition: definition)
            guard let node = try PgQuery.parse(sql).first?.node else { return nil }
            catalogBuilder = try builder(StatementSource.standalone(sql, node: node), searchPath: ["pg_catalog"], catalog, printedByServer: true)
            fromCatalog = try catalogBuilder.build()
        } catch {
            result.outcome = .refused(side: "catalog", reason: "\(error)")
            return result
        }
        if fromFile != fromCatalog {
            // The views hold their canonical texts' digests: the texts are made again to show where they part.
            let texts = ((try? fileBuilder.canonicalText()) ?? "", (try? catalogBuilder.canonicalText()) ?? "")
            result.outcome = .differs(Self.firstDifference(texts.0, texts.1) + "\n      server: \(fromCatalog.queryText)")
        }
        return result
    }

    /// Where two canonical forms part, with some context on each side.
    static func firstDifference(_ files: String, _ catalog: String) -> String {
        let a = Array(files), b = Array(catalog)
        var index = 0
        while index < min(a.count, b.count), a[index] == b[index] { index += 1 }
        func excerpt(_ text: [Character]) -> String {
            String(text[max(0, index - 120)..<min(text.count, index + 160)])
        }
        return "files:   …\(excerpt(a))…\n      catalog: …\(excerpt(b))…"
    }

    private static func builder(_ source: StatementSource, searchPath: [String], _ relations: ServerRelations,
                                printedByServer: Bool) -> ViewBuilder {
        let normalizer = ExpressionNormalizer(resolver: NameResolver(searchPath: searchPath))
        return ViewBuilder(source: source, normalizer: normalizer, lookups: relations.lookups, printedByServer: printedByServer)
    }
}

/// The server's relations, functions and composite types, standing in for the model of the schema files.
/// The schema-file side leaves `pg_catalog` and `information_schema` to the normalizer's own list, as
/// schema files do; the catalog side reads them from the server, as the introspector does.
final class ServerRelations {
    private let connection: Connection
    private let system: Bool

    init(_ connection: Connection, system: Bool) {
        self.connection = connection
        self.system = system
    }

    var lookups: ViewLookups {
        ViewLookups(columns: { [self] name throws(Diagnostic) in columns(of: name, kinds: "rvmpfS") },
                    columnTypes: { [self] name in columnTypes(of: name) },
                    functionResult: { [self] name in functionResult(name) },
                    compositeColumns: { [self] name in columns(of: name, kinds: "c") }, collations: collations)
    }

    var collations: Set<QualifiedName> {
        let records = (try? connection.query("""
            SELECT n.nspname, c.collname FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
            WHERE n.nspname <> 'pg_catalog'
            """).records) ?? []
        return Set(records.map { QualifiedName($0.string("nspname"), $0.string("collname")) })
    }

    func columns(of name: QualifiedName, kinds: String) -> [String]? {
        if !system, name.schema == "pg_catalog" || name.schema == "information_schema" { return nil }
        return try? connection.query("""
            SELECT ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text[] AS columns
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1 AND c.relname = $2 AND strpos($3, c.relkind::text) > 0
            """, [name.schema, name.name, kinds]).records.first?.textArray("columns")
    }

    func columnTypes(of name: QualifiedName) -> [String: TypeReference] {
        let records = (try? connection.query("""
            SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attndims > 0 OR t.typcategory = 'A' AS is_array,
                   CASE WHEN e.typnamespace <> 'pg_catalog'::regnamespace THEN e.typnamespace::regnamespace::text END AS type_schema,
                   e.typname AS element, pg_catalog.format_type(e.oid, NULL) AS base
            FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            JOIN pg_catalog.pg_type e ON e.oid = CASE WHEN t.typelem <> 0 AND t.typcategory = 'A' THEN t.typelem ELSE t.oid END
            WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped
            """, [name.schema, name.name]).records) ?? []
        var types: [String: TypeReference] = [:]
        for record in records {
            let userType = record["type_schema"].map { QualifiedName($0, record.string("element")) }
            types[record.string("attname")] = TypeReference(sql: record.string("type"), baseName: userType?.sql ?? record.string("base"),
                                                            isArray: record.bool("is_array"), userType: userType)
        }
        return types
    }

    func functionResult(_ name: QualifiedName) -> FunctionResult? {
        let shapes = Set((try? connection.query("""
            SELECT CASE
              WHEN (SELECT count(*) FROM unnest(p.proargmodes) m WHERE m IN ('o', 'b', 't')) = 1
                THEN 'scalar:' || (SELECT x.n FROM unnest(p.proargmodes, p.proargnames) AS x(m, n) WHERE x.m IN ('o', 'b', 't'))
              WHEN (SELECT count(*) FROM unnest(p.proargmodes) m WHERE m IN ('o', 'b', 't')) > 1
                THEN 'columns:' || (SELECT string_agg(x.n, ',' ORDER BY x.i) FROM unnest(p.proargmodes, p.proargnames) WITH ORDINALITY AS x(m, n, i)
                                    WHERE x.m IN ('o', 'b', 't'))
              WHEN t.typtype = 'c' THEN 'row:' || (SELECT rn.nspname || '.' || r.relname FROM pg_catalog.pg_class r
                                                   JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace WHERE r.oid = t.typrelid)
              WHEN p.prorettype = 'pg_catalog.record'::pg_catalog.regtype THEN 'record'
              WHEN t.typname IN ('anyelement', 'anycompatible', 'anynonarray', 'anycompatiblenonarray') THEN 'polymorphic'
              ELSE 'scalar' END AS shape
            FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_type t ON t.oid = p.prorettype
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = $1 AND p.proname = $2
            """, [name.schema, name.name]).records.map { $0.string("shape") }) ?? [])
        guard shapes.count == 1, let shape = shapes.first else { return nil }
        if shape == "scalar" { return .scalar(outName: nil) }
        if shape == "record" { return .record }
        if shape == "polymorphic" { return .polymorphic }
        if shape.hasPrefix("scalar:") { return .scalar(outName: String(shape.dropFirst(7))) }
        if shape.hasPrefix("columns:") { return .columns(shape.dropFirst(8).split(separator: ",").map(String.init)) }
        let parts = shape.dropFirst(4).split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 ? .row(of: QualifiedName(parts[0], parts[1])) : nil
    }
}
