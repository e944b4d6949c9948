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
            .views,          // CREATE VIEW: released as soon as its view is built
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

    /// Views read each other in any order, an index stands on a materialized view, and pg_dump's placeholder
    /// is completed by `CREATE OR REPLACE`: every tree the views pass reads is there when it reads it (a view's
    /// tree goes as soon as its view is built: `ViewResolverSourcesTests`), and none is left once the model is
    /// built.
    @Test func viewTreesGoWithTheViewsPassAndEveryViewIsBuilt() throws {
        let sql = """
            CREATE TABLE item (id bigint PRIMARY KEY, amount numeric NOT NULL);
            CREATE VIEW outer_view AS SELECT * FROM inner_view;
            CREATE VIEW inner_view AS SELECT id, amount FROM item;
            CREATE MATERIALIZED VIEW totals AS SELECT id, sum(amount) AS total FROM outer_view GROUP BY id;
            CREATE INDEX totals_id_idx ON totals (id);
            CREATE VIEW cycle AS SELECT NULL::bigint AS id;
            CREATE OR REPLACE VIEW cycle AS SELECT id FROM item;
            """
        var reading = StatementReading()
        try SchemaLoader().readStatements(SourceFile(url: URL(fileURLWithPath: "/x/v.sql"), displayPath: "v.sql", text: sql), into: &reading)
        let statements = reading.statements
        var builder = ModelBuilder(statements: statements)
        #expect(statements.dropFirst().map { ModelBuilder.lastReader(of: $0) } == [.views, .views, .views, .dependents, .views, .views])
        builder.build()
        #expect(builder.diagnostics.isEmpty)
        #expect(statements.allSatisfy { !$0.holdsTree })
        let view = { builder.model.views[QualifiedName("public", $0)] }
        #expect(view("outer_view")?.outputColumns == ["id", "amount"])
        #expect(view("totals")?.outputColumns == ["id", "total"])
        #expect(builder.model.indexes[QualifiedName("public", "totals_id_idx")] != nil)
        #expect(view("cycle")?.columnTypes == ["bigint"], "the placeholder's tree read after the views are built")
    }
}
