import Foundation
import SchemaModel
import SchemaSource
import Testing

/// Grants as the files state them, applied in order to PostgreSQL's defaults, and what cannot be
/// modelled refused in place.
@Suite struct PrivilegeModelTests {
    static let objects = """
        CREATE TABLE t (id integer PRIMARY KEY, name text);
        CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
        CREATE TYPE mood AS ENUM ('a');

        """

    func load(_ sql: String) throws -> SchemaModel {
        try SchemaLoader().load(files: [SourceFile(url: URL(fileURLWithPath: "/x/a.sql"), displayPath: "a.sql", text: Self.objects + sql)])
    }

    func failure(_ sql: String) -> String {
        do { _ = try load(sql); return "" } catch { return "\(error)" }
    }

    @Test func defaultsAreNotStored() throws {
        let model = try load("REVOKE ALL ON FUNCTION f(integer) FROM PUBLIC; GRANT EXECUTE ON FUNCTION f TO PUBLIC;")
        #expect(model.privileges.isEmpty)
        #expect(model.grants(on: .routine(FunctionIdentity(name: QualifiedName("public", "f"), argumentTypes: ["integer"])))
            == [PrivilegeGrant(.public, .execute)])
        #expect(model.grants(on: .schema("public")) == [PrivilegeGrant(.public, .usage)])
    }

    @Test func revokingDefaultsIsKept() throws {
        let model = try load("REVOKE USAGE ON TYPE mood FROM PUBLIC; REVOKE USAGE ON SCHEMA public FROM PUBLIC;")
        #expect(model.privileges[.type(QualifiedName("public", "mood"))] == [])
        #expect(model.privileges[.schema("public")] == [])
    }

    @Test func statementsApplyInOrderAndGrantOptionsMerge() throws {
        let model = try load("""
            GRANT SELECT, UPDATE ON t TO r1;
            GRANT SELECT ON t TO r1 WITH GRANT OPTION;
            REVOKE UPDATE ON t FROM r1;
            GRANT ALL ON t TO r2;
            GRANT INSERT ON t TO r2;
            GRANT SELECT (name), UPDATE (name) ON t TO r3;
            REVOKE GRANT OPTION FOR SELECT ON t FROM r1;
            """)
        #expect(model.privileges[.relation(QualifiedName("public", "t"))]
            == [PrivilegeGrant(.role("r1"), .select), PrivilegeGrant(.role("r2"), .all)])
        #expect(model.privileges[.column(QualifiedName("public", "t"), "name")]
            == [PrivilegeGrant(.role("r3"), .select), PrivilegeGrant(.role("r3"), .update)])
    }

    @Test func unmodelledFormsAreRefusedInPlace() {
        #expect(failure("GRANT ALL ON t TO r; REVOKE SELECT ON t FROM r;").contains("who holds ALL"))
        #expect(failure("GRANT SELECT ON t TO CURRENT_USER;").contains("name the role"))
        #expect(failure("GRANT SELECT ON missing TO r;").contains("no such object is declared"))
        #expect(failure("GRANT EXECUTE ON t TO r;").contains("does not apply"))
        #expect(failure("GRANT SELECT (nope) ON t TO r;").contains("is not declared"))
        #expect(failure("GRANT USAGE ON LANGUAGE sql TO r;").contains("not supported"))
        #expect(failure("CREATE POLICY p ON missing USING (true);").contains("not a declared table"))
        #expect(failure("ALTER DEFAULT PRIVILEGES FOR ROLE SESSION_USER GRANT SELECT ON TABLES TO r;").contains("SESSION_USER"))
    }

    @Test func rowSecurityAndPolicies() throws {
        let model = try load("""
            ALTER TABLE t ENABLE ROW LEVEL SECURITY;
            ALTER TABLE t FORCE ROW LEVEL SECURITY;
            ALTER TABLE t NO FORCE ROW LEVEL SECURITY;
            CREATE POLICY p ON t AS RESTRICTIVE FOR UPDATE TO r2, r1 USING (id > 0) WITH CHECK (name <> '');
            COMMENT ON POLICY p ON t IS 'why';
            """)
        let table = QualifiedName("public", "t")
        #expect(model.rowSecurity[table] == RowSecurity(enabled: true, forced: false))
        let policy = try #require(model.policies[PolicyIdentity(table: table, name: "p")])
        #expect(!policy.permissive && policy.command == .update && policy.roles == [.role("r1"), .role("r2")])
        #expect(policy.using?.text == "id > 0" && policy.withCheck?.text == "name <> ''")
        #expect(model.comments[.policy(policy.identity)] == "why")
    }
}

extension PrivilegeModelTests {
    /// Policy expressions are compared by their normalized tree, subqueries included: spelling does not
    /// matter, meaning does.
    @Test func policyExpressionsCompareByMeaning() throws {
        func policy(_ using: String) throws -> Policy {
            let model = try load("CREATE TABLE m (team text, member text);\nCREATE POLICY p ON t USING (\(using));")
            return try #require(model.policies.values.first)
        }
        let written = try policy("EXISTS (SELECT 1 FROM m WHERE m.team = t.name AND m.member = current_user)")
        let respelled = try policy("exists (select 1 from public.m where (m.team = t.name) and (m.member = CURRENT_USER))")
        let other = try policy("EXISTS (SELECT 1 FROM m WHERE m.team = t.name AND m.member = session_user)")
        #expect(written == respelled)
        #expect(written != other)
    }
}
