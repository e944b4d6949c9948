import Plan
import SchemaModel
import Testing
import TestSupport

/// A changed index is built under a temporary name, then swapped in: that name is never one a relation
/// of the schema has on either side, nor another replacement's, and never longer than 63 bytes.
@Suite struct ReplacementIndexNameTests {
    /// The names the plan builds indexes under (`CREATE ... INDEX [CONCURRENTLY] [IF NOT EXISTS] name`).
    func builtNames(_ plan: MigrationPlan) -> [String] {
        plan.statements.filter { $0.phase == .expand }.compactMap { statement in
            let words = statement.sql.split(separator: " ").map(String.init)
            guard let on = words.firstIndex(of: "ON"), words.contains("INDEX") else { return nil }
            return words[on - 1]
        }
    }

    func renames(_ plan: MigrationPlan) -> [String] {
        plan.statements.filter { $0.sql.hasPrefix("ALTER INDEX") && $0.sql.contains(" RENAME TO ") }.map(\.sql)
    }

    @Test func theObviousNameTakenByAnotherIndexIsNotUsed() throws {
        let current = try CasePlanning.model("""
            CREATE TABLE users (id bigint NOT NULL, email text NOT NULL);
            CREATE INDEX users_email ON users (email);
            CREATE TABLE archive (email text);
            CREATE INDEX users_email_ml_new ON archive (email);
            """)
        let desired = try CasePlanning.model("""
            CREATE TABLE users (id bigint NOT NULL, email text NOT NULL);
            CREATE INDEX users_email ON users (lower(email));
            CREATE TABLE archive (email text);
            CREATE INDEX users_email_ml_new ON archive (email);
            """)
        let plan = Planner.plan(current: current, desired: desired)
        #expect(builtNames(plan) == ["users_email_ml_new1"])
        #expect(renames(plan) == ["ALTER INDEX public.users_email_ml_new1 RENAME TO users_email"])
    }

    @Test func aTableOrSequenceOnEitherSideTakesTheNameToo() throws {
        let current = try CasePlanning.model("""
            CREATE TABLE users (id bigint NOT NULL, email text NOT NULL);
            CREATE INDEX users_email ON users (email);
            CREATE SEQUENCE users_email_ml_new1;
            """)
        let desired = try CasePlanning.model("""
            CREATE TABLE users (id bigint NOT NULL, email text NOT NULL);
            CREATE INDEX users_email ON users (email, id);
            CREATE TABLE users_email_ml_new (id bigint);
            """)
        let plan = Planner.plan(current: current, desired: desired)
        #expect(builtNames(plan) == ["users_email_ml_new2"])
        #expect(renames(plan) == ["ALTER INDEX public.users_email_ml_new2 RENAME TO users_email"])
    }

    @Test func longNamesStayWithin63BytesAndApartFromEachOther() throws {
        let first = String(repeating: "a", count: 62) + "1"
        let second = String(repeating: "a", count: 62) + "2"
        let current = try CasePlanning.model("""
            CREATE TABLE t (x bigint NOT NULL, y bigint NOT NULL);
            CREATE INDEX \(first) ON t (x);
            CREATE INDEX \(second) ON t (y);
            """)
        let desired = try CasePlanning.model("""
            CREATE TABLE t (x bigint NOT NULL, y bigint NOT NULL);
            CREATE INDEX \(first) ON t (x, y);
            CREATE INDEX \(second) ON t (y, x);
            """)
        let names = builtNames(Planner.plan(current: current, desired: desired))
        #expect(names.count == 2 && Set(names).count == 2, "\(names)")
        #expect(names.allSatisfy { $0.utf8.count <= 63 }, "\(names)")
        #expect(names.allSatisfy { $0.hasSuffix("_ml_new") || $0.hasSuffix("_ml_new1") }, "\(names)")
    }

    @Test func aReplacedKeysIndexAvoidsTakenNamesToo() throws {
        let current = try CasePlanning.model("""
            CREATE TABLE devices (serial text NOT NULL, vendor text NOT NULL, CONSTRAINT devices_key UNIQUE (serial));
            CREATE INDEX devices_key_ml_new ON devices (vendor);
            """)
        let desired = try CasePlanning.model("""
            CREATE TABLE devices (serial text NOT NULL, vendor text NOT NULL, CONSTRAINT devices_key UNIQUE (vendor, serial));
            CREATE INDEX devices_key_ml_new ON devices (vendor);
            """)
        let plan = Planner.plan(current: current, desired: desired)
        #expect(builtNames(plan) == ["devices_key_ml_new1"])
        #expect(plan.statements.contains { $0.sql.hasSuffix("UNIQUE USING INDEX devices_key_ml_new1") })
    }
}
