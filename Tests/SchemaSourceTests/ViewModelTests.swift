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
    ]

    @Test(arguments: pairs.indices)
    func writtenAndPrintedQueriesMeet(_ index: Int) throws {
        let written = try load(Self.tables + "CREATE VIEW v AS \(Self.pairs[index].written);")
        let printed = try load(Self.tables + "SET search_path = pg_catalog;\nCREATE VIEW public.v AS \(Self.pairs[index].printed)")
        let name = QualifiedName("public", "v")
        #expect(written.views[name]?.canonical == printed.views[name]?.canonical)
    }

    @Test func differentQueriesDiffer() throws {
        let one = try load(Self.tables + "CREATE VIEW v AS SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id;")
        let other = try load(Self.tables + "CREATE VIEW v AS SELECT o.id FROM customers c JOIN orders o ON o.customer_id = c.id;")
        #expect(one.views[QualifiedName("public", "v")] != other.views[QualifiedName("public", "v")])
    }

    @Test(arguments: [
        ("SELECT * FROM customers", "* in a view is not supported"),
        ("SELECT c.* FROM customers c", "* in a view is not supported"),
        ("SELECT id FROM generate_series(1, 3) AS id", "RangeFunction in a view's FROM is not supported yet"),
        ("SELECT id FROM missing", "not a declared table or view"),
        ("SELECT (SELECT max(total) FROM orders WHERE orders.id = customers.id) FROM customers JOIN orders ON orders.customer_id = customers.id",
         "names a relation of this query and one of an enclosing query"),
        ("SELECT n FROM (SELECT name AS n FROM customers)", "needs an alias"),
    ])
    func unsupportedQueriesAreRefusedInPlace(_ query: String, _ message: String) {
        #expect {
            _ = try load(Self.tables + "CREATE VIEW v AS \(query);")
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains("a.sql:3:")
        }
    }
}
