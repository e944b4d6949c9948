import Diff
import SchemaModel

/// Renames run in the alter phase. Statements of other changes that name a renamed object by its new
/// name (a new index on a renamed column, a column added to a renamed table, a new table whose foreign
/// key references one) would run in expand, before the rename: they move to the alter phase, where the
/// statement graph puts them after the renames they need.
extension Planner {
    func rename(_ rename: Rename) -> [PlannedStatement] {
        let (sql, down) = Self.renameSQL(rename)
        let (old, new) = Self.renamedObjects(rename)
        let action: StatementAction = old == new ? .alter(new) : .rename(old, to: new)
        var statements = [PlannedStatement(phase: .alter, sql: sql, down: down, warnings: [WarningCatalogue.renamed(rename)],
                                           lock: Self.renameLock(rename), action)]
        if let (up, undo) = Self.notNullConstraintNames(after: rename) {
            let table: ObjectID = if case .column(let name, _) = new { .relation(name) } else { new }
            let lock: StatementLock? = if case .relation(let name) = table { StatementLock(.accessExclusive, on: name, conditional: true) } else { nil }
            statements.append(PlannedStatement(phase: .alter, sql: up, down: undo, lock: lock, .alter(table), requires: [new]))
        }
        return statements
    }

    /// The object a rename acts on, under its old and its new name (an enum value's type keeps its name).
    static func renamedObjects(_ rename: Rename) -> (old: ObjectID, new: ObjectID) {
        switch rename {
        case .schema(let old, let new): return (.schema(old), .schema(new))
        case .table(let old, let new), .view(let old, let new, _): return (.relation(old), .relation(QualifiedName(old.schema, new)))
        case .type(let old, let new, _): return (.type(old), .type(QualifiedName(old.schema, new)))
        case .column(let table, let old, let new): return (.column(table, old), .column(table, new))
        case .constraint(let table, let old, let new): return (.constraint(table, old), .constraint(table, new))
        case .index(let table, let old, let new):
            return (.index(QualifiedName(table.schema, old)), .index(QualifiedName(table.schema, new)))
        case .enumValue(let type, _, _): return (.type(type), .type(type))
        }
    }

    /// `RENAME` of a table, view, column or constraint takes ACCESS EXCLUSIVE on the relation; `ALTER INDEX
    /// ... RENAME` takes SHARE UPDATE EXCLUSIVE on the index (PostgreSQL 12+); schemas and types only
    /// change the catalog.
    static func renameLock(_ rename: Rename) -> StatementLock {
        switch rename {
        case .schema, .type, .enumValue: return .none
        case .table(let old, _), .view(let old, _, _): return StatementLock(.accessExclusive, on: old)
        case .column(let table, _, _), .constraint(let table, _, _): return StatementLock(.accessExclusive, on: table)
        case .index(let table, let old, _): return StatementLock(.shareUpdateExclusive, on: QualifiedName(table.schema, old))
        }
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
}
