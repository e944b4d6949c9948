import Diff
import SchemaModel

/// Renames run first in the alter phase (step `rename`). Statements of other changes that name a
/// renamed object by its new name (a new index on a renamed column, a column added to a renamed
/// table, a new table whose foreign key references one) would run in expand, before the rename:
/// they are moved to just after it (step `afterRename`), in the order their steps give them.
extension Planner {
    func rename(_ rename: Rename) -> [PlannedStatement] {
        let (sql, down) = Self.renameSQL(rename)
        var statements = [PlannedStatement(phase: .alter, sql: sql, down: down, warnings: [WarningCatalogue.renamed(rename)], step: .rename)]
        if let (up, undo) = Self.notNullConstraintNames(after: rename) {
            statements.append(PlannedStatement(phase: .alter, sql: up, down: undo, step: .rename))
        }
        return statements
    }

    /// PostgreSQL 18 names each NOT NULL constraint `<table>_<column>_not_null` and keeps the name when the
    /// table or column is renamed; a database built from the files would have the new name. The names
    /// that follow the old default are renamed to the new one. Earlier servers have no such constraints,
    /// so the loop finds nothing there.
    static func notNullConstraintNames(after rename: Rename) -> (up: String, down: String)? {
        switch rename {
        case .table(let old, let new):
            let renamed = QualifiedName(old.schema, new)
            return (renameNotNull(on: renamed, from: "\(SQLLiteral.quote(old.name)) || '_' || a.attname", to: "\(SQLLiteral.quote(new)) || '_' || a.attname"),
                    // Down sections run newest first: the table still has its new name then.
                    renameNotNull(on: renamed, from: "\(SQLLiteral.quote(new)) || '_' || a.attname", to: "\(SQLLiteral.quote(old.name)) || '_' || a.attname"))
        case .column(let table, let old, let new):
            let prefix = SQLLiteral.quote(table.name + "_")
            return (renameNotNull(on: table, from: "\(prefix) || \(SQLLiteral.quote(old))", to: "\(prefix) || \(SQLLiteral.quote(new))"),
                    renameNotNull(on: table, from: "\(prefix) || \(SQLLiteral.quote(new))", to: "\(prefix) || \(SQLLiteral.quote(old))"))
        default:
            return nil
        }
    }

    /// A DO block renaming `table`'s NOT NULL constraints named `<from>_not_null` to `<to>_not_null`, where
    /// `from` and `to` are SQL expressions over the constrained column `a`.
    private static func renameNotNull(on table: QualifiedName, from: String, to: String) -> String {
        """
        DO $monolayer$
        DECLARE c record;
        BEGIN
          FOR c IN SELECT con.conname, (\(to)) || '_not_null' AS target
                   FROM pg_catalog.pg_constraint con
                   JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
                   WHERE con.conrelid = \(SQLLiteral.quote(table.sql))::regclass AND con.contype = 'n'
                     AND con.conname = (\(from)) || '_not_null'
          LOOP
            EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', \(SQLLiteral.quote(table.sql)), c.conname, c.target);
          END LOOP;
        END
        $monolayer$
        """
    }

    static func renameSQL(_ rename: Rename) -> (up: String, down: String) {
        let quote = Identifier.quote
        switch rename {
        case .schema(let old, let new):
            return ("ALTER SCHEMA \(quote(old)) RENAME TO \(quote(new))", "ALTER SCHEMA \(quote(new)) RENAME TO \(quote(old))")
        case .table(let old, let new):
            return ("ALTER TABLE \(old.sql) RENAME TO \(quote(new))", "ALTER TABLE \(QualifiedName(old.schema, new).sql) RENAME TO \(quote(old.name))")
        case .view(let old, let new, let materialized):
            let kind = materialized ? "MATERIALIZED VIEW" : "VIEW"
            return ("ALTER \(kind) \(old.sql) RENAME TO \(quote(new))", "ALTER \(kind) \(QualifiedName(old.schema, new).sql) RENAME TO \(quote(old.name))")
        case .type(let old, let new, let kind):
            let keyword = kind == .domain ? "DOMAIN" : "TYPE"
            return ("ALTER \(keyword) \(old.sql) RENAME TO \(quote(new))", "ALTER \(keyword) \(QualifiedName(old.schema, new).sql) RENAME TO \(quote(old.name))")
        case .column(let table, let old, let new):
            return ("ALTER TABLE \(table.sql) RENAME COLUMN \(quote(old)) TO \(quote(new))",
                    "ALTER TABLE \(table.sql) RENAME COLUMN \(quote(new)) TO \(quote(old))")
        case .constraint(let table, let old, let new):
            return ("ALTER TABLE \(table.sql) RENAME CONSTRAINT \(quote(old)) TO \(quote(new))",
                    "ALTER TABLE \(table.sql) RENAME CONSTRAINT \(quote(new)) TO \(quote(old))")
        case .index(let table, let old, let new):
            return ("ALTER INDEX \(QualifiedName(table.schema, old).sql) RENAME TO \(quote(new))",
                    "ALTER INDEX \(QualifiedName(table.schema, new).sql) RENAME TO \(quote(old))")
        case .enumValue(let type, let old, let new):
            return ("ALTER TYPE \(type.sql) RENAME VALUE \(SQLLiteral.quote(old)) TO \(SQLLiteral.quote(new))",
                    "ALTER TYPE \(type.sql) RENAME VALUE \(SQLLiteral.quote(new)) TO \(SQLLiteral.quote(old))")
        }
    }

