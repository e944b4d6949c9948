import SchemaModel

/// Every warning monolayer emits. Codes are stable: D destructive, BI backwards-incompatible,
/// B blocking, MF might-fail. Tests hold one triggering and one non-triggering change per code.
public enum WarningCatalogue {
    static let preventDataLoss = "How to prevent data loss:"
    public static let preventFailure = "How to prevent a migration failure and application downtime:"
    public static let preventBlocking = "How to avoid blocking reads and writes:"

    static func drop(_ code: WarningCode, _ what: String, _ object: String) -> Warning {
        Warning(code: code, summary: "Dropped \(what) \(object)",
                why: "Dropping a \(what) deletes it and everything stored in it; it cannot be undone by a down migration.",
                mitigationTitle: preventDataLoss,
                mitigation: ["Make sure no running application uses the \(what).",
                             "Back up the data you may need before applying the contract phase."])
    }

    /// DETACH PARTITION and NO INHERIT keep the rows but take them out of every query of the parent.
    public static func detachedPartition(_ table: QualifiedName, from parent: QualifiedName) -> Warning {
        Warning(code: .D013,
                summary: "Detached \(ObjectDescription.table(table)) from \(ObjectDescription.table(parent))",
                why: "The rows stay in the table but no query of the parent sees them any more; the application reading the parent loses them.",
                mitigationTitle: preventDataLoss,
                mitigation: ["Make sure nothing reads these rows through the parent.", "Move the rows elsewhere first if they must stay visible."])
    }

    public static func rebuiltPartitionedTable(_ table: QualifiedName) -> Warning {
        Warning(code: .D012, summary: "Rebuilt partitioned table with a new partition key \(ObjectDescription.table(table))",
                why: "PostgreSQL cannot change a partition key: the table and its partitions are dropped and created again, empty.",
                mitigationTitle: preventDataLoss,
                mitigation: ["Create the new partitioned table under another name in the expand phase.",
                             "Copy the rows in a data migration and switch the application to it.",
                             "Drop the old table in the contract phase."])
    }

    public static func droppedSchema(_ name: String) -> Warning { drop(.D001, "schema", ObjectDescription.schema(name)) }
    public static func droppedTable(_ name: QualifiedName) -> Warning { drop(.D002, "table", ObjectDescription.table(name)) }
    public static func droppedColumn(_ column: String, _ table: QualifiedName) -> Warning {
        drop(.D003, "column", ObjectDescription.column(column, of: table))
    }
    public static func droppedType(_ name: QualifiedName) -> Warning { drop(.D004, "type", ObjectDescription.type(name)) }

    public static func droppedSequence(_ name: QualifiedName) -> Warning {
        drop(.D007, "sequence", "(sequence: '\(name.name)' schema: '\(name.schema)')")
    }

    public static func droppedExtension(_ name: String) -> Warning {
        drop(.D010, "extension", "(extension: '\(name)')")
    }

    public static func droppedFunction(_ function: Function, recreated: Bool) -> Warning {
        let what = function.kind.rawValue.lowercased()
        return Warning(
            code: .D008,
            summary: "\(recreated ? "Dropped and recreated" : "Dropped") \(what) \(ObjectDescription.function(function.identity))",
            why: recreated
                ? "PostgreSQL cannot change a \(what)'s parameters or result in place: callers written for the old definition break, and the drop fails while views, defaults, checks or triggers depend on it."
                : "Code, defaults, checks and triggers that call the \(what) fail once it is gone.",
            mitigationTitle: "How to avoid breaking callers:",
            mitigation: recreated
                ? ["Create the new definition under another name in the expand phase.", "Switch callers to it.",
                   "Drop the old \(what) in the contract phase."]
                : ["Make sure no running application, default, check or trigger calls the \(what)."])
    }

    public static func droppedOperator(_ identity: OperatorIdentity, recreated: Bool) -> Warning {
        Warning(code: .D017,
                summary: "\(recreated ? "Dropped and recreated" : "Dropped") operator \(identity.sql)",
                why: recreated
                    ? "PostgreSQL cannot change an operator's function in place: for a moment it does not exist, and the drop fails while indexes, views or other operators use it."
                    : "Queries, views and indexes that use the operator fail once it is gone.",
                mitigationTitle: "How to avoid breaking users of the operator:",
                mitigation: ["Make sure no running application, view, index or constraint uses the operator."])
    }

    public static func droppedTrigger(_ identity: TriggerIdentity) -> Warning {
        Warning(code: .D009, summary: "Dropped trigger \(ObjectDescription.trigger(identity))",
                why: "What the trigger did on every write (auditing, derived columns, checks) stops happening.",
                mitigationTitle: "How to keep data consistent:",
                mitigation: ["Make sure the application, or another trigger, does what the trigger did, or that it is no longer needed."])
    }

    public static func droppedIndex(_ index: String, _ table: QualifiedName) -> Warning {
        droppedIndex(described: ObjectDescription.index(index, of: table))
    }

