import Foundation
import PgQuery
import Postgres
import SchemaModel
import SchemaSource
import SQLTree

/// A live database → `SchemaModel`. Definitions the server prints (`format_type`, `pg_get_expr`,
/// `pg_get_constraintdef`, `pg_get_indexdef`) are parsed back with libpg_query and built by the same
/// builders as schema files, so both sides of a diff pass through one normalizer.
public struct Introspector {
    let connection: Connection
    /// The catalog queries' results while a model is read.
    private let results = ResultsBox()

    public init(connection: Connection) { self.connection = connection }

    public func introspect() throws -> SchemaModel {
        try introspect(alsoReading: { _ in () }).model
    }

    /// The model, and what `alsoReading` reads after it in the same read-only snapshot (a command that
    /// compares the schema with other rows of the database, such as the migrations recorded there, sees
    /// both as of one moment). Its queries run with pg_catalog alone on the search path.
    public func introspect<T>(alsoReading: (Connection) throws -> T) throws -> (model: SchemaModel, also: T) {
        // One snapshot for every query, and pg_catalog alone on the search path so that the server
        // qualifies every user object it prints.
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { _ = try? connection.execute("ROLLBACK") }
        // JIT off: the catalog queries are short, but their correlated subqueries make the planner's
        // estimates high enough to start JIT compilation, which costs more than the query (0.25 s each).
        try connection.execute("SET LOCAL search_path = pg_catalog; SET LOCAL jit = off")
        results.current = try CatalogResults(connection: connection)
        defer { results.current = nil }
        let model: SchemaModel
        do {
            defer { results.current?.finish() }  // the connection is free again for what follows
            model = try readModel()
        }
        return (model, try alsoReading(connection))
    }

