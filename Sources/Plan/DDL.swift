import Foundation
import SchemaModel

/// SQL spellings shared by the planner's generators.
enum DDL {
    static func columnDefinition(_ column: Column, table: QualifiedName) -> String {
        var sql = "\(Identifier.quote(column.name)) \(column.type.sql)"
        if let collation = column.collation { sql += " COLLATE \(collation.sql)" }
        if let identity = column.identity {
            sql += " GENERATED \(identity.rawValue) AS IDENTITY" + identityOptions(column, table: table)
        }
        if let generated = column.generated {
            sql += " GENERATED ALWAYS AS (\(generated.expression.text))\(generated.stored ? " STORED" : " VIRTUAL")"
        }
        if let value = column.defaultValue { sql += " DEFAULT \(value.text)" }
        if column.notNull { sql += " NOT NULL" }
        return sql
    }

    /// `(SEQUENCE NAME ... START WITH ...)` with what differs from the identity sequence PostgreSQL
    /// would create by itself; empty when nothing does.
    static func identityOptions(_ column: Column, table: QualifiedName) -> String {
        guard let sequence = column.identitySequence else { return "" }
        let defaultName = QualifiedName(table.schema, ConstraintNaming.name(table: table.name, columns: [column.name], label: "seq"))
        let standard = SequenceDefinition.identityDefault(named: sequence.name, columnType: column.type.sql)
        var options: [String] = []
        if sequence.name != defaultName { options.append("SEQUENCE NAME \(sequence.name.sql)") }
        options += sequenceOptionChanges(from: standard, to: sequence).map { $0.replacingOccurrences(of: "SET ", with: "") }
        return options.isEmpty ? "" : " (" + options.joined(separator: " ") + ")"
    }

    /// `SET INCREMENT BY ...` clauses for what differs between two sequences (ALTER COLUMN ... SET ...).
    static func sequenceOptionChanges(from old: SequenceDefinition, to new: SequenceDefinition) -> [String] {
        var clauses: [String] = []
        if new.increment != old.increment { clauses.append("SET INCREMENT BY \(new.increment)") }
        if new.minValue != old.minValue { clauses.append("SET MINVALUE \(new.minValue)") }
        if new.maxValue != old.maxValue { clauses.append("SET MAXVALUE \(new.maxValue)") }
        if new.start != old.start { clauses.append("SET START WITH \(new.start)") }
        if new.cache != old.cache { clauses.append("SET CACHE \(new.cache)") }
        if new.cycle != old.cycle { clauses.append(new.cycle ? "SET CYCLE" : "SET NO CYCLE") }
        if needsRestart(from: old, to: new) { clauses.append("RESTART WITH \(new.start)") }
        return clauses
    }

    /// Whether changing `old` into `new` must also move the sequence's position. PostgreSQL refuses new
    /// bounds that leave the position (the last value, or START while unused) outside them (22023), and
    /// the position is known only when the migration runs; offline, the old START stands for it. So when
    /// the old START lies outside the new range, the change restarts at the new START.
    ///
    /// For a sequence in use this is the choice that repeats no value whenever that is possible without
    /// reading the position: values come from START onwards, so when the new range begins beyond the old
    /// START (MINVALUE raised over it, ascending) and the sequence has not reached the new range yet,
    /// or when the new range ends before the old START, nothing issued lies in the new range. A sequence
    /// that has already moved into the new range restarts below its position and repeats values there (a
    /// key on the column then refuses them); leaving it in place would need the position, so this is
    /// left to the reviewer. When the old START is inside the new range no restart is planned, and a
    /// position beyond the new bounds makes the ALTER fail, which is the right answer: the new range is
    /// used up.
    static func needsRestart(from old: SequenceDefinition, to new: SequenceDefinition) -> Bool {
        old.start < new.minValue || old.start > new.maxValue
    }

    static func columnList(_ columns: [String]) -> String {
        "(" + columns.map(Identifier.quote).joined(separator: ", ") + ")"
    }

