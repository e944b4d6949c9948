import Foundation
import SchemaModel
@testable import SchemaSource
import Testing

/// Statement trees are released after the last pass of the model builder that reads them, and the passes
/// that come later still find the trees they read.
@Suite struct TreeLifetimeTests {
    static let sql = """
        CREATE TABLE plain (id bigint PRIMARY KEY, code text);
        COMMENT ON COLUMN plain.code IS 'the code';
        CREATE INDEX plain_code_idx ON plain (code);
        CREATE TABLE copy (LIKE plain INCLUDING ALL);
        CREATE TABLE child (extra int) INHERITS (plain);
        CREATE TABLE parted (id bigint, at date) PARTITION BY RANGE (at);
        CREATE TABLE parted_2026 PARTITION OF parted FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
        -- monolayer: renamed from clients
        CREATE TABLE customers (id bigint PRIMARY KEY);
        ALTER TABLE customers ADD CONSTRAINT customers_id_check CHECK (id > 0);
        GRANT SELECT ON plain TO PUBLIC;
        CREATE VIEW codes AS SELECT code FROM plain;
        """

    func statements() throws -> [StatementSource] {
        var reading = StatementReading()
        try SchemaLoader().readStatements(SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: Self.sql),
                                          into: &reading)
        #expect(reading.problems.isEmpty)
        return reading.statements
    }

    @Test func eachTreeIsKeptUntilItsLastReader() throws {
        let builder = ModelBuilder(statements: try statements())
        let lastReaders = builder.statements.map { ModelBuilder.lastReader(of: $0) }
        #expect(lastReaders == [
            .tables,         // plain: built in the tables pass and read by no later one
            .comments,       // COMMENT ON
            .dependents,     // CREATE INDEX
            .comments,       // LIKE copies dependents and comments
            .hierarchy,      // INHERITS
            .tables,         // the partitioned parent
            .hierarchy,      // PARTITION OF
            .renames,        // a rename hint above it
            .triggerFiring,  // ALTER TABLE
            .access,         // GRANT
            .dependents,     // CREATE VIEW
        ])
    }

    @Test func everyTreeIsReleasedOnceTheModelIsBuiltAndLatePassesStillReadTheirs() throws {
        let statements = try statements()
        var builder = ModelBuilder(statements: statements)
        builder.build()
        #expect(builder.diagnostics.isEmpty)
        #expect(statements.allSatisfy { !$0.holdsTree })
        let model = builder.model
        let name = { QualifiedName("public", $0) }
        #expect(model.comments[.column(name("copy"), "code")] == "the code", "LIKE INCLUDING COMMENTS read in the comments pass")
        #expect(model.indexes(on: name("copy")).count == 1, "LIKE INCLUDING INDEXES read in the dependents pass")
        #expect(model.tables[name("child")]?.columns.map(\.name) == ["id", "code", "extra"])
        #expect(model.tables[name("parted_2026")]?.columns.map(\.name) == ["id", "at"])
        #expect(model.tables[name("customers")]?.renamedFrom.hint != nil, "the rename hint read in the last pass")
        #expect(model.tables[name("customers")]?.constraints["customers_id_check"] != nil)
        #expect(model.views[name("codes")] != nil)
    }
}
