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

    /// Reported by table name, then constraint name, a key's columns in the order it lists them, and the
    /// sequences after the keys, whatever the order of declaration.
    @Test func problemsComeInTheOrderOfNames() {
        let text = diagnostics("""
            CREATE TABLE t (a int PRIMARY KEY);
            CREATE SEQUENCE s2 OWNED BY t.nope;
            CREATE TABLE w (x int, y int, CONSTRAINT b_fk FOREIGN KEY (x, y) REFERENCES t (zz, yy), CONSTRAINT a_fk FOREIGN KEY (x) REFERENCES gone (id));
            CREATE TABLE u (x int CONSTRAINT u_fk REFERENCES t (qq));
            CREATE SEQUENCE s1 OWNED BY gone.id;

            """)
        let lines = text.components(separatedBy: "\n").filter { $0.contains("error:") }
        #expect(lines.map { $0.components(separatedBy: "error: ").last ?? "" } == [
            "foreign key u_fk on public.u references column \"qq\" of public.t, which it does not have",
            "foreign key a_fk on public.w references public.gone, which is not declared",
            "foreign key b_fk on public.w references column \"zz\" of public.t, which it does not have",
            "foreign key b_fk on public.w references column \"yy\" of public.t, which it does not have",
            "sequence public.s1 is OWNED BY public.gone.id, which is not declared",
            "sequence public.s2 is OWNED BY public.t.nope, which is not declared",
        ], "\(text)")
    }
}
