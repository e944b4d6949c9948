import SchemaModel

extension Planner {
    func addColumn(_ column: Column, to table: QualifiedName) -> [PlannedStatement] {
        let settings = alterColumnSettings(table, from: Column(name: column.name, type: column.type), to: column)
            .map { PlannedStatement(phase: .expand, sql: $0.sql, down: "", lock: $0.lock, .alter(.column(table, column.name))) }
        return addColumnItself(column, to: table) + settings
    }

    private func addColumnItself(_ column: Column, to table: QualifiedName) -> [PlannedStatement] {
        let sql = "ALTER TABLE \(table.sql) ADD COLUMN \(DDL.columnDefinition(column, table: table))"
        let down = "ALTER TABLE \(table.sql) DROP COLUMN \(Identifier.quote(column.name))"
        if column.notNull && column.defaultValue == nil && column.identity == nil {
            // Old code cannot insert without the column, and existing rows have no value: not an expand.
            return [PlannedStatement(phase: .alter, sql: sql, down: down,
                                     warnings: [WarningCatalogue.notNullColumnWithoutDefault(column.name, table)], .create(.column(table, column.name)))]
        }
        let rewrites = column.identity != nil || (column.defaultValue?.isVolatile ?? false) || (column.generated?.stored ?? false)
        return [PlannedStatement(phase: .expand, sql: sql, down: down,
                                 warnings: rewrites ? [WarningCatalogue.rewritingColumnAdded(column.name, table)] : [],
                                 .create(.column(table, column.name)))]
    }

    func dropColumn(_ column: Column, from table: QualifiedName) -> PlannedStatement {
        PlannedStatement(
            phase: .contract, sql: "ALTER TABLE \(table.sql) DROP COLUMN \(Identifier.quote(column.name))",
            down: restoringOwnedSequences(
                of: table, column: column.name,
                around: "ALTER TABLE \(table.sql) ADD COLUMN \(DDL.columnDefinition(column.nullableForRestore, table: table))"),
            warnings: [WarningCatalogue.droppedColumn(column.name, table)], .drop(.column(table, column.name)))
    }

