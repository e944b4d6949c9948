import Foundation
import SchemaModel
import SchemaSource
import Testing

/// `serial` expands as PostgreSQL expands it: an integer column, NOT NULL, defaulting to an owned sequence.
@Suite struct SerialTests {
    @Test(arguments: [("serial", "integer"), ("bigserial", "bigint"), ("smallserial", "smallint"), ("serial8", "bigint")])
    func serialBecomesAnOwnedSequence(type: String, integer: String) throws {
        let sql = "CREATE TABLE t (\n  id \(type) PRIMARY KEY\n);"
        let model = try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
        let column = try #require(model.tables[QualifiedName("public", "t")]?.column(named: "id"))
        #expect(column.type.sql == integer)
        #expect(column.notNull)
        #expect(column.defaultValue?.text == "nextval('public.t_id_seq'::regclass)")
        let sequence = try #require(model.sequences[QualifiedName("public", "t_id_seq")])
        #expect(sequence.type == integer)
        #expect(sequence.ownedBy == ColumnReference(table: QualifiedName("public", "t"), column: "id"))
    }
}
