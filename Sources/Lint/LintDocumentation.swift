/// docs/lint-rules.md, written from the codes themselves (a test keeps the file equal to this).
public enum LintDocumentation {
    public static var markdown: String {
        var lines = [
            "# `monolayer lint` rules",
            "",
            "Generated from `Sources/Lint` (`LintCode`, `LintCode+Examples.swift`); a test in `LintRuleTests` keeps it",
            "equal to the code (`MONOLAYER_RECORD=1` rewrites it).",
            "",
            "Rules read libpg_query's parse trees of the up sections of the migrations being linted and of the schema",
            "files, never the SQL text. An *existing* table is one the linted migrations (this one, or an earlier one of",
            "the same run) do not create; unqualified names are taken to be in `public`. Codes that share a name with a",
            "planner warning (`Sources/Plan/WarningCode.swift`) mean the same risk and print the planner's text; they",
            "default to `warning`, since monolayer writes those changes itself with the warning in the migration's",
            "header. A code the header lists (`-- warnings:`) counts at most as a warning. Codes of lint's own (from",
            "101, S, L) flag what the planner never writes because it writes the online form instead.",
            "",
            "`[lint]` in monolayer.toml sets a severity per code (`B101 = \"error\"`, `D003 = \"off\"`; `error`,",
            "`warning` or `off`). `-- monolayer: allow CODE reason` among the comment lines directly above a statement",
            "(no blank line between) suppresses that code for that statement; the reason is required, and an allow",
            "that suppresses nothing is reported as L001.",
            "",
            "| code | category | default | looks at | flags |",
            "|---|---|---|---|---|",
        ]
        lines += LintCode.allCases.map { code in
            "| \(code.rawValue) | \(code.category.rawValue) | \(code.defaultSeverity.rawValue) | \(code.looksAt.rawValue) | \(code.rule) |"
        }
        lines += ["", "## Examples", "", "Each rule's example that must raise it, and the close one that must not.", ""]
        for code in LintCode.allCases {
            let (triggering, notTriggering) = code.examples
            lines += ["### \(code.rawValue)", "", "Raises it:", "", block(triggering), "", "Does not:", "", block(notTriggering), ""]
        }
        return lines.joined(separator: "\n")
    }

    private static func block(_ example: LintExample) -> String {
        switch example {
        case .migration(let sql, let transactional):
            return "```sql\n-- migration, transaction: \(transactional ? "yes" : "no")\n\(sql)\n```"
        case .schemaFile(let sql): return "```sql\n-- schema file\n\(sql)\n```"
        case .environment(let toml): return "```toml\n[environments.production]\n\(toml)\n```"
        }
    }
}

extension LintCode {
    /// What the rule flags, in one line.
    public var rule: String {
        switch self {
        case .D001: return "DROP SCHEMA"
        case .D002: return "DROP TABLE of a table the linted migrations did not create"
        case .D003: return "ALTER TABLE ... DROP COLUMN on an existing table"
        case .D004: return "DROP TYPE, DROP DOMAIN"
        case .D005: return "DROP INDEX of an index the linted migrations did not create"
        case .D006: return "ALTER TABLE ... DROP CONSTRAINT on an existing table"
        case .D007: return "DROP SEQUENCE"
        case .D009: return "DROP TRIGGER"
        case .D010: return "DROP EXTENSION"
        case .D013: return "DETACH PARTITION, NO INHERIT"
        case .D014: return "DROP COLLATION"
        case .D016: return "DROP TEXT SEARCH CONFIGURATION"
        case .B001: return "ALTER COLUMN ... TYPE on an existing table (without the database, also changes PostgreSQL makes in the catalog only)"
        case .B002: return "ADD COLUMN on an existing table with a volatile default, identity, serial or stored generated value"
        case .B004: return "SET LOGGED / SET UNLOGGED"
        case .BI002: return "ENABLE ROW LEVEL SECURITY on an existing table"
        case .BI003: return "ALTER TABLE ... RENAME TO on an existing table"
        case .BI004: return "RENAME COLUMN on an existing table"
        case .BI008: return "ALTER SCHEMA ... RENAME TO"
        case .BI010: return "RENAME CONSTRAINT on an existing table"
        case .MF001: return "SET NOT NULL on an existing table"
        case .MF002: return "ADD PRIMARY KEY / UNIQUE over a column the linted migrations add to an existing table (as the planner writes it; over existing columns only it is B104)"
        case .MF003: return "ADD COLUMN ... NOT NULL (or PRIMARY KEY) without a default on an existing table"
        case .MF008: return "ADD CONSTRAINT ... EXCLUDE on an existing table"
        case .D101: return "UPDATE or DELETE without WHERE on an existing table"
        case .B101: return "CREATE INDEX without CONCURRENTLY on an existing table (ON ONLY a partitioned parent excepted)"
        case .B102: return "DROP INDEX without CONCURRENTLY of an index the linted migrations did not create"
        case .B103: return "ADD FOREIGN KEY or CHECK without NOT VALID on an existing table"
        case .B104: return "ADD PRIMARY KEY or UNIQUE without USING INDEX on an existing table"
        case .B105: return "SET lock_timeout/statement_timeout to 0 or DEFAULT, RESET of either, RESET ALL"
        case .B106: return "an environment in monolayer.toml whose lock_timeout is 0"
        case .B107: return "UPDATE or DELETE whose WHERE does not bound it to a batch (a key range, equality with constants, or a LIMITed subquery)"
        case .MF101: return "CREATE INDEX, DROP INDEX or REINDEX CONCURRENTLY in a migration that runs in a transaction"
        case .S001: return "a primary key column of type integer, smallint or serial"
        case .S002: return "a column of type timestamp without time zone"
        case .S003: return "a column of type char(n) or varchar(n)"
        case .L001: return "a `-- monolayer: allow CODE reason` comment that suppresses nothing"
        }
    }
}
