import Diff
import Plan
import SchemaModel
import Testing
import TestSupport

/// What `sync` offers to plan as a rename, and what a yes does to the plan.
@Suite struct RenameCandidateTests {
    private func candidates(_ from: String, _ to: String) throws -> [Rename] {
        RenameCandidates.find(current: try CasePlanning.model(from, file: "from.sql"), desired: try CasePlanning.model(to, file: "to.sql"))
    }

    @Test func aTableWithTheSameColumnsUnderANewNameIsOffered() throws {
        let found = try candidates("CREATE TABLE a (id integer, name text);", "CREATE TABLE b (id integer, name text);")
        #expect(found == [.table(from: QualifiedName("public", "a"), to: "b")])
    }

    @Test func differentColumnsOrTwoLookalikesAreNotOffered() throws {
        #expect(try candidates("CREATE TABLE a (id integer);", "CREATE TABLE b (id bigint);").isEmpty)
        #expect(try candidates("CREATE TABLE a (id integer); CREATE TABLE c (id integer);", "CREATE TABLE b (id integer);").isEmpty)
        // A hint already says what happens.
        #expect(try candidates("CREATE TABLE a (id integer);", "-- monolayer: renamed from a\nCREATE TABLE b (id integer);").isEmpty)
    }

    @Test func oneColumnSwappedForAnotherOfTheSameTypeIsOffered() throws {
        let found = try candidates("CREATE TABLE t (id integer, zip text);", "CREATE TABLE t (id integer, postal_code text);")
        #expect(found == [.column(table: QualifiedName("public", "t"), from: "zip", to: "postal_code")])
        #expect(try candidates("CREATE TABLE t (id integer, zip text);", "CREATE TABLE t (id integer, postal_code integer);").isEmpty)
    }

    @Test func aYesPlansTheRenameInsteadOfTheDropAndAdd() throws {
        let current = try CasePlanning.model("CREATE TABLE t (id integer, zip text);", file: "from.sql")
        let desired = try CasePlanning.model("CREATE TABLE t (id integer, postal_code text);", file: "to.sql")
        let answered = desired.hinting(RenameCandidates.find(current: current, desired: desired),
                                       origin: SourceOrigin(file: "(test)", line: 0, column: 0, sourceLine: ""))
        let sql = Planner.plan(current: current, desired: answered).statements.map(\.sql)
        #expect(sql.contains("ALTER TABLE public.t RENAME COLUMN zip TO postal_code"), "\(sql)")
        #expect(!sql.contains { $0.contains("DROP COLUMN") })
    }
}
