import SchemaModel

/// A foreign key depends on the unique index of the key it references: PostgreSQL refuses to drop or
/// replace that key while the foreign key exists (2BP01). When this plan drops or replaces a primary or
/// unique key, the current foreign keys that reference it are dropped first, in the key's phase; those the
/// schema files keep are added again once the new key is in place.
extension Planner {
    /// A current foreign key, by its table and name.
    struct ForeignKeyRef: Hashable, Comparable {
        var table: QualifiedName
        var name: String

        static func < (lhs: ForeignKeyRef, rhs: ForeignKeyRef) -> Bool { (lhs.table, lhs.name) < (rhs.table, rhs.name) }
    }

    /// Current foreign keys whose referenced key goes away in this plan, with the phase it goes in:
    /// alter for a replaced key, contract for a dropped one. Tables the plan drops are left to the table
    /// drops, which already order referencing tables first.
    static func releasedForeignKeys(current: SchemaModel, desired: SchemaModel) -> [ForeignKeyRef: Phase] {
        var released: [ForeignKeyRef: Phase] = [:]
        for (name, table) in current.tables {
            for key in table.constraints.values where key.isKey {
                guard let phase = keyDropPhase(key, on: name, desired: desired) else { continue }
                for (referencing, foreignKey) in current.foreignKeys(referencingKey: key, of: name) {
                    let ref = ForeignKeyRef(table: referencing, name: foreignKey.name)
                    released[ref] = min(released[ref] ?? phase, phase)
                }
            }
        }
        return released
    }

    /// Where a current primary or unique key is dropped when this plan drops it: in alter when it is
    /// replaced under its name, or when another primary key takes its place (a table has one); else in
    /// contract. Nil when it stays, or when its whole table is dropped.
    static func keyDropPhase(_ key: Constraint, on table: QualifiedName, desired: SchemaModel) -> Phase? {
        guard let kept = desired.tables[table], kept.constraints[key.name] != key else { return nil }
        if kept.constraints[key.name]?.isKey == true { return .alter }
        if key.kind.isPrimaryKey && kept.constraints.values.contains(where: { $0.kind.isPrimaryKey }) { return .alter }
        return .contract
    }

    /// The early drops of released foreign keys, and the re-adds of those the files keep unchanged.
    func releaseForeignKeys() -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        for (ref, phase) in releasedForeignKeys.sorted(by: { $0.key < $1.key }) {
            guard let foreignKey = current.tables[ref.table]?.constraints[ref.name] else { continue }
            let kept = desired.tables[ref.table]?.constraints[ref.name] == foreignKey
            // A kept foreign key re-added in contract binds to whichever key remains; adding it back in a
            // down section would bind it to the new key and block that key's own down. Not undone there.
            let undo = kept && phase == .contract ? nil : DDL.addConstraint(foreignKey, to: ref.table, notValid: false)
            statements.append(PlannedStatement(
                phase: phase, sql: DDL.dropConstraint(ref.name, from: ref.table), down: undo,
                warnings: kept ? [] : [WarningCatalogue.droppedConstraint(ref.name, ref.table)], .drop(.constraint(ref.table, ref.name))))
            if kept { statements += addForeignKeyAfterKey(foreignKey, to: ref.table, phase: phase) }
        }
        return statements
    }

    /// A foreign key added once the key it references is in place, NOT VALID then validated: in alter
    /// after a new key is attached, or in contract after the old key it was bound to is dropped (a kept
    /// foreign key then binds to the key that remains).
    func addForeignKeyAfterKey(_ constraint: Constraint, to table: QualifiedName, phase: Phase = .alter,
                               warnings: [Warning] = []) -> [PlannedStatement] {
        var statements = [PlannedStatement(
            phase: phase, sql: DDL.addConstraint(constraint, to: table, notValid: true),
            down: DDL.dropConstraint(constraint.name, from: table), warnings: warnings,
            lock: addConstraintLock(constraint, on: table), .create(.constraint(table, constraint.name)), supersedes: phase == .contract ? currentKeys(referencedBy: constraint) : [])]
        if !constraint.notValid {
            var validation = validate(constraint.name, on: table)
            validation.phase = phase
            statements.append(validation)
        }
        return statements
    }

    /// The current keys a foreign key's referenced columns match: re-added after they are dropped, it
    /// binds to the key that remains.
    func currentKeys(referencedBy constraint: Constraint) -> Set<ObjectID> {
        guard case .foreignKey(let key) = constraint.kind, let target = current.tables[key.referencedTable] else { return [] }
        return Set(target.keyConstraints(on: Set(key.referencedColumns)).map { .constraint(key.referencedTable, $0.name) })
    }

    /// The current primary key of `table` when it covers `column`: PostgreSQL keeps the column NOT NULL
    /// while the key exists, so a DROP NOT NULL comes after the key's drop.
    func currentPrimaryKey(on table: QualifiedName, covering column: String) -> Constraint? {
        guard let key = current.tables[table]?.constraints.values.first(where: { $0.kind.isPrimaryKey }),
              key.columns.contains(column) else { return nil }
        return key
    }

    /// The current primary key of `table` covers `column` and this plan drops it in contract, so the
    /// column's NOT NULL can only be dropped there.
    func primaryKeyDroppedInContract(on table: QualifiedName, covering column: String) -> Bool {
        guard let key = currentPrimaryKey(on: table, covering: column) else { return false }
        return Self.keyDropPhase(key, on: table, desired: desired) == .contract
    }

    /// A foreign key whose referenced key this plan adds or replaces: it can only be added after it.
    func referencesKeyChangedNow(_ constraint: Constraint) -> Bool {
        guard case .foreignKey(let key) = constraint.kind, let target = desired.tables[key.referencedTable],
              let existing = current.tables[key.referencedTable] else { return false }
        return target.keyConstraints(on: Set(key.referencedColumns)).contains { existing.constraints[$0.name] != $0 }
    }
}

extension SchemaModel {
    /// Foreign keys that reference `key` of `table` (PostgreSQL ties them to the index whose columns are
    /// exactly the referenced ones, in any order).
    func foreignKeys(referencingKey key: Constraint, of table: QualifiedName) -> [(QualifiedName, Constraint)] {
        let columns = Set(key.columns)
        return tables.flatMap { name, referencing in
            referencing.constraints.values.compactMap { constraint -> (QualifiedName, Constraint)? in
                guard case .foreignKey(let foreignKey) = constraint.kind, foreignKey.referencedTable == table,
                      Set(foreignKey.referencedColumns) == columns else { return nil }
                return (name, constraint)
            }
        }
    }
}
