import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Views as users write them meet `pg_get_viewdef`'s rendering (texts below printed by PostgreSQL 15;
/// 18 leaves columns unqualified in single-relation queries), and what cannot meet is refused in place.
@Suite struct ViewModelTests {
    static let tables = """
        CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, region text);
        CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL, status text);

        """

    func load(_ sql: String) throws -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
    }

    static let pairs: [(written: String, printed: String)] = [
        ("SELECT id, name FROM customers", " SELECT customers.id,\n    customers.name\n   FROM public.customers;"),
        ("SELECT id, name FROM customers", " SELECT id,\n    name\n   FROM public.customers;"),
        ("SELECT customer_id, count(*), sum(total) AS revenue FROM orders GROUP BY 1 HAVING count(*) > 1 ORDER BY revenue DESC",
         " SELECT orders.customer_id,\n    count(*) AS count,\n    sum(orders.total) AS revenue\n   FROM public.orders\n  GROUP BY orders.customer_id\n HAVING count(*) > 1\n  ORDER BY (sum(orders.total)) DESC;"),
        ("SELECT id, name FROM customers UNION SELECT id, status FROM orders",
         " SELECT customers.id,\n    customers.name\n   FROM public.customers\nUNION\n SELECT orders.id,\n    orders.status AS name\n   FROM public.orders;"),
        ("SELECT id, coalesce(region, 'none'), current_date FROM customers",
         " SELECT customers.id,\n    COALESCE(customers.region, 'none'::text) AS \"coalesce\",\n    CURRENT_DATE AS \"current_date\"\n   FROM public.customers;"),
        // `*` and `t.*` are expanded when the view is created.
        ("SELECT * FROM customers", " SELECT customers.id,\n    customers.name,\n    customers.region\n   FROM public.customers;"),
        ("SELECT c.*, o.total FROM customers c JOIN orders o ON o.customer_id = c.id",
         " SELECT c.id,\n    c.name,\n    c.region,\n    o.total\n   FROM public.customers c\n     JOIN public.orders o ON o.customer_id = c.id;"),
        // A relation named as one of an enclosing query is printed under a new name.
        ("SELECT (SELECT max(total) FROM orders WHERE orders.id = customers.id) AS m FROM customers JOIN orders ON orders.customer_id = customers.id",
         " SELECT ( SELECT max(orders_1.total) AS max\n           FROM public.orders orders_1\n          WHERE orders_1.id = customers.id) AS m\n"
             + "   FROM public.customers\n     JOIN public.orders ON orders.customer_id = customers.id;"),
        // A function in FROM gets the full list of its columns, and LATERAL where it reads the items before it.
        ("SELECT c.name, t.tag, t.n FROM customers c, unnest(string_to_array(c.region, ',')) WITH ORDINALITY AS t(tag, n)",
         " SELECT c.name,\n    t.tag,\n    t.n\n   FROM public.customers c,\n    LATERAL unnest(string_to_array(c.region, ','::text)) WITH ORDINALITY t(tag, n);"),
        ("SELECT g FROM generate_series(1, 3) AS g", " SELECT g.g\n   FROM generate_series(1, 3) g(g);"),
    ]

    @Test(arguments: pairs.indices)
    func writtenAndPrintedQueriesMeet(_ index: Int) throws {
        let written = try load(Self.tables + "CREATE VIEW v AS \(Self.pairs[index].written);")
        let printed = try load(Self.tables + "SET search_path = pg_catalog;\nCREATE VIEW public.v AS \(Self.pairs[index].printed)")
        let name = QualifiedName("public", "v")
        #expect(written.views[name]?.queryDigest == printed.views[name]?.queryDigest)
    }

    @Test func differentQueriesDiffer() throws {
        let one = try load(Self.tables + "CREATE VIEW v AS SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id;")
        let other = try load(Self.tables + "CREATE VIEW v AS SELECT o.id FROM customers c JOIN orders o ON o.customer_id = c.id;")
        #expect(one.views[QualifiedName("public", "v")] != other.views[QualifiedName("public", "v")])
    }

    @Test(arguments: [
        ("SELECT * FROM pg_stat_bgwriter", "whose columns differ between PostgreSQL versions"),
        ("SELECT r.x FROM jsonb_to_recordset('[]') AS r", "needs a column definition list"),
        ("SELECT f FROM no_such_function() AS f", "does not know what public.no_such_function returns"),
        ("SELECT id FROM missing", "not a declared table or view"),
        ("SELECT x FROM XMLTABLE('/a' PASSING '<a/>' COLUMNS x int)", "XMLTABLE in a view's FROM is not supported yet"),
    ])
    func unsupportedQueriesAreRefusedInPlace(_ query: String, _ message: String) {
        #expect {
            _ = try load(Self.tables + "CREATE VIEW v AS \(query);")
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains("a.sql:3:")
        }
    }
}

/// jsonpath as PostgreSQL prints it, for paths of accessors (JSON_TABLE in views).
@Suite struct JsonPathTextTests {
    @Test(arguments: [
        ("$", "$"), ("lax $[*]", "$[*]"), ("strict $.aaa", "strict $.\"aaa\""), ("$.a.za[2]", "$.\"a\".\"za\"[2]"),
        ("$.\"b c\"", "$.\"b c\""), ("$ . a [ * ]", "$.\"a\"[*]"), ("$.items.size()", "$.\"items\".size()"), ("$[1 to 3]", "$[1 to 3]"),
    ])
    func accessorsAsPrinted(written: String, printed: String) {
        #expect(JsonPathText.normalized(written) == printed)
    }

    @Test func filtersAreNotReproduced() {
        #expect(JsonPathText.normalized("$ ? (@ > 1)") == nil)
        #expect(JsonPathText.normalized("$.a + 1") == nil)
    }
}