    /// Statements planned after the renames: expand-phase ones move to the alter phase right after the
    /// renames, keeping the order of their steps; the others stay where their phase and step put them.
    static func afterRenames(_ statements: [PlannedStatement]) -> [PlannedStatement] {
        statements.enumerated().sorted { ($0.element.step, $0.offset) < ($1.element.step, $1.offset) }.map { entry in
            var statement = entry.element
            if statement.phase == .expand {
                statement.phase = .alter
                statement.step = .afterRename
            }
            return statement
        }
    }
}

/// The objects a plan's renames leave under new names, and whether a change names one of them.
struct RenameScope {
    var relations: Set<QualifiedName> = []
    var schemas: Set<String> = []
    /// New tables created after the renames (they reference a renamed object, or such a new table).
    var movedTables: Set<QualifiedName> = []

    init(_ changes: [SchemaChange]) {
        for case .rename(let rename) in changes {
            switch rename {
            case .schema(_, let new): schemas.insert(new)
            case .column(let table, _, _), .constraint(let table, _, _), .index(let table, _, _): relations.insert(table)
            case .enumValue(let type, _, _): relations.insert(type)
            case .table, .view, .type: relations.insert(rename.renamedObject!)
            }
        }
        guard !isEmpty else { return }
        let created = changes.compactMap { change -> Table? in if case .createTable(let table) = change { table } else { nil } }
        var grew = true
        while grew {
            grew = false
            for table in created where !movedTables.contains(table.name) && touches(table) {
                movedTables.insert(table.name)
                grew = true
            }
        }
    }

    var isEmpty: Bool { relations.isEmpty && schemas.isEmpty }

    func touches(_ name: QualifiedName) -> Bool {
        relations.contains(name) || schemas.contains(name.schema) || movedTables.contains(name)
    }

    func touches(_ type: TypeReference) -> Bool { type.userType.map(touches) ?? false }

    func touches(_ table: Table) -> Bool {
        touches(table.name) || table.foreignKeyTargets.contains(where: touches) || table.parentNames.contains(where: touches)
            || table.columns.contains { touches($0.type) }
    }

    func touches(_ change: SchemaChange) -> Bool {
        guard !isEmpty else { return false }
        switch change {
        case .createTable(let table): return movedTables.contains(table.name)
        case .addColumn(let table, let column): return touches(table) || touches(column.type)
        case .createIndex(let index, _), .alterIndexSettings(_, let index), .replaceIndex(_, let index): return touches(index.table)
        case .addConstraint(let table, _, _), .replaceConstraint(let table, _, _), .alterColumn(let table, _, _),
             .setReplicaIdentity(let table, _, _, _): return touches(table)
        case .createTrigger(let trigger), .replaceTrigger(_, let trigger): return touches(trigger.identity.table)
        case .createViews(let views): return views.contains { touches($0.name) || $0.dependencies.contains(where: touches) }
        case .addEnumValues(let type, _): return touches(type.name)
        case .createSequence(let sequence): return touches(sequence.name)
        case .setSequenceOwner(let sequence): return touches(sequence.name) || (sequence.ownedBy.map { touches($0.table) } ?? false)
        case .createEnum(let type): return touches(type.name)
        case .createDomain(let domain): return touches(domain.name) || touches(domain.baseType)
        case .createComposites(let types): return types.contains { touches($0.name) || $0.attributes.contains { touches($0.type) } }
        case .setPrivileges(let target, _, _, _): return touches(target)
        default: return false
        }
    }

    func touches(_ target: PrivilegeTarget) -> Bool {
        switch target {
        case .relation(let name), .column(let name, _), .sequence(let name), .type(let name): return touches(name)
        case .schema(let name): return schemas.contains(name)
        case .routine: return false
        }
    }
}