    private func readModel() throws -> SchemaModel {
        var model = SchemaModel()
        // Default privileges the schema files declare without FOR ROLE are this role's (see DefaultPrivileges).
        model.connectedRole = ConnectedRole(try run(.connectedRole).first?.string("name"))
        for record in try run(.schemas) { model.schemas[record.string("name")] = NamedSchema(name: record.string("name")) }
        for record in try run(.extensions) {
            let name = record.string("name")
            model.extensions[name] = ExtensionDefinition(name: name, schema: record.string("schema"), version: record.string("version"))
        }
        for record in try run(.enums) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            model.enums[name] = EnumType(name: name, labels: record.textArray("labels"))
        }
        let domainRecords = try run(.domains)
        let domainNames = Set(domainRecords.map { QualifiedName($0.string("schema"), $0.string("name")) })
        let sequenceRecords = try run(.sequences)
        for record in sequenceRecords where record["owner_kind"] != "i" {
            let sequence = readSequence(record)
            model.sequences[sequence.name] = sequence
        }
        let normalizer = ExpressionNormalizer(resolver: NameResolver(
            searchPath: ["pg_catalog"], userTypes: Set(model.enums.keys).union(domainNames), userSequences: Set(model.sequences.keys)),
            parts: ExpressionParts())
        let reader = DefinitionReader(normalizer: normalizer)
        for record in domainRecords {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            var domain = DomainType(name: name, baseType: try reader.type(record.string("base_type")), notNull: record.bool("not_null"))
            domain.defaultValue = try record["default_value"].map { try reader.expression($0) }
            model.domains[name] = domain
        }
        for record in try run(.domainConstraints) {
            let name = QualifiedName(record.string("schema"), record.string("domain"))
            let check = try reader.domainCheck(named: record.string("name"), on: name, definition: record.string("definition"))
            model.domains[name]?.checks[check.name] = check
        }
        try readColumns(into: &model, reader: reader)
        for record in sequenceRecords where record["owner_kind"] == "i" {
            var sequence = readSequence(record)
            guard let owner = sequence.ownedBy, let index = model.tables[owner.table]?.columns.firstIndex(where: { $0.name == owner.column })
            else { continue }
            sequence.ownedBy = nil  // the identity, not OWNED BY, ties it to the column
            model.tables[owner.table]?.columns[index].identitySequence = sequence
        }
        let constraintRecords = try run(.constraints)
        reader.expectConstraints(constraintRecords.lazy.map { $0.string("definition") })
        for record in constraintRecords {
            let table = QualifiedName(record.string("schema"), record.string("table_name"))
            let constraint = try reader.constraint(named: record.string("name"), on: table, columns: model.tables[table]?.columns ?? [],
                                                   definition: record.string("definition"))
            model.tables[table]?.constraints[constraint.name] = constraint
        }
        reader.forgetConstraints()  // read in this loop only: what it remembered would outlive its use
        for record in try run(.indexes) where record.bool("valid") {
            let tables = model.tables
            var index = try reader.index(definition: record.string("definition")) { tables[$0]?.columns }
            index.columnStatistics = Self.indexStatistics(record)
            model.indexes[index.qualifiedName] = index
        }
        try readTables(into: &model, reader: reader)
        model.canonicalizeTableSettings()
        try readRoutines(into: &model, reader: reader)
        try readKinds(into: &model, reader: reader)
        try readOperators(into: &model, reader: reader)
        try readViews(into: &model, normalizer: reader.normalizer)
        try readAccessControl(into: &model, reader: reader)
        for record in try run(.comments) {
            guard let target = try commentTarget(record, reader: reader) else { continue }
            model.comments[target] = record.string("description")
        }
        return model
    }

    /// A row of comments.sql → what the comment is on.
    func commentTarget(_ record: Record, reader: DefinitionReader) throws -> CommentTarget? {
        let name = QualifiedName(record.string("schema"), record.string("name"))
        switch record.string("kind") {
        case "schema": return .schema(record.string("name"))
        case "extension": return .extension(record.string("name"))
        case "table": return .table(name)
        case "sequence": return .sequence(name)
        case "index": return .index(name)
        case "column", "attribute": return .column(name, record.string("sub"))
        case "type": return .type(name)
        case "constraint": return .constraint(table: name, name: record.string("sub"))
        case "routine": return .routine(try routineIdentity(name, record, reader: reader))
        case "aggregate": return .aggregate(try routineIdentity(name, record, reader: reader))
        case "trigger": return .trigger(TriggerIdentity(table: name, name: record.string("sub")))
        case "policy": return .policy(PolicyIdentity(table: name, name: record.string("sub")))
        case "view", "materialized view":
            if let column = record["sub"] { return .column(name, column) }
            return record.string("kind") == "view" ? .view(name) : .materializedView(name)
        case "domain constraint": return .domainConstraint(domain: name, name: record.string("sub"))
        case "collation": return .collation(name)
        case "tsconfig": return .textSearchConfiguration(name)
        default: return nil
        }
    }

    func run(_ query: CatalogQuery) throws -> [Record] {
        guard let current = results.current else { preconditionFailure("catalog results read outside introspect") }
        return try current.records(query)
    }

    private func readSequence(_ record: Record) -> SequenceDefinition {
        func number(_ column: String) -> Int64 { Int64(record.string(column)) ?? 0 }
        var owner: ColumnReference?
        if let table = record["owner_table"], let column = record["owner_column"] {
            owner = ColumnReference(table: QualifiedName(record.string("owner_schema"), table), column: column)
        }
        return SequenceDefinition(
            name: QualifiedName(record.string("schema"), record.string("name")), type: record.string("type"),
            start: number("start"), increment: number("increment"), minValue: number("min_value"),
            maxValue: number("max_value"), cache: number("cache"), cycle: record.bool("cycle"), ownedBy: owner)
    }

    private func readColumns(into model: inout SchemaModel, reader: DefinitionReader) throws {
        var generation: [(table: QualifiedName, index: Int, text: String, stored: Bool)] = []
        // The rows come table by table: each table's columns are gathered, then stored in an array of their
        // number (appended to the table's own, they took up to twice the room).
        var table: Table?
        var columns: [Column] = []
        func store() {
            guard var finished = table else { return }
            finished.columns += columns[...]
            model.tables[finished.name] = finished
            columns.removeAll(keepingCapacity: true)
        }
        for record in try run(.columns) {
            let name = QualifiedName(record.string("schema"), record.string("table_name"))
            if table?.name != name {
                store()
                table = model.tables[name] ?? Table(name: name, unlogged: record.bool("unlogged"))
            }
            guard let columnName = record["name"] else { continue }  // a table without columns
            let flags = try ColumnFlags(record.string("flags"), table: name, column: columnName)
            var column = Column(name: columnName, type: try reader.type(record.string("type")), notNull: flags.notNull, identity: flags.identity)
            (column.settings, column.collation) = try Self.columnSettings(record, table: name, column: columnName)
            if let text = record["default_value"] {
                // For a generated column the catalog's default is its generation expression.
                let kind = flags.generated
                if kind.isEmpty { column.defaultValue = ExpressionNormalizer.columnDefault(try reader.expression(text)) }
                else { generation.append((name, (table?.columns.count ?? 0) + columns.count, text, kind == "s")) }
            }
            columns.append(column)
        }
        store()
        // Generation expressions read columns: normalized with the table's column types, like the files' are.
        for item in generation {
            let columns = model.tables[item.table]?.columns ?? []
            model.tables[item.table]?.columns[item.index].generated =
                GeneratedColumn(expression: try reader.expression(item.text, columns: columns), stored: item.stored)
        }
    }
}

/// Holds the batch being read; the introspector is a value, and one introspection reads one batch.
private final class ResultsBox {
    var current: CatalogResults?
}
