/// A table constraint, identified by name within its table.
public struct Constraint: Equatable, Sendable {
    public var name: String
    public var kind: Kind
    /// `NOT VALID`: existing rows have not been checked (checks and foreign keys only).
    public var notValid: Bool
    public var deferrable: Bool
    public var initiallyDeferred: Bool
    /// A temporal key (PostgreSQL 18, `pg_constraint.conperiod`): the last key column of a primary key or
    /// unique constraint is `WITHOUT OVERLAPS`, and the last column on both sides of a foreign key is
    /// `PERIOD`.
    public var period: Bool
    /// `-- monolayer: renamed from OLD` above a named table constraint (not compared, see RenameIntent).
    public var renamedFrom: RenameIntent<String> = nil

    public init(name: String, kind: Kind, notValid: Bool = false, deferrable: Bool = false, initiallyDeferred: Bool = false,
                period: Bool = false) {
        self.period = period
        self.name = name
        self.kind = kind
        self.notValid = notValid
        self.deferrable = deferrable
        self.initiallyDeferred = initiallyDeferred
    }

    public enum Kind: Equatable, Sendable {
        case primaryKey(columns: [String])
        case unique(columns: [String], nullsNotDistinct: Bool)
        // The larger payloads are out of line, so that a table's constraints (held in a dictionary per
        // table, in both models) take the size of a key's column list each rather than of the largest kind.
        indirect case check(Expression, noInherit: Bool)
        indirect case foreignKey(ForeignKey)
        indirect case exclusion(ExclusionConstraint)
    }

    /// Two constraints are the same definition when everything but `NOT VALID` agrees: validating is
    /// a state change, not a new constraint.
    public func sameDefinition(as other: Constraint) -> Bool {
        kind == other.kind && deferrable == other.deferrable && initiallyDeferred == other.initiallyDeferred && period == other.period
    }

    public var columns: [String] {
        switch kind {
        case .primaryKey(let columns), .unique(let columns, _): return columns
        case .foreignKey(let key): return key.columns
        case .exclusion(let exclusion): return exclusion.columns
        case .check: return []
        }
    }
}

/// A foreign key's columns, target and actions.
public struct ForeignKey: Equatable, Sendable {
    public var columns: [String]
    public var referencedTable: QualifiedName
    public var referencedColumns: [String]
    public var onDelete: Action
    public var onUpdate: Action
    public var matchFull: Bool

    public init(columns: [String], referencedTable: QualifiedName, referencedColumns: [String],
                onDelete: Action = .noAction, onUpdate: Action = .noAction, matchFull: Bool = false) {
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.matchFull = matchFull
    }

    /// Referential actions; raw values are the one-letter codes of `pg_constraint.confdeltype`, which
    /// libpg_query's `fk_del_action` uses too.
    public enum Action: String, Equatable, Sendable {
        case noAction = "a", restrict = "r", cascade = "c", setNull = "n", setDefault = "d"

        public var sql: String {
            switch self {
            case .noAction: return "NO ACTION"
            case .restrict: return "RESTRICT"
            case .cascade: return "CASCADE"
            case .setNull: return "SET NULL"
            case .setDefault: return "SET DEFAULT"
            }
        }
    }
}

/// `EXCLUDE USING method (element WITH operator, ...) [INCLUDE (...)] [WHERE (predicate)]`: compared by its
/// parts (keys as index keys are, operators, predicate normalized); `text` is the definition from
/// `EXCLUDE` on, as written or as `pg_get_constraintdef` printed it, for DDL.
public struct ExclusionConstraint: Equatable, Sendable {
    public var method: String
    public var elements: [Element]
    public var include: [String]
    public var predicate: Expression?
    public var text: String

    public struct Element: Equatable, Sendable {
        public var key: IndexKey
        /// The operator, schema-qualified unless built in (`=`, `&&`, `public.~<<`).
        public var operatorName: String

        public init(key: IndexKey, operatorName: String) {
            self.key = key
            self.operatorName = operatorName
        }
    }

    public init(method: String, elements: [Element], include: [String], predicate: Expression?, text: String) {
        self.method = method
        self.elements = elements
        self.include = include
        self.predicate = predicate
        self.text = text
    }

    public static func == (lhs: ExclusionConstraint, rhs: ExclusionConstraint) -> Bool {
        lhs.method == rhs.method && lhs.elements == rhs.elements && lhs.include == rhs.include && lhs.predicate == rhs.predicate
    }

    /// The plain columns among the keys, for reference checks.
    public var columns: [String] {
        elements.compactMap { element in
            if case .column(let name) = element.key.target { return name } else { return nil }
        }
    }
}
