import SchemaModel

extension Planner {
    /// A constraint on an existing table, added without blocking writes while rows are checked:
    /// checks and foreign keys go in NOT VALID and are validated in their own transaction; unique and
    /// primary keys get their index built concurrently in expand, then attached in alter.
    func addConstraint(_ constraint: Constraint, to table: QualifiedName) -> [PlannedStatement] {
        if let statements = constraintOnPartitionedTable(constraint, to: table) { return statements }
        let drop = DDL.dropConstraint(constraint.name, from: table)
        if referencesKeyChangedNow(constraint) {
            return addForeignKeyAfterKey(constraint, to: table, warnings: [WarningCatalogue.foreignKeyOnExistingRows(constraint.name, table)])
        }
        switch constraint.kind {
        case .check, .foreignKey:
            let isForeignKey: Bool
            if case .foreignKey = constraint.kind { isForeignKey = true } else { isForeignKey = false }
            let warning = isForeignKey
                ? WarningCatalogue.foreignKeyOnExistingRows(constraint.name, table)
                : WarningCatalogue.checkOnExistingRows(constraint.name, table)
            var statements = [PlannedStatement(
                phase: .alter, sql: DDL.addConstraint(constraint, to: table, notValid: true), down: drop,
                warnings: [warning], lock: addConstraintLock(constraint, on: table), .create(.constraint(table, constraint.name)))]
            if !constraint.notValid { statements.append(validate(constraint.name, on: table)) }
            return statements
        case .primaryKey(let columns), .unique(let columns, _):
            if let statement = keyOverNewColumns(constraint, columns: columns, on: table) { return [statement] }
            return attachUniqueIndex(constraint, columns: columns, to: table, indexName: constraint.name)
        case .exclusion:
            return [PlannedStatement(phase: .alter, sql: DDL.addConstraint(constraint, to: table, notValid: false), down: drop,
                                     warnings: [WarningCatalogue.exclusionOnExistingRows(constraint.name, table)],
                                     lock: addConstraintLock(constraint, on: table), .create(.constraint(table, constraint.name)))]
        }
    }

    /// A key over a column this plan adds: the column is added in expand or alter, and its rows hold one
    /// default (or none: the table must be empty), so there is nothing to build online beforehand, and
    /// an index built in expand would come before the column. Added in place in alter, as is a temporal
    /// key (`WITHOUT OVERLAPS`), whose GiST index cannot be prebuilt as a unique index.
    private func keyOverNewColumns(_ constraint: Constraint, columns: [String], on table: QualifiedName) -> PlannedStatement? {
        let existing = Set(current.tables[table]?.columns.map(\.name) ?? [])
        // A temporal key's index is GiST, which `CREATE UNIQUE INDEX` cannot build: it is added in place too.
        guard !columns.allSatisfy(existing.contains) || constraint.period else { return nil }
        return PlannedStatement(phase: .alter, sql: DDL.addConstraint(constraint, to: table, notValid: false),
                                down: DDL.dropConstraint(constraint.name, from: table),
                                warnings: [WarningCatalogue.uniqueOnExistingColumns(constraint.name, table, primaryKey: constraint.kind.isPrimaryKey)],
                                lock: addConstraintLock(constraint, on: table), .create(.constraint(table, constraint.name)),
                                supersedes: replacedPrimaryKey(by: constraint, on: table))
    }

    /// The index is built as `indexName`; `ADD CONSTRAINT ... USING INDEX` renames it to the constraint's name.
    private func attachUniqueIndex(_ constraint: Constraint, columns: [String], to table: QualifiedName,
                                   indexName builtName: String) -> [PlannedStatement] {
        let isPrimaryKey: Bool
        var nullsNotDistinct = false
        switch constraint.kind {
        case .primaryKey: isPrimaryKey = true
        case .unique(_, let flag): isPrimaryKey = false; nullsNotDistinct = flag
        default: isPrimaryKey = false
        }
        let indexName = QualifiedName(table.schema, builtName)
        let index = Index(name: builtName, table: table, unique: true, keys: [], nullsNotDistinct: nullsNotDistinct,
                          definitionText: DDL.columnList(columns) + (nullsNotDistinct ? " NULLS NOT DISTINCT" : ""))
        let kind = isPrimaryKey ? "PRIMARY KEY" : "UNIQUE"
        return [
            PlannedStatement(phase: .expand, sql: DDL.createIndex(index, concurrently: true),
                             down: DDL.dropIndex(indexName, concurrently: true), transactional: false,
                             lock: StatementLock(.shareUpdateExclusive, on: table), .create(.index(indexName)),
                             requires: Set(columns.map { .column(table, $0) })),
            PlannedStatement(
                phase: .alter,
                sql: "ALTER TABLE \(table.sql) ADD CONSTRAINT \(Identifier.quote(constraint.name)) \(kind) USING INDEX \(Identifier.quote(builtName))"
                    + DDL.deferrability(constraint),
                // Dropping the constraint drops the index too; the expand down then finds nothing to drop.
                down: DDL.dropConstraint(constraint.name, from: table),
                warnings: [WarningCatalogue.uniqueOnExistingColumns(constraint.name, table, primaryKey: isPrimaryKey)],
                lock: StatementLock(.accessExclusive, on: table), .create(.constraint(table, constraint.name)), requires: [.index(indexName)],
                supersedes: replacedPrimaryKey(by: constraint, on: table)),
        ]
    }

