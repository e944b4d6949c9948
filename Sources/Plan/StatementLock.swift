import SchemaModel

/// PostgreSQL's table-level lock modes, weakest first (documentation: "Explicit Locking", "Table-Level
/// Locks"), and `none` for a statement that takes no lock that another session could wait on.
public enum LockMode: String, CaseIterable, Comparable, Sendable, Codable {
    case none
    case accessShare = "ACCESS SHARE"
    case rowShare = "ROW SHARE"
    case rowExclusive = "ROW EXCLUSIVE"
    case shareUpdateExclusive = "SHARE UPDATE EXCLUSIVE"
    case share = "SHARE"
    case shareRowExclusive = "SHARE ROW EXCLUSIVE"
    case exclusive = "EXCLUSIVE"
    case accessExclusive = "ACCESS EXCLUSIVE"

    public static func < (lhs: LockMode, rhs: LockMode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The name `pg_locks.mode` gives the mode (`AccessExclusiveLock`); nil for `none`.
    public var pgLocksName: String? {
        guard self != .none else { return nil }
        return rawValue.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined() + "Lock"
    }

    /// What the application cannot do while the lock is held, for reviewers.
    public var blocks: String {
        switch self {
        case .none, .accessShare, .rowShare, .rowExclusive: return "nothing the application does"
        case .shareUpdateExclusive: return "other schema changes and VACUUM; reads and writes continue"
        case .share, .shareRowExclusive, .exclusive: return "writes; reads continue"
        case .accessExclusive: return "reads and writes"
        }
    }
}

/// The lock a statement takes on the existing relations its object is or belongs to: a table for its
/// columns, constraints, triggers, policies and the indexes built on it; a view or sequence for itself.
/// Relations the statement creates are not listed: no other session sees them before the commit.
public struct StatementLock: Equatable, Sendable {
    public var mode: LockMode
    /// The relations locked in `mode`, in the order the statement names them.
    public var relations: [QualifiedName]
    /// The lock is not always taken: only when the statement finds something to change (a block that
    /// renames PostgreSQL 18's NOT NULL constraints after their table or column, which earlier servers
    /// lack), or only on the PostgreSQL releases that take it (`GRANT` locks a table from 18).
    public var conditional: Bool

    public init(_ mode: LockMode, on relations: [QualifiedName], conditional: Bool = false) {
        self.mode = mode
        self.relations = mode == .none ? [] : relations
        self.conditional = conditional
    }

    public init(_ mode: LockMode, on relation: QualifiedName, conditional: Bool = false) {
        self.init(mode, on: [relation], conditional: conditional)
    }

    /// Catalog-only statements: schemas, types, functions, extensions and new relations.
    public static let none = StatementLock(.none, on: [])

    /// The lock the kind of change implies where that does not depend on how the statement is written;
    /// nil where it does (an index built concurrently or not, an `ALTER TABLE` subcommand), so that the
    /// planner states those where it builds the statement.
    static func implied(by action: StatementAction) -> StatementLock? {
        switch (action, action.object) {
        case (_, .schema), (_, .extension), (_, .collation), (_, .textSearchConfiguration), (_, .function), (_, .operator),
             (_, .defaultPrivileges):
            return StatementLock.none
        case (.create, .type), (.drop, .type), (.rename, .type):
            return StatementLock.none
        case (.create, .relation):
            return StatementLock.none
        case (.drop(.relation(let name)), _), (.rename(.relation(let name), _), _):
            return StatementLock(.accessExclusive, on: name)
        case (.create, .column(let table, _)), (.drop, .column(let table, _)), (.rename, .column(let table, _)),
             (.drop, .constraint(let table, _)), (.rename, .constraint(let table, _)):
            return StatementLock(.accessExclusive, on: table)
        case (.create, .trigger(let identity)):
            return StatementLock(.shareRowExclusive, on: identity.table)
        case (.drop, .trigger(let identity)):
            return StatementLock(.accessExclusive, on: identity.table)
        case (_, .policy(let identity)):
            return StatementLock(.accessExclusive, on: identity.table)
        case (_, .replicaIdentity(let table)):
            return StatementLock(.accessExclusive, on: table)
        default:
            return nil
        }
    }
}

extension StorageParameters {
    /// Parameters that `ALTER TABLE ... SET (...)` / `ALTER INDEX ... SET (...)` change under SHARE UPDATE
    /// EXCLUSIVE (they affect only vacuum, planning or future pages); every other one takes ACCESS
    /// EXCLUSIVE (PostgreSQL's reloptions table gives each parameter its lock).
    static let changedUnderShareUpdateExclusive: Set<String> = [
        "fillfactor", "toast_tuple_target", "parallel_workers", "log_autovacuum_min_duration", "vacuum_index_cleanup",
        "vacuum_truncate", "deduplicate_items", "autosummarize",
    ]

    static func lockMode(changing names: [String]) -> LockMode {
        let weak = names.allSatisfy { name in
            let plain = name.hasPrefix("toast.") ? String(name.dropFirst("toast.".count)) : name
            return changedUnderShareUpdateExclusive.contains(plain) || plain.hasPrefix("autovacuum_")
        }
        return weak ? .shareUpdateExclusive : .accessExclusive
    }
}
