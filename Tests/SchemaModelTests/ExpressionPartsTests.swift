import PgQuery
import SchemaModel
import SQLTree
import Testing

/// Expressions made with one `ExpressionParts` hold their equal texts and name sets once; the values are
/// those made without it.
@Suite struct ExpressionPartsTests {
    static let resolver = NameResolver(searchPath: ["public"], userFunctions: [QualifiedName("public", "score")])
    static let text = "lower(name) <> public.score(amount_in_cents, category_name)"

    static func made(_ normalizer: ExpressionNormalizer) throws -> (Expression, Expression) {
        let node = try PgQuery.parseExpression(text)
        return (normalizer.expression(node, text: text), normalizer.expression(node, text: text))
    }

    /// Where a string's bytes are: equal for two strings that share one buffer.
    static func storage(_ string: String) -> UnsafeRawPointer? {
        string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func equalPartsAreHeldOnce() throws {
        let (first, second) = try Self.made(ExpressionNormalizer(resolver: Self.resolver, parts: ExpressionParts()))
        #expect(first.canonical.utf8.count > 15 && first.text.utf8.count > 15)
        #expect(Self.storage(first.canonical) == Self.storage(second.canonical))
        #expect(Self.storage(first.text) == Self.storage(second.text))
    }

    @Test func withoutPartsEachExpressionHasItsOwn() throws {
        let (first, second) = try Self.made(ExpressionNormalizer(resolver: Self.resolver))
        #expect(Self.storage(first.canonical) != Self.storage(second.canonical))
    }

    @Test func theValuesAreTheSame() throws {
        let (shared, _) = try Self.made(ExpressionNormalizer(resolver: Self.resolver, parts: ExpressionParts()))
        let (own, _) = try Self.made(ExpressionNormalizer(resolver: Self.resolver))
        #expect(shared.text == own.text && shared.canonical == own.canonical && shared.isVolatile == own.isVolatile)
        #expect(shared.calledFunctions == own.calledFunctions && shared.namedRelations == own.namedRelations)
        #expect(shared.columns == own.columns && shared.columns == ["name", "amount_in_cents", "category_name"])
        #expect(shared.calledFunctions == [QualifiedName("public", "score")])
    }

    /// Column types: equal ones share one storage within a build, and a change to one copy leaves the others.
    @Test func equalColumnTypesShareOneStorage() throws {
        let normalizer = ExpressionNormalizer(resolver: Self.resolver, parts: ExpressionParts())
        let typeName = try PgQuery.parseTypeName("varchar(100)[]")
        let first = normalizer.columnType(typeName), second = normalizer.columnType(typeName)
        #expect(first.sql == "character varying(100)[]" && first.baseName == "character varying" && first.isArray)
        #expect(first.sharesStorage(with: second))
        let own = ExpressionNormalizer(resolver: Self.resolver).columnType(typeName)
        #expect(own == first && !own.sharesStorage(with: first) && own.hashValue == first.hashValue)
        var changed = second
        changed.userType = QualifiedName("public", "codes")
        #expect(changed != first && first.userType == nil && changed.sql == first.sql)
    }

    /// Identical expressions share one storage; equal ones spelled differently keep their own text.
    @Test func identicalExpressionsAreHeldOnce() throws {
        let normalizer = ExpressionNormalizer(resolver: Self.resolver, parts: ExpressionParts())
        let (first, second) = try Self.made(normalizer)
        #expect(first.sharesStorage(with: second))
        let spelled = normalizer.expression(try PgQuery.parseExpression("(amount_in_cents)"), text: "(amount_in_cents)")
        let plain = normalizer.expression(try PgQuery.parseExpression("amount_in_cents"), text: "amount_in_cents")
        #expect(spelled == plain, "compared by canonical form")
        #expect(!spelled.sharesStorage(with: plain) && spelled.text == "(amount_in_cents)" && plain.text == "amount_in_cents")
        var changed = first
        changed.text = "other"
        #expect(first.text == Self.text && second.text == Self.text && changed.canonical == first.canonical)
    }
}
