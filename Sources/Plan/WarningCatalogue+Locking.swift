import SchemaModel

/// Statements that hold a lock on an existing table for as long as they read or build something. The
/// planner writes them only on partitioned tables, where PostgreSQL has no online form (no CONCURRENTLY,
/// no USING INDEX, no NOT VALID foreign key before 18); lint finds them in hand-written migrations too.
extension WarningCatalogue {
    static let partitionedNote = " PostgreSQL has no online form of this statement on a partitioned table."

    public static func droppedIndexWithoutConcurrently(_ index: QualifiedName, partitioned: Bool = false) -> Warning {
        Warning(code: .B102, summary: "Dropped index without CONCURRENTLY (index: '\(index.name)' schema: '\(index.schema)')",
                why: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: reads and writes wait, "
                    + "and queue behind any long query." + (partitioned ? partitionedNote + " The drop itself is quick." : ""),
                mitigationTitle: preventBlocking,
                mitigation: partitioned
                    ? ["Run the migration when no long query reads the table, with a short lock_timeout (monolayer's runner sets one)."]
                    : ["Write DROP INDEX CONCURRENTLY.",
                       "Put it in a migration marked `-- transaction: no` (CONCURRENTLY cannot run in a transaction)."])
    }

    /// `kind`: "foreign key" or "check constraint".
    public static func validatedOnAdd(_ kind: String, _ name: String?, on table: QualifiedName, partitioned: Bool = false) -> Warning {
        Warning(code: .B103, summary: "Added \(kind)\(name.map { " '\($0)'" } ?? "") without NOT VALID on an existing table \(ObjectDescription.table(table))",
                why: "Adding the \(kind) checks every existing row while the table is locked (ACCESS EXCLUSIVE for a check, SHARE ROW "
                    + "EXCLUSIVE on both tables for a foreign key), and fails if a row breaks it." + (partitioned ? partitionedNote : ""),
                mitigationTitle: preventBlocking,
                mitigation: partitioned
                    ? ["Add the \(kind) when writes to the table can wait for one pass over its rows, or to each partition first while it is small."]
                    : ["Add the \(kind) with NOT VALID: new rows are checked at once, existing ones are not.",
                       "Validate it with ALTER TABLE ... VALIDATE CONSTRAINT in a later migration, which takes a lighter lock."])
    }

    /// `primaryKey`: a primary key, else a unique constraint.
    public static func keyWithoutIndex(_ name: String?, on table: QualifiedName, primaryKey: Bool, partitioned: Bool = false) -> Warning {
        let kind = primaryKey ? "primary key" : "unique constraint"
        return Warning(code: .B104, summary: "Added \(kind)\(name.map { " '\($0)'" } ?? "") without USING INDEX on an existing table \(ObjectDescription.table(table))",
                       why: "The key's unique index is built while the table is locked (ACCESS EXCLUSIVE): reads and writes wait for the "
                           + "whole build, and it fails on duplicates." + (partitioned ? partitionedNote : ""),
                       mitigationTitle: preventBlocking,
                       mitigation: partitioned
                           ? ["Add the key when writes to the table can wait for the index build."]
                           : ["Build a unique index with CREATE UNIQUE INDEX CONCURRENTLY in a non-transactional migration.",
                              "Add the \(kind) with ADD CONSTRAINT ... \(primaryKey ? "PRIMARY KEY" : "UNIQUE") USING INDEX, which only takes the index over."])
    }
}
