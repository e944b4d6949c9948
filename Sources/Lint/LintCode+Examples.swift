/// SQL that must raise a code and close SQL that must not, as SwiftLint's rules carry their examples;
/// one test lints both for every code.
public enum LintExample: Sendable {
    /// A migration's up section; `transactional` as its header says.
    case migration(String, transactional: Bool = true)
    case schemaFile(String)
    /// An environment of monolayer.toml, written under `[environments.production]`.
    case environment(String)
}

extension LintCode {
    public var examples: (triggering: LintExample, notTriggering: LintExample) {
        switch self {
        case .D001: return (.migration("DROP SCHEMA billing;"), .migration("CREATE SCHEMA billing;"))
        case .D002: return (.migration("DROP TABLE users;"), .migration("CREATE TABLE scratch (id bigint);\nDROP TABLE scratch;"))
        case .D003: return (.migration("ALTER TABLE users DROP COLUMN email;"), .migration("ALTER TABLE users ADD COLUMN email text;"))
        case .D004: return (.migration("DROP TYPE mood;"), .migration("CREATE TYPE mood AS ENUM ('ok');"))
        case .D005: return (.migration("DROP INDEX CONCURRENTLY users_email;", transactional: false),
                            .migration("CREATE INDEX CONCURRENTLY users_email ON users (email);", transactional: false))
        case .D006: return (.migration("ALTER TABLE users DROP CONSTRAINT users_email_check;"),
                            .migration("ALTER TABLE users VALIDATE CONSTRAINT users_email_check;"))
        case .D007: return (.migration("DROP SEQUENCE order_numbers;"), .migration("ALTER SEQUENCE order_numbers RESTART;"))
        case .D009: return (.migration("DROP TRIGGER audit ON users;"), .migration("ALTER TABLE users DISABLE TRIGGER audit;"))
        case .D010: return (.migration("DROP EXTENSION citext;"), .migration("CREATE EXTENSION IF NOT EXISTS citext;"))
        case .D013: return (.migration("ALTER TABLE events DETACH PARTITION events_2024;"),
                            .migration("ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');"))
        case .D014: return (.migration("DROP COLLATION german;"), .migration("CREATE COLLATION german (provider = icu, locale = 'de');"))
        case .D016: return (.migration("DROP TEXT SEARCH CONFIGURATION english_simple;"),
                            .migration("CREATE TEXT SEARCH CONFIGURATION english_simple (COPY = english);"))
        case .B001: return (.migration("ALTER TABLE users ALTER COLUMN id TYPE bigint;"),
                            .migration("CREATE TABLE accounts (id integer);\nALTER TABLE accounts ALTER COLUMN id TYPE bigint;"))
        case .B002: return (.migration("ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();"),
                            .migration("ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();"))
        case .B004: return (.migration("ALTER TABLE events SET UNLOGGED;"), .migration("CREATE UNLOGGED TABLE scratch (id bigint);"))
        case .BI002: return (.migration("ALTER TABLE users ENABLE ROW LEVEL SECURITY;"),
                             .migration("CREATE TABLE notes (id bigint);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;"))
        case .BI003: return (.migration("ALTER TABLE users RENAME TO accounts;"),
                             .migration("CREATE TABLE draft (id bigint);\nALTER TABLE draft RENAME TO accounts;"))
        case .BI004: return (.migration("ALTER TABLE users RENAME COLUMN email TO mail;"),
                             .migration("ALTER TABLE users ADD COLUMN mail text;"))
        case .BI008: return (.migration("ALTER SCHEMA billing RENAME TO invoicing;"), .migration("CREATE SCHEMA invoicing;"))
        case .BI010: return (.migration("ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_key;"),
                             .migration("ALTER INDEX users_pkey SET (fillfactor = 90);"))
        case .MF001: return (.migration("ALTER TABLE users ALTER COLUMN email SET NOT NULL;"),
                             .migration("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;"))
        case .MF002: return (.migration("ALTER TABLE users ADD COLUMN code text;\nALTER TABLE users ADD CONSTRAINT users_code_key UNIQUE (code);"),
                             .migration("CREATE TABLE teams (id bigint);\nALTER TABLE teams ADD COLUMN code text;\nALTER TABLE teams ADD CONSTRAINT teams_code_key UNIQUE (code);"))
        case .MF003: return (.migration("ALTER TABLE users ADD COLUMN plan text NOT NULL;"),
                             .migration("ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';"))
        case .MF008: return (.migration("ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);"),
                             .migration("CREATE TABLE bookings (room int, during tstzrange);\nALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);"))
        case .D101: return (.migration("DELETE FROM sessions;"), .migration("DELETE FROM sessions WHERE id = 42;"))
        case .B101: return (.migration("CREATE INDEX users_email ON users (email);"),
                            .migration("CREATE INDEX CONCURRENTLY users_email ON users (email);", transactional: false))
        case .B102: return (.migration("DROP INDEX users_email;"), .migration("DROP INDEX CONCURRENTLY users_email;", transactional: false))
        case .B103: return (.migration("ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);"),
                            .migration("ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"))
        case .B104: return (.migration("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"),
                            .migration("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"))
        case .B105: return (.migration("SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN note text;"),
                            .migration("SET LOCAL lock_timeout = '10s';\nALTER TABLE users ADD COLUMN note text;"))
        case .B106: return (.environment("lock_timeout = \"0\""), .environment("lock_timeout = \"5s\""))
        case .B107: return (.migration("UPDATE users SET email = lower(email) WHERE email <> lower(email);"),
                            .migration("UPDATE users SET email = lower(email) WHERE id IN (SELECT id FROM users WHERE email <> lower(email) LIMIT 1000);"))
        case .MF101: return (.migration("CREATE INDEX CONCURRENTLY users_email ON users (email);"),
                             .migration("CREATE INDEX CONCURRENTLY users_email ON users (email);", transactional: false))
        case .S001: return (.schemaFile("CREATE TABLE users (id serial PRIMARY KEY);"),
                            .schemaFile("CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"))
        case .S002: return (.schemaFile("CREATE TABLE events (at timestamp);"), .schemaFile("CREATE TABLE events (at timestamptz);"))
        case .S003: return (.schemaFile("CREATE TABLE users (name varchar(40));"), .schemaFile("CREATE TABLE users (name text);"))
        case .L001: return (.migration("-- monolayer: allow B101 the table is tiny\nCREATE INDEX CONCURRENTLY users_email ON users (email);", transactional: false),
                            .migration("-- monolayer: allow B101 the table is tiny\nCREATE INDEX users_email ON users (email);"))
        }
    }
}
