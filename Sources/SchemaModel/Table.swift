/// A table with its columns in declaration order and its constraints by name.
public struct Table: Equatable, Sendable {
    public var name: QualifiedName
    public var columns: [Column]
    public var constraints: [String: Constraint]
    /// `CREATE UNLOGGED TABLE`: not written to the WAL, emptied after a crash.
    public var unlogged: Bool

    public init(name: QualifiedName, columns: [Column] = [], constraints: [String: Constraint] = [:], unlogged: Bool = false) {
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
            && lhs.columns.sorted { $0.name < $1.name } == rhs.columns.sorted { $0.name < $1.name }
    }
}
