import SchemaModel

/// The texts of the codes only lint reports: patterns the planner never writes because it always
/// writes their online form (SPEC section 8), and the style and suppression codes.
enum LintCatalogue {
    static let preventBlocking = "How to avoid blocking reads and writes:"
    static let preventFailure = "How to prevent a migration failure and application downtime:"

    static func table(_ name: QualifiedName) -> String { "(table: '\(name.name)' schema: '\(name.schema)')" }

    static func indexWithoutConcurrently(_ index: String?, on table: QualifiedName) -> LintMessage {
        LintMessage(summary: "Created index \(index.map { "'\($0)' " } ?? "")without CONCURRENTLY on an existing table \(Self.table(table))",
                    why: "CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table while it reads every row: writes wait until the index is built.",
                    mitigationTitle: preventBlocking,
                    mitigation: ["Write CREATE INDEX CONCURRENTLY.",
                                 "Put it in a migration marked `-- transaction: no` (CONCURRENTLY cannot run in a transaction)."])
    }

    static func dropIndexWithoutConcurrently(_ index: QualifiedName) -> LintMessage {
        LintMessage(summary: "Dropped index without CONCURRENTLY (index: '\(index.name)' schema: '\(index.schema)')",
                    why: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: reads and writes wait, and queue behind any long query.",
                    mitigationTitle: preventBlocking,
                    mitigation: ["Write DROP INDEX CONCURRENTLY.",
                                 "Put it in a migration marked `-- transaction: no` (CONCURRENTLY cannot run in a transaction)."])
    }

    static func validatedOnAdd(_ kind: String, _ name: String?, on table: QualifiedName) -> LintMessage {
        LintMessage(summary: "Added \(kind)\(name.map { " '\($0)'" } ?? "") without NOT VALID on an existing table \(Self.table(table))",
                    why: "Adding the \(kind) checks every existing row while the table is locked (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE on both tables for a foreign key), and fails if a row breaks it.",
                    mitigationTitle: preventBlocking,
                    mitigation: ["Add the \(kind) with NOT VALID: new rows are checked at once, existing ones are not.",
                                 "Validate it with ALTER TABLE ... VALIDATE CONSTRAINT in a later migration, which takes a lighter lock."])
    }

    static func keyWithoutIndex(_ kind: String, _ name: String?, on table: QualifiedName) -> LintMessage {
        LintMessage(summary: "Added \(kind)\(name.map { " '\($0)'" } ?? "") without USING INDEX on an existing table \(Self.table(table))",
                    why: "The key's unique index is built while the table is locked (ACCESS EXCLUSIVE): reads and writes wait for the whole build, and it fails on duplicates.",
                    mitigationTitle: preventBlocking,
                    mitigation: ["Build a unique index with CREATE UNIQUE INDEX CONCURRENTLY in a non-transactional migration.",
                                 "Add the \(kind) with ADD CONSTRAINT ... \(kind == "primary key" ? "PRIMARY KEY" : "UNIQUE") USING INDEX, which only takes the index over."])
    }

    static func concurrentlyInTransaction(_ statement: String) -> LintMessage {
        LintMessage(summary: "\(statement) CONCURRENTLY in a migration that runs in a transaction",
                    why: "PostgreSQL refuses CONCURRENTLY inside a transaction block: the migration fails when it runs.",
                    mitigationTitle: preventFailure,
                    mitigation: ["Move the statement to its own migration marked `-- transaction: no`."])
    }

    static func timeoutTurnedOff(_ setting: String) -> LintMessage {
        LintMessage(summary: "Turned \(setting) off in a migration",
                    why: "monolayer runs each migration under the environment's lock_timeout and statement_timeout; without them a statement waiting for a lock queues every query behind it for as long as it waits, and a long statement is never stopped.",
                    mitigationTitle: preventBlocking,
                    mitigation: ["Remove the statement, or set a longer limit than the environment's instead of 0 (`SET LOCAL lock_timeout = '10s'`)."])
    }

