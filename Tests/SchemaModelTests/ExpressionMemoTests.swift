import PgQuery
import SchemaModel
import SQLTree
import Testing

/// Expressions normalized from their text once per model build: a text read again in another context
/// (search path, column types, what was built around it) reads as that context makes it, exactly as a
/// normalizer that remembers nothing reads it.
@Suite struct ExpressionMemoTests {
    static let functions: Set<QualifiedName> = [QualifiedName("billing", "positive"), QualifiedName("shipping", "positive")]

    static func normalizer(searchPath: [String], parts: ExpressionParts?) -> ExpressionNormalizer {
        ExpressionNormalizer(resolver: NameResolver(searchPath: searchPath, userFunctions: functions), parts: parts)
    }

    static func column(_ name: String, _ type: String) -> Column {
        Column(name: name, type: TypeReference(sql: type, baseName: type))
    }

    /// Reads `text` with each normalizer in turn, all sharing one build's parts, and checks each result
    /// against the same normalizer without them; returns the canonical forms.
    static func readInTurn(_ text: String, _ normalizers: [ExpressionNormalizer]) throws -> [String] {
        let node = try PgQuery.parseExpression(text)
        return normalizers.map { normalizer in
            let remembered = normalizer.expression(node, parsedFrom: text)
            var alone = normalizer
            alone.parts = nil
            #expect(remembered.isIdentical(to: alone.expression(node, text: text)), "\(text) read again in another context")
            return remembered.canonical
        }
    }

    @Test func searchPathsKeepTheirOwnFunctions() throws {
        let parts = ExpressionParts()
        let canonical = try Self.readInTurn("positive(amount)", [
            Self.normalizer(searchPath: ["billing"], parts: parts), Self.normalizer(searchPath: ["shipping"], parts: parts),
            Self.normalizer(searchPath: ["billing"], parts: parts),
        ])
        #expect(canonical[0] != canonical[1])
        #expect(canonical[0] == canonical[2])
    }

    @Test func columnTypesKeepTheirOwnCasts() throws {
        let parts = ExpressionParts()
        let base = Self.normalizer(searchPath: ["public"], parts: parts)
        let canonical = try Self.readInTurn("amount::numeric > 0", [
            base.with(columns: [Self.column("amount", "integer")]), base.with(columns: [Self.column("amount", "text")]),
            base.with(columns: [Self.column("id", "bigint"), Self.column("amount", "integer")]),
        ])
        #expect(canonical[0] != canonical[1], "the cast of an integer is PostgreSQL's, of a text the user's")
        #expect(canonical[0] == canonical[2], "columns the expression does not name change nothing")
    }

    @Test func knownColumnsAreAContextOfTheirOwn() throws {
        let parts = ExpressionParts()
        let base = Self.normalizer(searchPath: ["public"], parts: parts)
        let canonical = try Self.readInTurn("name::text <> ''", [base, base.with(columns: [Self.column("name", "integer")])])
        #expect(canonical[0] != canonical[1], "without columns the cast is taken for a relabelling, on an integer it is not")
    }

    @Test func defaultsKeepTheirColumnsTypes() throws {
        let parts = ExpressionParts()
        let normalizer = Self.normalizer(searchPath: ["public"], parts: parts)
        // A string default is read as a value of its column's type: on an interval, `'01:30:00'`.
        let literal = "'90 minutes'"
        let node = try PgQuery.parseExpression(literal)
        let interval = normalizer.defaultExpression(node, text: literal, columnType: try PgQuery.parseTypeName("interval"))
        let text = normalizer.defaultExpression(node, text: literal, columnType: try PgQuery.parseTypeName("text"))
        let again = normalizer.defaultExpression(node, text: literal, columnType: try PgQuery.parseTypeName("interval"))
        #expect(interval.canonical != text.canonical)
        #expect(interval.isIdentical(to: again))
        var alone = normalizer
        alone.parts = nil
        #expect(text.isIdentical(to: alone.defaultExpression(node, text: literal, columnType: try PgQuery.parseTypeName("text"))))
    }
}
