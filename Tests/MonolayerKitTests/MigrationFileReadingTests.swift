import Foundation
import Migrations
import Plan
import Testing

/// Reading a migration file: sections split only at marker comments the SQL scanner sees, the up
/// section parsed before anything runs, and problems reported with their place in the file.
@Suite struct MigrationFileReadingTests {
    static let url = URL(fileURLWithPath: "/m/expand/20260101000000000-x.sql")

    static func problem(_ text: String, id: String = "20260101000000000-x") -> MigrationProblem? {
        do {
            _ = try MigrationFile.parse(text, id: id, phase: .expand, url: url)
            return nil
        } catch {
            guard case .malformed(let problem)? = error as? MigrationError else { return nil }
            return problem
        }
    }

    @Test func upSQLThatDoesNotParseIsReportedAtItsLineAndColumnInTheFile() throws {
        let text = "-- monolayer migration\n-- phase: expand\n\n-- monolayer:up\nCREATE TABLE a (id int);\n"
            + "CREATE TABLE b (id int,, x text);\n\n-- monolayer:down\nDROP TABLE b;\n"
        let problem = try #require(Self.problem(text))
        #expect(problem.path == Self.url.path)
        #expect(problem.line == 6 && problem.column == 24, "\(problem)")
        #expect(problem.reason.contains("syntax error at or near \",\""))
        #expect(problem.description.hasPrefix("/m/expand/20260101000000000-x.sql:6:24: "))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let problem = try #require(Self.problem("-- monolayer:up\nSELECT 'äöü' 'x';\n"))
        #expect(problem.line == 2 && problem.column == 14, "in bytes it would be 17: \(problem)")
    }

    @Test func headerIDMustBeTheFileName() throws {
        let text = "-- monolayer migration\n-- id: 20250101000000000-copied\n-- phase: expand\n\n-- monolayer:up\nSELECT 1;\n"
        let problem = try #require(Self.problem(text))
        #expect(problem.line == 2)
        #expect(problem.reason.contains("20250101000000000-copied") && problem.reason.contains("20260101000000000-x.sql"))
    }

    @Test func markersInsideLiteralsAndBlockCommentsAreText() throws {
        let text = """
            -- monolayer:up
            COMMENT ON TABLE t IS 'a
            -- monolayer:down
            b';
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$
            -- monolayer:up
            SELECT 1 $$;
            CREATE TABLE "x
            -- monolayer:down
            " (id int);
            /*
            -- monolayer:down
            */
            SELECT 1; -- monolayer:down
            -- monolayer:down
            DROP TABLE t;
            """
        let file = try MigrationFile.parse(text, id: "20260101000000000-x", phase: .expand, url: nil)
        #expect(file.up.hasPrefix("COMMENT ON TABLE t IS 'a\n-- monolayer:down\nb';"))
        #expect(file.up.hasSuffix("SELECT 1; -- monolayer:down"), "a marker after code on its line is a comment")
        #expect(file.down == "DROP TABLE t;")
    }

    @Test func indentedMarkersCountAndASecondMarkerIsRefused() throws {
        let file = try MigrationFile.parse("  -- monolayer:up  \nSELECT 1;\n\t-- monolayer:down\nSELECT 2;\n",
                                           id: "20260101000000000-x", phase: .expand, url: nil)
        #expect(file.up == "SELECT 1;" && file.down == "SELECT 2;")
        let twice = try #require(Self.problem("-- monolayer:up\nSELECT 1;\n-- monolayer:down\n\n-- monolayer:down\nSELECT 2;\n"))
        #expect(twice.line == 5 && twice.reason.contains("second `-- monolayer:down`"))
    }

    @Test func anUnterminatedStringIsReportedWhereItStarts() throws {
        let problem = try #require(Self.problem("-- monolayer:up\nSELECT 1;\nSELECT 'oops;\n-- monolayer:down\n"))
        #expect(problem.line == 3 && problem.column == 8, "\(problem)")
        #expect(problem.reason.contains("unterminated"))
    }

    @Test func headerLinesAfterTheUpMarkerAreSQLComments() throws {
        let file = try MigrationFile.parse("-- monolayer:up\n-- transaction: no\n-- phase: contract\nSELECT 1;\n",
                                           id: "20260101000000000-x", phase: .expand, url: nil)
        #expect(file.transactional)
    }
}