    /// A `DROP INDEX` names the index, not its table (the linter reads it without a database).
    public static func droppedIndex(_ index: QualifiedName) -> Warning {
        droppedIndex(described: "(index: '\(index.name)' schema: '\(index.schema)')")
    }

    private static func droppedIndex(described object: String) -> Warning {
        Warning(code: .D005, summary: "Dropped index \(object)",
                why: "Queries that used the index will scan instead, which can be much slower.",
                mitigationTitle: "How to avoid slow queries:",
                mitigation: ["Check that no frequent query relies on the index (pg_stat_user_indexes.idx_scan)."])
    }

    public static func droppedConstraint(_ name: String, _ table: QualifiedName) -> Warning {
        Warning(code: .D006, summary: "Dropped constraint \(ObjectDescription.constraint(name, of: table))",
                why: "Rows that break the rule it enforced can be written once it is gone.",
                mitigationTitle: "How to keep data consistent:",
                mitigation: ["Make sure the application enforces the rule, or that it is no longer needed."])
    }

    /// The warning a column type change deserves, by what it costs PostgreSQL; nil when it keeps the data.
    public static func changedColumnType(_ column: String, _ table: QualifiedName, from: String, to: String,
                                         cost: TypeChangeCost) -> Warning? {
        let summary = "Changed column type from \(from) to \(to) \(ObjectDescription.column(column, of: table))"
        switch cost {
        case .none: return nil
        case .rewrite:
            return Warning(code: .B001, summary: summary,
                           why: "PostgreSQL converts every row: the table and its indexes are rewritten under an ACCESS EXCLUSIVE lock, blocking reads and writes, and the change fails if a value does not convert.",
                           mitigationTitle: preventBlocking,
                           mitigation: ["Add a new column of the new type in the expand phase.",
                                        "Write to both columns from the application and backfill the new one in a data migration.",
                                        "Switch reads to the new column, then drop the old one in the contract phase."])
        case .scan:
            return Warning(code: .B005, summary: summary,
                           why: "The data is kept, but every row is read to check the domain's constraints under an ACCESS EXCLUSIVE lock, blocking reads and writes; the change fails if a row breaks them.",
                           mitigationTitle: preventBlocking,
                           mitigation: ["Check that existing rows satisfy the domain's constraints before the alter phase.",
                                        "On a large table, add the domain's check as a NOT VALID table constraint, validate it, then change the type."])
        case .indexRebuild:
            return Warning(code: .B006, summary: summary,
                           why: "The data is kept, but every index on the column is rebuilt for the new collation under an ACCESS EXCLUSIVE lock, blocking reads and writes.",
                           mitigationTitle: preventBlocking,
                           mitigation: ["Add a new column with the new collation and backfill it in a data migration.",
                                        "Build its indexes concurrently, switch the application to it, then drop the old column."])
        }
    }

    public static func rewritingColumnAdded(_ column: String, _ table: QualifiedName) -> Warning {
        Warning(code: .B002,
                summary: "Added column with a volatile default or identity \(ObjectDescription.column(column, of: table))",
                why: "A volatile default (or an identity) is computed for every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock.",
                mitigationTitle: preventBlocking,
                mitigation: ["Add the column without a default.", "Set the default for new rows in a later migration.",
                             "Backfill existing rows in batches with a data migration."])
    }

    public static func replacedEnum(_ name: QualifiedName) -> Warning {
        Warning(code: .B003,
                summary: "Removed or reordered enum values \(ObjectDescription.type(name))",
                why: "PostgreSQL cannot remove enum values: the type is recreated and every column using it is rewritten under an ACCESS EXCLUSIVE lock; rows holding a removed value make the migration fail.",
                mitigationTitle: preventFailure,
                mitigation: ["Update rows that hold the removed values in a data migration first.",
                             "Make sure no running application writes the removed values."])
    }

    public static func changedLogging(_ table: QualifiedName, unlogged: Bool) -> Warning {
        Warning(code: .B004,
                summary: "Changed table to \(unlogged ? "unlogged" : "logged") \(ObjectDescription.table(table))",
                why: "SET LOGGED and SET UNLOGGED rewrite the whole table under an ACCESS EXCLUSIVE lock"
                    + (unlogged ? "; an unlogged table is emptied after a crash and not replicated." : "."),
                mitigationTitle: preventBlocking,
                mitigation: ["Apply it when the table is small or writes can pause.",
                             "For a large table, create a new table and copy the rows in batches instead."])
    }

    public static func notNullOnExistingColumn(_ column: String, _ table: QualifiedName) -> Warning {
        Warning(code: .MF001,
                summary: "Changed column to non-nullable \(ObjectDescription.column(column, of: table))",
                why: "Making a column non-nullable on an existing table may fail if the column contains `NULL` values.",
                mitigationTitle: preventFailure,
                mitigation: ["Remove `NULL` values from the column.",
                             "Ensure existing applications always insert non `NULL` values into the column.",
                             "Make the column non-nullable."])
    }

