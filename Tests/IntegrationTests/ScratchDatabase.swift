import Foundation
import Postgres
import TestSupport

/// A database reused from pair to pair: `createdb` and `dropdb` are subprocesses and cost more than the pair
/// itself, so between pairs the database is emptied in place instead (`reset`). Emptying drops every
/// extension but plpgsql, every schema (public and monolayer's tracking schema included) and every event
/// trigger, and creates public again as a fresh database has it. Then a fingerprint of everything a pair could
/// have left behind outside those schemas (default privileges, casts, languages, foreign servers, publications,
/// database settings, grants and comment on the database, any object with a user oid, public's owner, grants
/// and comment) must equal the fingerprint the database had when new; if it does not, or emptying fails, the
/// database is dropped and a new one created. So every pair starts from what `createdb` gives.
final class ScratchDatabase {
    private(set) var name: String
    private(set) var url: String
    private let prefix: String
    private let baseline: String
    /// How many times a reset fell back to a new database (reported, to see the reuse pays).
    private(set) var replacements = 0

    init(prefix: String) throws {
        self.prefix = prefix
        (name, url) = try TestServer.shared.createDatabase(prefix: prefix)
        let connection = try Connection(url)
        baseline = try Self.fingerprint(connection)
    }

    /// Empties the database for the next pair, or replaces it when emptying leaves a trace.
    func reset() throws {
        do {
            let connection = try Connection(url)
            try connection.execute(Self.emptying)
            if try Self.fingerprint(connection) == baseline { return }
        } catch {}
        try replace()
    }

    /// A new database in place of this one (after a timeout, whose thread may still use the old one).
    func replace() throws {
        try? TestServer.shared.dropDatabase(name)
        (name, url) = try TestServer.shared.createDatabase(prefix: prefix)
        replacements += 1
    }

    func drop() { try? TestServer.shared.dropDatabase(name) }

    private static let emptying = """
        SET client_min_messages = warning;
        DO $$ DECLARE r record; BEGIN
          FOR r IN SELECT evtname FROM pg_event_trigger LOOP
            EXECUTE format('DROP EVENT TRIGGER %I CASCADE', r.evtname);
          END LOOP;
          FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
            EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname);
          END LOOP;
          FOR r IN SELECT nspname FROM pg_namespace
                   WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                     AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%' LOOP
            EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', r.nspname);
          END LOOP;
        END $$;
        CREATE SCHEMA public AUTHORIZATION pg_database_owner;
        GRANT USAGE ON SCHEMA public TO PUBLIC;
        COMMENT ON SCHEMA public IS 'standard public schema';
        """

    /// Everything outside the dropped schemas that a pair may create, as one line. Objects initdb makes have
    /// oids below 16384 (FirstNormalObjectId), so any object at or above it is a pair's leftover.
    private static func fingerprint(_ connection: Connection) throws -> String {
        let counts = [
            "pg_class", "pg_type", "pg_proc", "pg_operator", "pg_opfamily", "pg_opclass", "pg_collation",
            "pg_conversion", "pg_ts_config", "pg_ts_dict", "pg_ts_parser", "pg_ts_template", "pg_cast",
            "pg_language", "pg_am", "pg_namespace",
        ].map { "(SELECT count(*) FROM \($0) WHERE oid >= 16384 AND \($0 == "pg_namespace" ? "nspname <> 'public' AND nspname NOT LIKE 'pg\\_%temp\\_%'" : "true"))" }
            + [
                "pg_default_acl", "pg_event_trigger", "pg_extension", "pg_foreign_data_wrapper", "pg_foreign_server",
                "pg_user_mapping", "pg_publication", "pg_transform", "pg_largeobject_metadata", "pg_statistic_ext",
            ].map { "(SELECT count(*) FROM \($0))" }
        let sql = """
            SELECT concat_ws(' ', \(counts.joined(separator: ", ")),
              (SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = current_database()),
              (SELECT coalesce(datacl::text, '-') FROM pg_database WHERE datname = current_database()),
              (SELECT coalesce(shobj_description(oid, 'pg_database'), '-') FROM pg_database WHERE datname = current_database()),
              (SELECT concat_ws('|', nspowner::regrole::text, coalesce(nspacl::text, '-'), obj_description(oid, 'pg_namespace'))
                 FROM pg_namespace WHERE nspname = 'public')) AS fingerprint
            """
        return try connection.query(sql).records.first?["fingerprint"] ?? ""
    }
}
