import PgQuery
import SchemaModel
import Testing

/// A cast of a column to text is dropped only where PostgreSQL adds it as a relabelling (string columns).
@Suite struct ColumnCastTests {
    func canonical(_ text: String, columnType: String?) throws -> String {
        var normalizer = ExpressionNormalizer(resolver: NameResolver())
        if let columnType {
            normalizer = normalizer.with(columns: [Column(name: "c", type: TypeReference(sql: columnType, baseName: columnType))])
        }
        return normalizer.expression(try PgQuery.parseExpression(text), text: text).canonical
    }

    @Test func stringColumnsLoseTheRelabellingCast() throws {
        #expect(try canonical("(c)::text <> ''::text", columnType: "character varying") == canonical("c <> ''", columnType: "character varying"))
    }

    @Test func otherColumnsKeepARealCast() throws {
        #expect(try canonical("c::text <> '7'", columnType: "integer") != canonical("c <> '7'", columnType: "integer"))
    }
}