    /// A column that exists on both sides: identity, default, type and nullability, each its own
    /// statement, ordered so that each one is valid when it runs (a default is dropped before the type
    /// changes under it and set again after).
    func alterColumn(_ table: QualifiedName, from old: Column, to new: Column) -> [PlannedStatement] {
        if let recreated = recreateForGeneration(table, from: old, to: new) { return recreated }
        var statements: [PlannedStatement] = []
        let name = new.name
        let typeChanges = old.type != new.type || old.collation != new.collation
        // `TYPE t COLLATE c`: without COLLATE the column takes the type's default collation.
        func type(_ column: Column) -> String { column.type.sql + (column.collation.map { " COLLATE \($0.sql)" } ?? "") }
        let column = ObjectID.column(table, name)
        func alter(_ action: String, undo: String?, _ what: StatementAction = .alter(column), supersedes: Set<ObjectID> = [],
                   warnings: [Warning] = []) {
            statements.append(PlannedStatement(
                phase: .alter, sql: DDL.alterColumn(table, name, action), down: undo.map { DDL.alterColumn(table, name, $0) },
                warnings: warnings, lock: StatementLock(.accessExclusive, on: table), what, supersedes: supersedes))
        }
        if old.identity != nil, new.identity == nil {
            alter("DROP IDENTITY IF EXISTS", undo: "ADD GENERATED \(old.identity!.rawValue) AS IDENTITY")
        }
        let defaultChanges = old.defaultValue != new.defaultValue
        if let oldDefault = old.defaultValue, defaultChanges || typeChanges {
            alter("DROP DEFAULT", undo: "SET DEFAULT \(oldDefault.text)")
        }
        if typeChanges {
            alter("TYPE \(type(new)) USING \(conversion(name, from: old.type, to: new.type, in: current))",
                  undo: "TYPE \(type(old)) USING \(conversion(name, from: new.type, to: old.type, in: desired))", .replace(column),
                  warnings: [WarningCatalogue.changedColumnType(
                    name, table, from: type(old), to: type(new),
                    cost: TypeChangeCost.of(old.type, to: new.type, collationChanged: old.collation != new.collation,
                                            domains: desired.domains))].compactMap { $0 })
        }
        if let newDefault = new.defaultValue, defaultChanges || typeChanges {
            alter("SET DEFAULT \(newDefault.text)", undo: "DROP DEFAULT")
        }
        if new.identity != nil, old.identity == nil, !old.notNull {
            // ADD GENERATED needs the column NOT NULL first; identity values fill no existing NULLs.
            alter("SET NOT NULL", undo: "DROP NOT NULL", warnings: [WarningCatalogue.notNullOnExistingColumn(name, table)])
        }
        if let identity = new.identity, identity != old.identity {
            if let previous = old.identity {
                alter("SET GENERATED \(identity.rawValue)", undo: "SET GENERATED \(previous.rawValue)")
            } else {
                alter("ADD GENERATED \(identity.rawValue) AS IDENTITY" + DDL.identityOptions(new, table: table),
                      undo: "DROP IDENTITY IF EXISTS")
            }
        }
        if old.identity != nil, new.identity != nil, let before = old.identitySequence, let after = new.identitySequence, before != after {
            statements += changeIdentitySequence(table, column: name, from: before, to: after)
        }
        if old.notNull, !new.notNull, new.identity == nil {
            // PostgreSQL keeps a primary key's columns NOT NULL until the key is gone, and refuses it while the replica identity is an index over the column.
            var key = replicaIdentity(of: table, covering: name)
            if let primaryKey = currentPrimaryKey(on: table, covering: name) { key.insert(.constraint(table, primaryKey.name)) }
            if primaryKeyDroppedInContract(on: table, covering: name) {
                statements.append(PlannedStatement(phase: .contract, sql: DDL.alterColumn(table, name, "DROP NOT NULL"),
                                                   down: DDL.alterColumn(table, name, "SET NOT NULL"),
                                                   lock: StatementLock(.accessExclusive, on: table), .alter(column), supersedes: key))
            } else {
                alter("DROP NOT NULL", undo: "SET NOT NULL", supersedes: key)
            }
        }
        if !old.notNull, new.notNull, new.identity == nil || old.identity != nil {
            statements += setNotNull(name, on: table)
        }
        statements += alterColumnSettings(table, from: old, to: new)
        return statements
    }

    /// A changed generation expression, or a plain column becoming generated, needs the column dropped
    /// and added again (the values are computed anew); a generated column becoming plain keeps its values
    /// with DROP EXPRESSION. Returns nil when generation does not change.
    func recreateForGeneration(_ table: QualifiedName, from old: Column, to new: Column) -> [PlannedStatement]? {
        guard old.generated != new.generated else { return nil }
        if old.generated != nil, new.generated == nil {
            var rest = old
            rest.generated = nil
            return [PlannedStatement(phase: .alter, sql: DDL.alterColumn(table, new.name, "DROP EXPRESSION"), down: nil,
                                     lock: StatementLock(.accessExclusive, on: table), .alter(.column(table, new.name)))] + (rest == new ? [] : alterColumn(table, from: rest, to: new))
        }
        let warning = old.generated == nil
            ? WarningCatalogue.droppedColumn(old.name, table) : WarningCatalogue.rewritingColumnAdded(new.name, table)
        let drop = "ALTER TABLE \(table.sql) DROP COLUMN \(Identifier.quote(old.name))"
        return [PlannedStatement(
            phase: .alter, sql: drop + ";\nALTER TABLE \(table.sql) ADD COLUMN \(DDL.columnDefinition(new, table: table))",
            down: "ALTER TABLE \(table.sql) DROP COLUMN \(Identifier.quote(new.name));\n"
                + "ALTER TABLE \(table.sql) ADD COLUMN \(DDL.columnDefinition(old.nullableForRestore, table: table))",
            warnings: [warning], lock: StatementLock(.accessExclusive, on: table), .replace(.column(table, new.name)))]
    }

