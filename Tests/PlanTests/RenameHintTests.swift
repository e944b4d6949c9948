import Diff
import Plan
import SchemaModel
import SchemaSource
import Testing
import TestSupport

/// Rename intent as data: hints parsed onto the model, never part of equality, followed by the differ
/// only when the database has the old name and not the new one.
@Suite struct RenameHintTests {
    @Test func hintsAreDataAndNeverCompared() throws {
        let hinted = try CasePlanning.model("""
            -- monolayer: renamed from accounts
            CREATE TABLE customers (
                -- monolayer: renamed from mail
                email text
            );
            """, file: "to.sql")
        let plain = try CasePlanning.model("CREATE TABLE customers (email text);")
        let table = try #require(hinted.tables[QualifiedName("public", "customers")])
        #expect(table.renamedFrom.old == QualifiedName("public", "accounts"))
        #expect(table.columns[0].renamedFrom.old == "mail")
        #expect(table.renamedFrom.hint?.origin == SourceOrigin(file: "to.sql", line: 1, column: 1, sourceLine: "-- monolayer: renamed from accounts"))
        #expect(hinted == plain)
        #expect(plain.tables.values.first?.renamedFrom.hint == nil)
    }

    @Test func aHintAlreadyAppliedPlansNothing() throws {
        let database = try CasePlanning.model("CREATE TABLE customers (id bigint);")
        let desired = try CasePlanning.model("-- monolayer: renamed from accounts\nCREATE TABLE customers (id bigint);")
        #expect(SchemaDiffer().diff(current: database, desired: desired).isEmpty)
        #expect(Planner.renameProblems(current: database, desired: desired).isEmpty)
    }

    @Test func aHintWithoutTheOldNameIsIgnored() throws {
        let desired = try CasePlanning.model("-- monolayer: renamed from accounts\nCREATE TABLE customers (id bigint);")
        let changes = SchemaDiffer().diff(current: .emptyDatabase, desired: desired)
        #expect(changes.count == 1)
        if case .createTable = changes.first {} else { Issue.record("expected a creation: \(changes)") }
    }

    @Test func bothNamesInTheDatabaseIsAnErrorAtTheComment() throws {
        let database = try CasePlanning.model("CREATE TABLE accounts (id bigint);\nCREATE TABLE customers (id bigint);")
        let desired = try CasePlanning.model("""
            CREATE TABLE customers (
                id bigint,
                -- monolayer: renamed from id
                key bigint
            );
            -- monolayer: renamed from accounts
            CREATE TABLE clients (id bigint);
            """, file: "schema/tables.sql")
        var withBoth = database
        withBoth.tables[QualifiedName("public", "customers")]?.columns.append(Column(name: "key", type: desired.tables.values.first!.columns[0].type))
        let problems = Planner.renameProblems(current: withBoth, desired: desired)
        #expect(problems.map(\.description).sorted() == [
            "schema/tables.sql:3:5: error: this column is marked as renamed from id, but the database has both names",
        ])
        let tableProblem = Planner.renameProblems(current: database, desired: try CasePlanning.model(
            "-- monolayer: renamed from accounts\nCREATE TABLE customers (id bigint);", file: "t.sql"))
        #expect(tableProblem.map(\.description) == ["t.sql:1:1: error: this table is marked as renamed from public.accounts, but the database has both names"])
    }

    @Test func aRenamedColumnKeepsItsOtherChanges() throws {
        let database = try CasePlanning.model("CREATE TABLE t (zip integer);")
        let desired = try CasePlanning.model("CREATE TABLE t (\n  -- monolayer: renamed from zip\n  postal_code text\n);")
        let changes = SchemaDiffer().diff(current: database, desired: desired)
        #expect(changes.count == 2)
        #expect(changes.first == .rename(.column(table: QualifiedName("public", "t"), from: "zip", to: "postal_code")))
        if case .alterColumn(_, let from, let to) = changes.last {
            #expect(from.name == "postal_code" && to.type.sql == "text")
        } else { Issue.record("expected a type change: \(changes)") }
    }

    @Test func hintsMustBeDirectlyAboveAndWellFormed() throws {
        let apart = try CasePlanning.model("-- monolayer: renamed from accounts\n\nCREATE TABLE customers (id bigint);")
        #expect(apart.tables.values.first?.renamedFrom.hint == nil)
        #expect(throws: (any Error).self) {
            try CasePlanning.model("CREATE SCHEMA app;\n-- monolayer: renamed from other.accounts\nCREATE TABLE app.customers (id bigint);")
        }
        #expect(throws: (any Error).self) {
            try CasePlanning.model("CREATE TYPE s AS ENUM (\n  -- monolayer: renamed from live\n  'published'\n);")
        }
        let quoted = try CasePlanning.model("-- monolayer: renamed from \"Old Name\"\nCREATE TABLE customers (id bigint);")
        #expect(quoted.tables.values.first?.renamedFrom.old == QualifiedName("public", "Old Name"))
    }
}