    public static func uniqueOnExistingColumns(_ name: String, _ table: QualifiedName, primaryKey: Bool) -> Warning {
        Warning(code: .MF002,
                summary: "Added \(primaryKey ? "primary key" : "unique constraint") on existing columns \(ObjectDescription.constraint(name, of: table))",
                why: "Building the unique index fails if existing rows hold duplicate values\(primaryKey ? " or NULL" : "").",
                mitigationTitle: preventFailure,
                mitigation: ["Remove duplicate values\(primaryKey ? " and NULLs" : "") from the columns.",
                             "Ensure existing applications do not insert duplicates.", "Add the constraint."])
    }

    /// A routine whose body is a string goes away (dropped, or dropped and created again): neither
    /// PostgreSQL nor monolayer knows what such bodies use, so nothing orders it against them.
    public static func untrackedBody(_ function: Function) -> Warning {
        let what = function.kind.rawValue.lowercased()
        return Warning(
            code: .MF009,
            summary: "Dropped \(what) with a body monolayer cannot follow \(ObjectDescription.function(function.identity))",
            why: "Its body is a string (PL/pgSQL, or SQL checked only when it runs): what it calls and reads, and which other such bodies call it, are not recorded by PostgreSQL nor seen by monolayer, so the plan cannot order the drop against them, and a caller fails only when it runs.",
            mitigationTitle: preventFailure,
            mitigation: ["Search the other functions, procedures and triggers for calls to it before applying.",
                         "Or write the body in SQL-standard form (BEGIN ATOMIC ... END), whose dependencies PostgreSQL tracks."])
    }

    public static func exclusionOnExistingRows(_ name: String, _ table: QualifiedName) -> Warning {
        Warning(code: .MF008,
                summary: "Added exclusion constraint on an existing table \(ObjectDescription.constraint(name, of: table))",
                why: "PostgreSQL has no NOT VALID or USING INDEX for exclusion constraints: the index is built while the table is locked against writes, and the statement fails if existing rows conflict.",
                mitigationTitle: preventFailure,
                mitigation: ["Remove or fix the rows that conflict under the constraint's operators.",
                             "Ensure existing applications do not write conflicting rows.",
                             "Add the constraint at a quiet time: writes wait while the index is built."])
    }

    public static func notNullColumnWithoutDefault(_ column: String, _ table: QualifiedName) -> Warning {
        Warning(code: .MF003,
                summary: "Added non-nullable column without a default \(ObjectDescription.column(column, of: table))",
                why: "Adding a non-nullable column without a default fails if the table has rows, and breaks inserts from applications that do not know the column.",
                mitigationTitle: preventFailure,
                mitigation: ["Add the column as nullable (or with a default).",
                             "Backfill it with a data migration.", "Make the column non-nullable in a later migration."])
    }

    public static func notNullOnDomain(_ domain: QualifiedName) -> Warning {
        Warning(code: .MF006, summary: "Changed domain to NOT NULL \(ObjectDescription.type(domain))",
                why: "Every column of the domain is checked; the migration fails if one holds NULL.",
                mitigationTitle: preventFailure,
                mitigation: ["Remove NULL values from the columns of the domain.", "Make the domain NOT NULL."])
    }

    public static func checkOnDomain(_ name: String, _ domain: QualifiedName) -> Warning {
        Warning(code: .MF007,
                summary: "Added check constraint \(name) on domain \(ObjectDescription.type(domain))",
                why: "Validating the constraint checks every column of the domain and fails if a value breaks it. It is added NOT VALID first, then validated separately.",
                mitigationTitle: preventFailure,
                mitigation: ["Fix values that break the condition.", "Apply the migration."])
    }

    public static func checkOnExistingRows(_ name: String, _ table: QualifiedName) -> Warning {
        Warning(code: .MF004,
                summary: "Added check constraint on an existing table \(ObjectDescription.constraint(name, of: table))",
                why: "Validating the constraint fails if existing rows break it. It is added NOT VALID first, then validated separately, so writes are not blocked while rows are checked.",
                mitigationTitle: preventFailure,
                mitigation: ["Fix rows that break the condition.", "Ensure applications only write rows that satisfy it.",
                             "Apply the migration."])
    }

    public static func foreignKeyOnExistingRows(_ name: String, _ table: QualifiedName) -> Warning {
        Warning(code: .MF005,
                summary: "Added foreign key on an existing table \(ObjectDescription.constraint(name, of: table))",
                why: "Validating the foreign key fails if existing rows reference missing rows. It is added NOT VALID first, then validated separately.",
                mitigationTitle: preventFailure,
                mitigation: ["Remove or fix rows whose references have no match.",
                             "Ensure applications only write existing references.", "Apply the migration."])
    }
}
