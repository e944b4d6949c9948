import PgQuery
import SchemaModel
import SQLTree
import Testing

/// The expression normalizer: the user's spelling and PostgreSQL's rendering must meet, and different
/// meanings must stay apart.
@Suite struct ExpressionNormalizerTests {
    static let normalizer = ExpressionNormalizer(
        resolver: NameResolver(searchPath: ["public"], userTypes: [QualifiedName("public", "mood")]))

    static func normalized(_ text: String) throws -> Expression {
        normalizer.expression(try PgQuery.parseExpression(text), text: text)
    }

    @Test(arguments: [
        ("x IN (1, 2)", "x = ANY (ARRAY[1, 2])"),
        ("x NOT IN ('a','b')", "x <> ALL (ARRAY['a'::text, 'b'::text])"),
        ("'todo'", "'todo'::public.mood"),
        ("'todo'", "'todo'::mood"),
        ("'todo'::mood", "'todo'::public.mood"),
        ("x BETWEEN 1 AND 5", "x >= 1 AND x <= 5"),
        ("x NOT BETWEEN 1 AND 5", "x < 1 OR x > 5"),
        ("name LIKE 'a%'", "name ~~ 'a%'::text"),
        ("name ILIKE 'a%'", "name ~~* 'a%'::text"),
        ("a AND (b AND c)", "(a AND b) AND c"),
        ("a OR (b OR c)", "(a OR b) OR c"),
        ("(name)::text <> ''", "name <> ''"),
        ("(name)::character varying <> ''", "name <> ''::character varying"),
        ("pg_catalog.now()", "now()"),
        ("-1", "'-1'::integer"),
        ("1", "'1'::bigint"),
        ("'{}'::text[]", "'{}'"),
        ("true", "'true'::boolean"),
        ("NULL", "NULL::text"),
        ("ARRAY[1, 2]", "ARRAY['1'::integer, '2'::integer]"),
        ("x  +  1", "(x + 1)"),
        ("x OPERATOR(pg_catalog.+) 1", "x + 1"),
        ("lower(email)", "pg_catalog.lower(email)"),
        ("embedding OPERATOR(public.<=>) '[1,2,3]'::public.vector", "embedding <=> '[1,2,3]'::vector"),
        ("money '1.00'", "'$1.00'::money"),
        ("money '1.999'", "'$2.00'::money"),
        ("'1234.5'::money", "'$1,234.50'::money"),
        ("interval '1' year", "'1 year'::interval"),
        ("interval '1.5' year", "'1 year'::interval"),
        ("interval '90' minute", "'01:30:00'::interval"),
        ("interval '1.5' hour", "'01:00:00'::interval"),
        ("INTERVAL '1 YEAR'", "'1 year'::interval"),
        ("'2 days ago'::interval", "'-2 days'::interval"),
        ("'1 day 2 hours'::interval", "'1 day 02:00:00'::interval"),
    ])
    func spellingsOfOneMeaningAreEqual(first: String, second: String) throws {
        let a = try Self.normalized(first)
        let b = try Self.normalized(second)
        #expect(a.canonical == b.canonical)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.text == first, "the text is kept as written")
    }

    @Test(arguments: [
        ("x > 1", "x >= 1"),
        ("a OR b", "a AND b"),
        ("lower(x)", "upper(x)"),
        ("now()::date", "now()"),
        ("x IN (1, 2)", "x NOT IN (1, 2)"),
        ("x IN (1, 2)", "x IN (2, 1)"),
        ("x BETWEEN 1 AND 5", "x BETWEEN 1 AND 6"),
        ("x BETWEEN 1 AND 5", "x NOT BETWEEN 1 AND 5"),
        ("'a'", "'b'"),
        ("1", "2"),
        ("NULL", "'NULL'"),
        ("a AND (b OR c)", "(a AND b) OR c"),
        ("NOT a", "a"),
        ("x::integer", "x::bigint"),
        ("app.f()", "f()"),
        ("x LIKE 'a%'", "x ILIKE 'a%'"),
        ("money '1.00'", "money '1.01'"),
        ("interval '1' day", "interval '1' hour"),
        ("'1 day'::interval", "'24 hours'::interval"),
    ])
    func differentMeaningsStayApart(first: String, second: String) throws {
        let a = try Self.normalized(first)
        let b = try Self.normalized(second)
        #expect(a.canonical != b.canonical)
        #expect(a != b)
    }

    @Test func castsOfColumnsToOtherTypesAreKept() throws {
        let canonical = try Self.normalized("x::int4").canonical
        #expect(canonical.contains("TypeCast"))
        #expect(canonical.contains("\"integer\""), "the cast's type is rendered canonically: \(canonical)")
        #expect(try Self.normalized("x::integer").canonical == canonical)
    }

    @Test func nullCanonicalIsWhatABareNullBecomes() throws {
        #expect(try Self.normalized("NULL").canonical == ExpressionNormalizer.nullCanonical)
        #expect(try Self.normalized("NULL::mood").canonical == ExpressionNormalizer.nullCanonical)
        #expect(try Self.normalized("'NULL'").canonical != ExpressionNormalizer.nullCanonical)
    }

    @Test func normalizedTreesHaveNoLocations() throws {
        let node = Self.normalizer.normalize(try PgQuery.parseExpression("lower(x) || 'a'"))
        var sawLocation = false
        node.forEach { child in if child["location"] != nil { sawLocation = true } }
        #expect(!sawLocation)
    }

    @Test(arguments: [
        ("random()", true),
        ("gen_random_uuid()", true),
        ("nextval('s')", true),
        ("pg_catalog.random()", true),
        ("clock_timestamp()", true),
        ("1 + floor(random() * 10)", true),
        ("app.make_id()", true),
        ("now()", false),
        ("pg_catalog.now()", false),
        ("1 + 2", false),
        ("'x'::text", false),
        ("lower('A')", false),
        ("CURRENT_TIMESTAMP", false),
    ])
    func flagsVolatileFunctionCalls(text: String, volatile: Bool) throws {
        #expect(try Self.normalized(text).isVolatile == volatile)
    }
}
