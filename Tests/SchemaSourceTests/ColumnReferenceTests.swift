import Foundation
import SchemaSource
import Testing

/// Keys that name columns a table does not have are refused where they are written.
@Suite struct ColumnReferenceTests {
    func diagnostics(_ sql: String) -> String {
        do {
            _ = try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: sql)])
            return ""
        } catch {
            return error.description
        }
    }

    @Test func indexOnAMissingColumn() {
        let text = diagnostics("CREATE TABLE t (a int);\nCREATE INDEX t_b_idx ON t (a) INCLUDE (b);\n")
        #expect(text.contains("a.sql:2:25: error: index t_b_idx uses column \"b\", which public.t does not have"))
    }

    @Test func constraintOnAMissingColumn() {
        let text = diagnostics("CREATE TABLE t (a int, CONSTRAINT k UNIQUE (b));\n")
        #expect(text.contains("a.sql:1:24: error: constraint k uses column \"b\""))
    }

    @Test func foreignKeyToAMissingColumnOrTable() {
        #expect(diagnostics("CREATE TABLE t (a int PRIMARY KEY);\nCREATE TABLE u (x int REFERENCES t (zz));\n")
            .contains("references column \"zz\" of public.t, which it does not have"))
        #expect(diagnostics("CREATE TABLE u (x int REFERENCES nowhere (id));\n")
            .contains("references public.nowhere, which is not declared"))
    }
}
