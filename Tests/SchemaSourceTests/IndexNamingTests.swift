import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Unnamed expression indexes are named as PostgreSQL names them (`FigureIndexColname`).
@Suite struct IndexNamingTests {
    @Test(arguments: [
        ("CREATE INDEX ON t (lower(email));", "t_lower_idx"),
        ("CREATE INDEX ON t (a, lower(email));", "t_a_lower_idx"),
        ("CREATE INDEX ON t ((a + 1));", "t_expr_idx"),
        ("CREATE INDEX ON t ((email::text));", "t_email_idx"),
        ("CREATE INDEX ON t ((coalesce(a, 0)));", "t_coalesce_idx"),
    ])
    func unnamedIndexNames(statement: String, name: String) throws {
        let sql = "CREATE TABLE t (a integer, email text);\n" + statement
        let model = try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
        #expect(model.indexes.keys.map(\.name) == [name])
    }
}
