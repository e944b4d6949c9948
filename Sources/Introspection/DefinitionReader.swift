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
        if var known = memo.constraint(definition, columns: columns) {
            known.name = name
            return known
        }
        let sql = "ALTER TABLE \(table.sql) ADD CONSTRAINT \(Identifier.quote(name)) \(definition)"
        let source = try statement(sql, what: "constraint \(name) on \(table)")
        guard let command = source.node.body("AlterTableStmt")?.cmds.first?.body("AlterTableCmd"),
              let node = command.def else {
            throw IntrospectionError.unreadableDefinition(object: "constraint \(name)", definition: definition, reason: "not a constraint")
        }
        let constraint = try ConstraintBuilder(source: source, normalizer: normalizer.with(columns: columns))
            .build(node, table: table, column: nil, takenNames: [])
        memo.remember(constraint, definition: definition, node: node, columns: columns)
        return constraint
    }

    /// The definitions of the constraints about to be read: only those that repeat are remembered for
    /// reuse (a schema's foreign keys are mostly all different, and thousands of them held for nothing
    /// would add to the peak).
    func expectConstraints(_ definitions: some Sequence<String>) { memo.expectConstraints(definitions) }

    /// Drops the constraints remembered for reuse once they are all read.
    func forgetConstraints() { memo.forgetConstraints() }

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

/// The types, column-free expressions and table constraints a reader has read, by the text the server
/// printed (one introspection, one thread).
private final class ReadMemo {
    var types: [String: TypeReference] = [:]
    var expressions: [String: Expression] = [:]
    /// A schema repeats its constraints from table to table (`CHECK ((edits_pending >= 0))`,
    /// `PRIMARY KEY (id)`, a foreign key to the same table), and a constraint reads the same on every table
    /// where the columns it names have the same types: the table adds nothing else (the statement's text
    /// outside the definition is its name and the table's, which a named constraint's build does not use).
    /// Each definition keeps the constraints read from it with the column types they were read with.
    private var constraints: [String: [RememberedConstraint]] = [:]
    /// Hashes of the definitions that occur more than once among those expected (a collision only means
    /// a definition remembered in vain).
    private var repeatedDefinitions: Set<Int> = []

    private struct RememberedConstraint {
        let constraint: Constraint
        /// The columns the definition names (column references), and their types on the table it was read on.
        let columnTypes: [(name: String, type: TypeReference?)]
    }

    /// A constraint read from this definition on a table whose named columns have these columns' types.
    func constraint(_ definition: String, columns: [Column]) -> Constraint? {
        let types = ColumnTypes(columns)
        return constraints[definition]?.first { remembered in
            remembered.columnTypes.allSatisfy { named in types[named.name] == named.type }
        }?.constraint
    }

    /// Keeps a constraint for tables like this one. Exclusion constraints are read as index keys, whose
    /// plain column keys (not column references) are looked up too: they are always read afresh.
    func remember(_ constraint: Constraint, definition: String, node: Node, columns: [Column]) {
        if case .exclusion = constraint.kind { return }
        guard repeatedDefinitions.contains(definition.hashValue) else { return }
        let types = ColumnTypes(columns)
        constraints[definition, default: []].append(RememberedConstraint(
            constraint: constraint, columnTypes: ExpressionNormalizer.columnReferenceNames(node).map { ($0, types[$0]) }))
    }

    func expectConstraints(_ definitions: some Sequence<String>) {
        var seen: Set<Int> = []
        for definition in definitions where !seen.insert(definition.hashValue).inserted {
            repeatedDefinitions.insert(definition.hashValue)
        }
    }

    func forgetConstraints() {
        constraints = [:]
        repeatedDefinitions = []
    }
}
