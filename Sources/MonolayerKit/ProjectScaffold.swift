import Foundation
import Migrations
import Plan

/// `init` and `migrations scaffold data`: files a user starts from.
public enum ProjectScaffold {
    static let config = """
        # monolayer configuration. Paths are relative to this file.
        schema = "schema"
        migrations = "migrations"

        # Without an environment, commands use DATABASE_URL or the embedded dev database.
        # [environments.production]
        # url = "${PRODUCTION_DATABASE_URL}"
        # lock_timeout = "5s"
        # statement_timeout = "15min"

        """

    /// Creates `monolayer.toml`, `schema/` and `migrations/` where missing; returns what it created.
    public static func initialize(at root: URL) throws -> [String] {
        var created: [String] = []
        let manager = FileManager.default
        let configURL = root.appendingPathComponent("monolayer.toml")
        if !manager.fileExists(atPath: configURL.path) {
            try config.write(to: configURL, atomically: true, encoding: .utf8)
            created.append("monolayer.toml")
        }
        for folder in ["schema", "migrations"] {
            let url = root.appendingPathComponent(folder)
            if !manager.fileExists(atPath: url.path) {
                try manager.createDirectory(at: url, withIntermediateDirectories: true)
                created.append(folder + "/")
            }
        }
        let ignore = root.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: ignore, encoding: .utf8)) ?? ""
        if !existing.contains(".monolayer/") {
            try (existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + ".monolayer/\n")
                .write(to: ignore, atomically: true, encoding: .utf8)
            created.append(".gitignore entry .monolayer/")
        }
        return created
    }

    /// An empty data migration with guidance; the user writes the SQL.
    public static func dataMigration(name: String, at date: Date) -> MigrationFile {
        MigrationFile(
            id: "\(MigrationStore.timestamp(date))-\(MigrationStore.slug(name))", phase: .data, transactional: true, warnings: [],
            up: """
                -- Write the data change here: a backfill, a conversion, a cleanup. It runs after the alter
                -- phase and before contract, in one transaction with the environment's timeouts.
                --
                -- For a large table, batch the work so no transaction holds locks for long: set the header
                -- line above to `-- transaction: no`, and write statements that each touch one batch and
                -- can safely run again, e.g.
                --   UPDATE users SET email_normalized = lower(email)
                --   WHERE id IN (SELECT id FROM users WHERE email_normalized IS NULL LIMIT 10000);
                -- repeated as often as needed (each statement commits on its own).
                """,
            down: """
                -- Undo the data change here if it can be undone (used by `monolayer rollback`).
                """)
    }
}