    /// Identity sequence options change in place (`ALTER COLUMN ... SET INCREMENT BY ...`); a new
    /// sequence name is a rename.
    func changeIdentitySequence(_ table: QualifiedName, column: String, from old: SequenceDefinition,
                                to new: SequenceDefinition) -> [PlannedStatement] {
        var statements: [PlannedStatement] = []
        if old.name != new.name {
            statements.append(PlannedStatement(
                phase: .alter, sql: "ALTER SEQUENCE \(old.name.sql) RENAME TO \(Identifier.quote(new.name.name))",
                down: "ALTER SEQUENCE \(new.name.sql) RENAME TO \(Identifier.quote(old.name.name))",
                .rename(.relation(old.name), to: .relation(new.name))))
        }
        var renamed = old
        renamed.name = new.name
        let forward = DDL.sequenceOptionChanges(from: renamed, to: new)
        if !forward.isEmpty {
            statements.append(PlannedStatement(
                phase: .alter, sql: DDL.alterColumn(table, column, forward.joined(separator: " ")),
                down: DDL.alterColumn(table, column, DDL.sequenceOptionChanges(from: new, to: renamed).joined(separator: " ")),
                lock: StatementLock(.accessExclusive, on: table), .alter(.column(table, column))))
        }
        return statements
    }

    /// SET NOT NULL without a long ACCESS EXCLUSIVE scan: a NOT VALID check, validated under a weaker
    /// lock in its own transaction, lets SET NOT NULL skip the scan; then the check is dropped.
    func setNotNull(_ column: String, on table: QualifiedName) -> [PlannedStatement] {
        let check = ConstraintNamingForPlan.notNullCheck(table: table.name, column: column)
        let quotedCheck = Identifier.quote(check)
        let warning = WarningCatalogue.notNullOnExistingColumn(column, table)
        let checkID = ObjectID.constraint(table, check)
        return [
            PlannedStatement(
                phase: .alter,
                sql: "ALTER TABLE \(table.sql) ADD CONSTRAINT \(quotedCheck) CHECK (\(Identifier.quote(column)) IS NOT NULL) NOT VALID",
                down: "ALTER TABLE \(table.sql) DROP CONSTRAINT IF EXISTS \(quotedCheck)", warnings: [warning],
                lock: StatementLock(.accessExclusive, on: table), .create(checkID), requires: [.column(table, column)]),
            PlannedStatement(phase: .alter, sql: "ALTER TABLE \(table.sql) VALIDATE CONSTRAINT \(quotedCheck)", down: "",
                             transactional: false, lock: StatementLock(.shareUpdateExclusive, on: table), .alter(checkID)),
            PlannedStatement(phase: .alter, sql: DDL.alterColumn(table, column, "SET NOT NULL"),
                             down: DDL.alterColumn(table, column, "DROP NOT NULL"), transactional: false,
                             lock: StatementLock(.accessExclusive, on: table), .alter(.column(table, column)), requires: [checkID]),
            PlannedStatement(phase: .alter, sql: "ALTER TABLE \(table.sql) DROP CONSTRAINT IF EXISTS \(quotedCheck)", down: "",
                             transactional: false, .drop(checkID)),
        ]
    }
}

extension Column {
    /// Restoring a dropped column cannot restore its data: re-added as nullable so the down runs.
    var nullableForRestore: Column {
        var copy = self
        if identity == nil && defaultValue == nil { copy.notNull = false }
        return copy
    }
}

/// Names of the helper objects the planner creates itself, shortened to 63 bytes the way PostgreSQL
/// shortens the names it generates (`ConstraintNaming`), so later steps find them.
enum ConstraintNamingForPlan {
    static func notNullCheck(table: String, column: String) -> String {
        ConstraintNaming.makeObjectName(table, column, "not_null_ml")
    }

    static func replacementIndex(_ name: String) -> String { ConstraintNaming.makeObjectName(name, nil, "ml_new") }

    static func retiredType(_ name: String) -> String { ConstraintNaming.makeObjectName(name, nil, "ml_old") }
}

extension Planner {
    /// The USING expression of a type change. PostgreSQL has no cast from an enum to another type but
    /// text (and the I/O cast from text to anything), so an enum column goes through text.
    func conversion(_ column: String, from old: TypeReference, to new: TypeReference, in model: SchemaModel) -> String {
        let quoted = Identifier.quote(column)
        guard let oldType = old.userType, model.enums[oldType] != nil, new.baseName != "text" else { return "\(quoted)::\(new.sql)" }
        return "\(quoted)::\(old.isArray ? "text[]" : "text")::\(new.sql)"
    }
}
