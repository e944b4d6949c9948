import SchemaModel

extension Planner {
    /// Created before the tables whose defaults call `nextval` on it; owned once its column exists.
    func createSequence(_ sequence: SequenceDefinition) -> PlannedStatement {
        PlannedStatement(phase: .expand, sql: "CREATE SEQUENCE \(sequence.name.sql) \(Self.sequenceOptions(sequence))",
                         down: "DROP SEQUENCE IF EXISTS \(sequence.name.sql)", .create(.relation(sequence.name)))
    }

    /// `IF EXISTS`: a sequence owned by a dropped table or column is dropped with it, earlier in the
    /// phase; the down of that table or column restores it (see `restoringOwnedSequences`).
    func dropSequence(_ sequence: SequenceDefinition, ownerDropped: Bool) -> PlannedStatement {
        var down = ownerDropped ? "" : "CREATE SEQUENCE \(sequence.name.sql) \(Self.sequenceOptions(sequence))"
        if !ownerDropped, let owner = sequence.ownedBy { down += ";\nALTER SEQUENCE \(sequence.name.sql) OWNED BY \(owner.sql)" }
        return PlannedStatement(phase: .contract, sql: "DROP SEQUENCE IF EXISTS \(sequence.name.sql)", down: down,
                                warnings: ownerDropped ? [] : [WarningCatalogue.droppedSequence(sequence.name)],
                                // A sequence owned by a dropped table or column went with it: nothing is left to lock.
                                lock: StatementLock(.accessExclusive, on: sequence.name, conditional: ownerDropped),
                                .drop(.relation(sequence.name)))
    }

    /// Every option spelled out; RESTART too when the new bounds leave the old START outside (see
    /// `DDL.needsRestart`, which says what that means for a sequence in use).
    func alterSequence(_ old: SequenceDefinition, to new: SequenceDefinition) -> PlannedStatement {
        func alter(_ from: SequenceDefinition, _ to: SequenceDefinition) -> String {
            "ALTER SEQUENCE \(to.name.sql) \(Self.sequenceOptions(to))" + (DDL.needsRestart(from: from, to: to) ? " RESTART WITH \(to.start)" : "")
        }
        return PlannedStatement(phase: .alter, sql: alter(old, new), down: alter(new, old), lock: Self.alterSequenceLock(new.name),
                                .alter(.relation(new.name)))
    }

    func setOwner(of sequence: SequenceDefinition) -> PlannedStatement {
        let previous = current.sequences[sequence.name]?.ownedBy
        return PlannedStatement(
            phase: .expand, sql: "ALTER SEQUENCE \(sequence.name.sql) OWNED BY \(sequence.ownedBy?.sql ?? "NONE")",
            down: current.sequences[sequence.name] == nil ? "" : "ALTER SEQUENCE \(sequence.name.sql) OWNED BY \(previous?.sql ?? "NONE")",
            lock: Self.alterSequenceLock(sequence.name), .alter(.relation(sequence.name)),
            requires: sequence.ownedBy.map { [.column($0.table, $0.column)] } ?? [])
    }

    /// `ALTER SEQUENCE` (options or `OWNED BY`) holds SHARE ROW EXCLUSIVE on the sequence: `nextval`
    /// goes on, a concurrent `ALTER SEQUENCE` waits.
    static func alterSequenceLock(_ sequence: QualifiedName) -> StatementLock {
        StatementLock(.shareRowExclusive, on: sequence)
    }

    /// Wraps the down of a dropped table or column: its owned sequences are created before it (its
    /// defaults call them) and owned again after it.
    /// `attachments`, when given, holds the current model's sequences owned by the table.
    func restoringOwnedSequences(of table: QualifiedName, column: String? = nil, around sql: String,
                                 attachments: TableAttachments? = nil) -> String {
        let grouped = attachments.flatMap { $0.covers(table) ? $0.ownedSequences(of: table) : nil }
        let owned = (grouped ?? current.sequences.values.filter { $0.ownedBy?.table == table })
            .filter { column == nil || $0.ownedBy?.column == column }.sorted { $0.name < $1.name }
        guard !owned.isEmpty else { return sql }
        let before = owned.map { "CREATE SEQUENCE \($0.name.sql) \(Self.sequenceOptions($0))" }
        let after = owned.map { "ALTER SEQUENCE \($0.name.sql) OWNED BY \($0.ownedBy!.sql)" }
        return (before + [sql] + after).joined(separator: ";\n")
    }

    /// Every option spelled out, as pg_dump does, so a reviewer sees the whole sequence.
    static func sequenceOptions(_ sequence: SequenceDefinition) -> String {
        "AS \(sequence.type) INCREMENT BY \(sequence.increment) MINVALUE \(sequence.minValue) MAXVALUE \(sequence.maxValue) "
            + "START WITH \(sequence.start) CACHE \(sequence.cache) \(sequence.cycle ? "CYCLE" : "NO CYCLE")"
    }
}
