import Foundation
import Lint
import Testing

/// The parts of the rules their examples do not pin down: what counts as existing, batched and allowed,
/// and how severities are applied.
@Suite struct LintRuleTests {
    let transactional = LintSource.Kind.migration(transactional: true, acknowledged: [])

    @Test func aTableCreatedEarlierInTheRunIsNotExisting() throws {
        let sql = "CREATE TABLE public.orders (id bigint);\nCREATE INDEX orders_id ON orders (id);\nALTER TABLE orders ADD CHECK (id > 0);"
        #expect(try LintExampleTests.lint(sql, kind: transactional).isEmpty)
        let onOnly = "CREATE INDEX events_at ON ONLY events (at);"
        #expect(try LintExampleTests.lint(onOnly, kind: transactional).isEmpty, "ON ONLY a parent builds nothing")
    }

    /// The planner adds a key over a column it adds in place (there is nothing to index beforehand), with
    /// MF002 in the header: lint reads that as the planner's MF002, and a key over an older column as B104.
    @Test func aKeyOverAColumnAddedInTheRunIsThePlannersMightFail() throws {
        let added = "ALTER TABLE public.users ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY NOT NULL;\n"
            + "ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);"
        #expect(try LintExampleTests.lint(added, kind: transactional) == [.B002, .MF002])
        let mixed = "ALTER TABLE users ADD COLUMN code text;\nALTER TABLE users ADD CONSTRAINT users_key UNIQUE (code, email);"
        #expect(try LintExampleTests.lint(mixed, kind: transactional) == [.MF002], "one new column is enough, as for the planner")
        let existing = "ALTER TABLE users ADD CONSTRAINT users_key UNIQUE (code, email);"
        #expect(try LintExampleTests.lint(existing, kind: transactional) == [.B104])
    }

    @Test(arguments: [
        ("DELETE FROM jobs WHERE id >= 1000 AND id < 2000", true),
        ("DELETE FROM jobs WHERE 1000 <= id AND id < 2000 AND done", true),
        ("UPDATE jobs SET done = true WHERE id = $1", true),
        ("UPDATE jobs SET done = true WHERE id IN (1, 2, 3)", true),
        ("DELETE FROM jobs WHERE ctid = ANY (ARRAY(SELECT ctid FROM jobs WHERE done LIMIT 500))", true),
        ("DELETE FROM jobs WHERE id >= 1000", false),
        ("DELETE FROM jobs WHERE done OR id = 1", false),
        ("UPDATE jobs SET done = true WHERE id IN (SELECT id FROM jobs WHERE NOT done)", false),
    ])
    func batchedMeansBoundedByKeysOrALimit(sql: String, batched: Bool) throws {
        let codes = try LintExampleTests.lint(sql + ";", kind: transactional)
        #expect(codes.contains(.B107) == !batched, "\(sql): \(codes)")
    }

    @Test func anAllowSuppressesOneCodeOfTheStatementBelowIt() throws {
        let sql = """
            -- a comment the allow shares its block with
            -- monolayer: allow B101 the table holds 20 rows
            CREATE INDEX users_email ON users (email);

            CREATE INDEX users_name ON users (name);
            """
        let findings = try LintExampleTests.findings(sql, kind: transactional)
        #expect(findings.map(\.code) == [.B101], "\(findings.map(\.code))")
        #expect(findings.first?.line == 5 && findings.first?.column == 1)
    }

    @Test func anAllowSeparatedByABlankLineSuppressesNothing() throws {
        let sql = "-- monolayer: allow B101 tiny table\n\nCREATE INDEX users_email ON users (email);"
        #expect(try LintExampleTests.lint(sql, kind: transactional) == [.L001, .B101])
    }

    @Test func anAllowNeedsAKnownCodeAndAReason() {
        #expect(throws: (any Error).self) { try LintExampleTests.lint("-- monolayer: allow B101\nSELECT 1;", kind: transactional) }
        #expect(throws: (any Error).self) { try LintExampleTests.lint("-- monolayer: allow X999 why\nSELECT 1;", kind: transactional) }
    }

    @Test func severitiesComeFromTheConfigAndTheHeaderCapsThem() throws {
        let sql = "ALTER TABLE users ALTER COLUMN id TYPE bigint;"
        let configured = try LintExampleTests.findings(sql, kind: transactional, severities: [.B001: .error])
        #expect(configured.map(\.severity) == [.error])
        let listed = LintSource.Kind.migration(transactional: true, acknowledged: ["B001"])
        let acknowledged = try LintExampleTests.findings(sql, kind: listed, severities: [.B001: .error])
        #expect(acknowledged.map(\.severity) == [.warning] && acknowledged.first?.acknowledged == true)
        #expect(try LintExampleTests.findings(sql, kind: transactional, severities: [.B001: .off]).isEmpty)
    }

    @Test func brokenSQLIsAnInputErrorAtItsPlace() {
        #expect {
            try LintExampleTests.lint("SELECT 1;\nCREATE INDEX ON;", kind: transactional)
        } throws: { error in
            "\(error)".hasPrefix("example.sql:2:")
        }
    }

    @Test func theGitHubAnnotationNamesFileLineColumnAndCode() throws {
        let findings = try LintExampleTests.findings("SELECT 1;\n  DROP INDEX users_email;", kind: transactional, severities: [.D005: .off, .B102: .error])
        let output = LintReport(findings: findings, fileCount: 1).render(.github)
        #expect(output.hasPrefix("::error file=example.sql,line=2,col=3,title=B102::Dropped index without CONCURRENTLY"), "\(output)")
        #expect(!output.split(separator: "\n").first!.contains("\n"))
    }

    @Test func docsLintMdIsGeneratedFromTheCodes() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/lint-rules.md")
        if ProcessInfo.processInfo.environment["MONOLAYER_RECORD"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try LintDocumentation.markdown.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded docs/lint-rules.md: review it and run again")
            return
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == LintDocumentation.markdown,
                "docs/lint-rules.md is out of date: run the test with MONOLAYER_RECORD=1")
    }
}
