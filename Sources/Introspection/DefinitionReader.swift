import PgQuery
import SchemaModel
import SchemaSource
import SQLTree

/// Parses what the server prints back into model values, through the schema-file builders.
struct DefinitionReader {
    let normalizer: ExpressionNormalizer
    /// Type names repeat (a schema has thousands of `integer` columns and a few dozen distinct types),
    /// and what one reads as depends only on its text and the resolver: each text is parsed once.
    /// Expressions read without columns likewise.
    private let memo = ReadMemo()

    init(normalizer: ExpressionNormalizer) { self.normalizer = normalizer }

    func type(_ text: String) throws -> TypeReference {
        if let known = memo.types[text] { return known }
        let node = try parse(text, what: "type") { () throws(PgQueryError) -> Node in try PgQuery.parseTypeName(text) }
        let type = TypeNameRenderer.render(node, resolver: normalizer.resolver)
        memo.types[text] = type
        return type
    }

    func expression(_ text: String, columns: [Column]? = nil) throws -> Expression {
        // Without columns the result depends on the text alone, and defaults repeat (`0`, `now()`).
        if columns == nil, let known = memo.expressions[text] { return known }
        let node = try parse(text, what: "expression") { () throws(PgQueryError) -> Node in try PgQuery.parseExpression(text) }
        let expression = (columns.map { normalizer.with(columns: $0) } ?? normalizer).expression(node, text: text)
        if columns == nil { memo.expressions[text] = expression }
        return expression
    }

    func constraint(named name: String, on table: QualifiedName, columns: [Column], definition: String) throws -> Constraint {
        let sql = "ALTER TABLE \(table.sql) ADD CONSTRAINT \(Identifier.quote(name)) \(definition)"
        let source = try statement(sql, what: "constraint \(name) on \(table)")
        guard let command = source.node.body("AlterTableStmt")?.cmds.first?.body("AlterTableCmd"),
              let node = command.def else {
            throw IntrospectionError.unreadableDefinition(object: "constraint \(name)", definition: definition, reason: "not a constraint")
        }
        return try ConstraintBuilder(source: source, normalizer: normalizer.with(columns: columns))
            .build(node, table: table, column: nil, takenNames: [])
    }

    func domainCheck(named name: String, on domain: QualifiedName, definition: String) throws -> DomainCheck {
        let sql = "ALTER DOMAIN \(domain.sql) ADD CONSTRAINT \(Identifier.quote(name)) \(definition)"
        let source = try statement(sql, what: "constraint \(name) on domain \(domain)")
        guard let node = source.node.body("AlterDomainStmt")?.def else {
            throw IntrospectionError.unreadableDefinition(object: "constraint \(name)", definition: definition, reason: "not a domain constraint")
        }
        return try DomainBuilder(source: source, normalizer: normalizer).check(node, domain: domain, taken: [])
    }

    /// `columns` gives the columns of the indexed relation (unknown for materialized views).
    func index(definition: String, columns: (QualifiedName) -> [Column]?) throws -> Index {
        let source = try statement(definition, what: "index")
        guard let body = source.node.body("IndexStmt") else {
            throw IntrospectionError.unreadableDefinition(object: "index", definition: definition, reason: "not CREATE INDEX")
        }
        let relation = body.relation ?? .null
        let table = normalizer.resolver.qualifyRelation(rangeVar: relation)
        let indexNormalizer = columns(table).map { normalizer.with(columns: $0) } ?? normalizer
        return try IndexBuilder(source: source, normalizer: indexNormalizer).build(body)
    }

    func function(definition: String, relations: Set<QualifiedName>) throws -> Function {
        let source = try statement(definition, what: "function")
        guard let body = source.node.body("CreateFunctionStmt") else {
            throw IntrospectionError.unreadableDefinition(object: "function", definition: definition, reason: "not CREATE FUNCTION")
        }
        return try FunctionBuilder(source: source, normalizer: normalizer, relations: relations).build(body)
    }

    func trigger(definition: String, relations: Set<QualifiedName>) throws -> Trigger {
        let source = try statement(definition, what: "trigger")
        guard let body = source.node.body("CreateTrigStmt") else {
            throw IntrospectionError.unreadableDefinition(object: "trigger", definition: definition, reason: "not CREATE TRIGGER")
        }
        return try TriggerBuilder(source: source, normalizer: normalizer, relations: relations).build(body)
    }

    func statement(_ sql: String, what: String) throws -> StatementSource {
        let node = try parse(sql, what: what) { () throws(PgQueryError) -> Node in
            guard let first = try PgQuery.parse(sql).first?.node else {
                throw PgQueryError(message: "empty", byteOffset: nil)
            }
            return first
        }
        return try StatementSource.standalone(sql, node: node)
    }

    private func parse(_ text: String, what: String, _ body: () throws(PgQueryError) -> Node) throws -> Node {
        do { return try body() } catch {
            throw IntrospectionError.unreadableDefinition(object: what, definition: text, reason: error.message)
        }
    }
}

/// The types and column-free expressions a reader has read, by the text the server printed (one
/// introspection, one thread).
private final class ReadMemo {
    var types: [String: TypeReference] = [:]
    var expressions: [String: Expression] = [:]
}