    /// A temporal key's columns: `(id, valid_at WITHOUT OVERLAPS)`, `(id, PERIOD valid_at)`.
    static func columnList(_ columns: [String], period: Bool, marker: String) -> String {
        guard period, let last = columns.last else { return columnList(columns) }
        let quoted = columns.dropLast().map(Identifier.quote) + [marker == "PERIOD" ? "PERIOD \(Identifier.quote(last))" : "\(Identifier.quote(last)) \(marker)"]
        return "(" + quoted.joined(separator: ", ") + ")"
    }

    /// The constraint clause after `CONSTRAINT name`, as `pg_get_constraintdef` would print it.
    static func constraintBody(_ constraint: Constraint) -> String {
        var sql: String
        switch constraint.kind {
        case .primaryKey(let columns): sql = "PRIMARY KEY \(columnList(columns, period: constraint.period, marker: "WITHOUT OVERLAPS"))"
        case .unique(let columns, let nullsNotDistinct):
            sql = "UNIQUE \(nullsNotDistinct ? "NULLS NOT DISTINCT " : "")\(columnList(columns, period: constraint.period, marker: "WITHOUT OVERLAPS"))"
        case .check(let expression, let noInherit):
            sql = "CHECK (\(expression.text))\(noInherit ? " NO INHERIT" : "")"
        case .foreignKey(let key):
            sql = "FOREIGN KEY \(columnList(key.columns, period: constraint.period, marker: "PERIOD")) REFERENCES \(key.referencedTable.sql) "
                + columnList(key.referencedColumns, period: constraint.period, marker: "PERIOD")
            if key.matchFull { sql += " MATCH FULL" }
            if key.onUpdate != .noAction { sql += " ON UPDATE \(key.onUpdate.sql)" }
            if key.onDelete != .noAction { sql += " ON DELETE \(key.onDelete.sql)" }
        case .exclusion(let exclusion):
            sql = exclusion.text
        }
        return sql + deferrability(constraint)
    }

    static func deferrability(_ constraint: Constraint) -> String {
        guard constraint.deferrable else { return "" }
        return constraint.initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE"
    }

    static func addConstraint(_ constraint: Constraint, to table: QualifiedName, notValid: Bool) -> String {
        "ALTER TABLE \(table.sql) ADD CONSTRAINT \(Identifier.quote(constraint.name)) \(constraintBody(constraint))"
            + (notValid ? " NOT VALID" : "")
    }

    static func dropConstraint(_ name: String, from table: QualifiedName) -> String {
        "ALTER TABLE \(table.sql) DROP CONSTRAINT \(Identifier.quote(name))"
    }

    /// `only`: `ON ONLY parent`, a partitioned table's own index without its partitions'.
    static func createIndex(_ index: Index, name: String? = nil, concurrently: Bool, only: Bool = false) -> String {
        let unique = index.unique ? "UNIQUE " : ""
        let mode = concurrently ? "CONCURRENTLY IF NOT EXISTS " : ""
        return "CREATE \(unique)INDEX \(mode)\(Identifier.quote(name ?? index.name)) ON \(only ? "ONLY " : "")\(index.table.sql) USING \(index.method) \(index.definitionText)"
    }

    static func dropIndex(_ name: QualifiedName, concurrently: Bool) -> String {
        "DROP INDEX \(concurrently ? "CONCURRENTLY " : "")IF EXISTS \(name.sql)"
    }

    static func createEnum(_ type: EnumType) -> String {
        "CREATE TYPE \(type.name.sql) AS ENUM (\(type.labels.map(SQLLiteral.quote).joined(separator: ", ")))"
    }


    static func alterColumn(_ table: QualifiedName, _ column: String, _ action: String) -> String {
        "ALTER TABLE \(table.sql) ALTER COLUMN \(Identifier.quote(column)) \(action)"
    }
}