    /// A changed constraint under the same name. Checks and foreign keys: the old one is dropped and the
    /// new one added NOT VALID in one alter transaction, then validated. Unique and primary keys: the new
    /// index is built concurrently under a temporary name, then swapped in within one transaction.
    func replaceConstraint(_ old: Constraint, with new: Constraint, on table: QualifiedName) -> [PlannedStatement] {
        if releasedForeignKeys[ForeignKeyRef(table: table, name: old.name)] != nil {
            // Dropped before the key it referenced went away; added again after the new key.
            return addForeignKeyAfterKey(new, to: table, warnings: [WarningCatalogue.foreignKeyOnExistingRows(new.name, table)])
        }
        let drop = PlannedStatement(
            phase: .alter, sql: DDL.dropConstraint(old.name, from: table),
            down: DDL.addConstraint(old, to: table, notValid: false), .drop(.constraint(table, old.name)))
        if let statements = constraintOnPartitionedTable(new, to: table) { return [drop] + statements }
        switch new.kind {
        case .check, .foreignKey, .exclusion:
            return [drop] + addConstraint(new, to: table)
        case .primaryKey where new.period, .unique where new.period:
            return [drop] + addConstraint(new, to: table)
        case .primaryKey(let columns), .unique(let columns, _):
            if let statement = keyOverNewColumns(new, columns: columns, on: table) { return [drop, statement] }
            let temporary = temporaryIndexName(replacing: QualifiedName(table.schema, new.name))
            var statements = attachUniqueIndex(new, columns: columns, to: table, indexName: temporary)
            statements.insert(drop, at: 1)
            return statements
        }
    }

    func validate(_ name: String, on table: QualifiedName) -> PlannedStatement {
        PlannedStatement(phase: .alter, sql: "ALTER TABLE \(table.sql) VALIDATE CONSTRAINT \(Identifier.quote(name))",
                         down: "", transactional: false, lock: StatementLock(.shareUpdateExclusive, on: table), .alter(.constraint(table, name)))
    }

    /// `ADD FOREIGN KEY` takes SHARE ROW EXCLUSIVE on the table and the one it references; every other
    /// `ADD table_constraint` takes ACCESS EXCLUSIVE (`ALTER TABLE`'s documentation).
    func addConstraintLock(_ constraint: Constraint, on table: QualifiedName) -> StatementLock {
        guard case .foreignKey(let key) = constraint.kind else { return StatementLock(.accessExclusive, on: table) }
        return StatementLock(.shareRowExclusive, on: key.referencedTable == table ? [table] : [table, key.referencedTable])
    }

    /// The current primary key of `table` when `constraint` is a primary key under another name: a
    /// table has one primary key, so the old one must be gone first.
    func replacedPrimaryKey(by constraint: Constraint, on table: QualifiedName) -> Set<ObjectID> {
        guard constraint.kind.isPrimaryKey,
              let old = current.tables[table]?.constraints.values.first(where: { $0.kind.isPrimaryKey }), old.name != constraint.name
        else { return [] }
        return [.constraint(table, old.name)]
    }

    /// A removed constraint goes in contract, except a primary key another one replaces: a table has
    /// one, so the old one goes in alter, before the new one is attached.
    func dropConstraint(_ constraint: Constraint, from table: QualifiedName) -> PlannedStatement {
        let replaced = constraint.kind.isPrimaryKey && Self.keyDropPhase(constraint, on: table, desired: desired) == .alter
        return PlannedStatement(phase: replaced ? .alter : .contract, sql: DDL.dropConstraint(constraint.name, from: table),
                                down: DDL.addConstraint(constraint, to: table, notValid: false),
                                warnings: [WarningCatalogue.droppedConstraint(constraint.name, table)],
                                .drop(.constraint(table, constraint.name)))
    }
}
