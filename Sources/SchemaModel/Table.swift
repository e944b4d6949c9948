/// A table with its columns in declaration order and its constraints by name.
public struct Table: Equatable, Sendable {
    public var name: QualifiedName
    public var columns: [Column]
    public var constraints: ObjectMap<String, Constraint>
    /// `CREATE UNLOGGED TABLE`: not written to the WAL, emptied after a crash.
    public var unlogged: Bool
    /// `PARTITION BY ...`: a partitioned table (see TablePartitioning.swift for how partitions are modelled).
    /// (Out of line, as `partitionOf`: most tables are neither.)
    @IndirectOptional public var partitionKey: PartitionKey?
    /// `PARTITION OF parent FOR VALUES ...`: this table is a partition.
    @IndirectOptional public var partitionOf: PartitionBound?
    /// `INHERITS (a, b)`, in order (not used for partitions).
    public var inherits: [QualifiedName] = []
    /// `WITH (fillfactor = 50, autovacuum_enabled = false)`: reloptions, values as PostgreSQL stores them.
    public var storageParameters: [String: String] = [:]
    /// `ALTER TABLE ... REPLICA IDENTITY ...` (ReplicaIdentity.swift); `.default` is not written.
    public var replicaIdentity: ReplicaIdentity = .default
    /// `-- monolayer: renamed from OLD` above the statement (not compared).
    public var renamedFrom: RenameIntent<QualifiedName> = nil

    public init(name: QualifiedName, columns: [Column] = [], constraints: ObjectMap<String, Constraint> = [:], unlogged: Bool = false) {
        self.name = name
        self.columns = columns
        self.constraints = constraints
        self.unlogged = unlogged
    }

    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    /// Constraints sorted by name, so output is stable.
    public var sortedConstraints: [Constraint] {
        constraints.values.sorted { $0.name < $1.name }
    }

    /// Column order is not compared: PostgreSQL cannot reorder columns, and a plan should not try.
    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.name == rhs.name && lhs.constraints == rhs.constraints && lhs.unlogged == rhs.unlogged
            && lhs.partitionKey == rhs.partitionKey && lhs.partitionOf == rhs.partitionOf && lhs.inherits == rhs.inherits
            && lhs.storageParameters == rhs.storageParameters && lhs.replicaIdentity == rhs.replicaIdentity
            && lhs.columns.sorted { $0.name < $1.name } == rhs.columns.sorted { $0.name < $1.name }
    }
}