    static func environmentWithoutLockTimeout(_ environment: String) -> LintMessage {
        LintMessage(summary: "Environment \(environment) sets lock_timeout to 0",
                    why: "Every migration of the environment runs without a lock timeout: a statement waiting for a lock queues every query behind it for as long as it waits.",
                    mitigationTitle: preventBlocking,
                    mitigation: ["Set lock_timeout to a few seconds (the default is 5s) and retry migrations that time out."])
    }

    static func writeWithoutWhere(_ verb: String, _ table: QualifiedName) -> LintMessage {
        LintMessage(summary: "\(verb) without WHERE \(Self.table(table))",
                    why: "The statement changes every row of the table, in one transaction that holds the rows' locks until it ends.",
                    mitigationTitle: "How to avoid losing data and blocking writes:",
                    mitigation: ["Add the WHERE clause that selects the rows you mean.",
                                 "On a large table, change the rows in batches (see B107)."])
    }

    static func unbatchedWrite(_ verb: String, _ table: QualifiedName) -> LintMessage {
        LintMessage(summary: "\(verb) without batching \(Self.table(table))",
                    why: "One statement may change any number of rows: it holds their row locks, blocks writers of those rows until it commits, and writes its WAL in one go (replicas lag). A batched statement is one whose WHERE bounds it: a key range (`id BETWEEN a AND b`, or `>`/`>=` with `<`/`<=` on one column), equality with constants (`id = 1`, `id IN (1, 2)`), or a LIMITed subquery (`id IN (SELECT id ... LIMIT 1000)`, `ctid = ANY (ARRAY(SELECT ctid ... LIMIT 1000))`).",
                    mitigationTitle: preventBlocking,
                    mitigation: ["Change the rows in batches bounded by a key range or a LIMITed subquery.",
                                 "Repeat the batch until it changes no row (a procedure with COMMIT between batches, or the application's job runner)."])
    }

    static func serialKey(_ column: String, _ type: String, _ table: QualifiedName) -> LintMessage {
        LintMessage(summary: "Key column '\(column)' of type \(type) \(Self.table(table))",
                    why: "An integer or serial key runs out at 2,147,483,647 rows; widening it later rewrites the table and every table that references it.",
                    mitigationTitle: "How to avoid running out of keys:",
                    mitigation: ["Declare the key `bigint GENERATED ALWAYS AS IDENTITY` (or `bigint GENERATED BY DEFAULT AS IDENTITY`)."])
    }

    static func timestampWithoutTimeZone(_ column: String, _ table: QualifiedName) -> LintMessage {
        LintMessage(summary: "Column '\(column)' of type timestamp without time zone \(Self.table(table))",
                    why: "A timestamp without time zone stores a wall-clock time: its meaning depends on the time zone of whoever wrote it.",
                    mitigationTitle: "How to keep times unambiguous:",
                    mitigation: ["Declare the column `timestamptz` (timestamp with time zone), which stores an instant."])
    }

    static func limitedCharacterType(_ column: String, _ type: String, _ table: QualifiedName) -> LintMessage {
        LintMessage(summary: "Column '\(column)' of type \(type) \(Self.table(table))",
                    why: "char(n) pads with spaces and varchar(n) refuses longer values; neither is faster than text, and shortening the limit later rescans the table.",
                    mitigationTitle: "How to keep the column easy to change:",
                    mitigation: ["Declare the column `text`, with a CHECK (length(column) <= n) if the limit matters."])
    }

    static func unusedAllow(_ code: String) -> LintMessage {
        LintMessage(summary: "`-- monolayer: allow \(code)` suppresses nothing",
                    why: "The statement after it does not raise \(code) (or the comment is not directly above a statement), so the comment would hide a later finding no one reviewed.",
                    mitigationTitle: "How to fix it:",
                    mitigation: ["Remove the comment, or move it directly above the statement that raises \(code)."])
    }
}
