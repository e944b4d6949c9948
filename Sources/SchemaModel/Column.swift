/// A table column.
public struct Column: Equatable, Sendable {
    public var name: String
    public var type: TypeReference
    public var notNull: Bool
    /// (One word: an expression is held out of line, and equal defaults share it. The fields below are
    /// out of line too: a schema has tens of thousands of columns in each of two models, and inline these
    /// optional fields made a column nearly 300 bytes whether they were set or not.)
    public var defaultValue: Expression?
    public var identity: Identity?
    /// The sequence behind an identity column: its name and options (`ADD GENERATED ... AS IDENTITY
    /// (SEQUENCE NAME ... START WITH ...)`, as pg_dump writes it). Set exactly when `identity` is.
    /// (Out of line, as `generated`: few columns have one, see IndirectOptional.)
    @IndirectOptional public var identitySequence: SequenceDefinition?
    /// `GENERATED ALWAYS AS (expression) STORED` (or virtual, PostgreSQL 18+).
    @IndirectOptional public var generated: GeneratedColumn? = nil
    /// Planner statistics and storage settings (see ColumnSettings.swift).
    public var settings: ColumnSettings {
        get { changedSettings ?? ColumnSettings() }
        set { changedSettings = newValue.isDefault ? nil : newValue }
    }
    /// `settings` when they are not the defaults (most columns have the defaults).
    @IndirectOptional private var changedSettings: ColumnSettings? = nil
    /// `COLLATE name`, set only where it differs from the type's own collation (`pg_catalog."C"`, `public.ci`).
    @IndirectOptional public var collation: QualifiedName? = nil
    /// `-- monolayer: renamed from OLD` above the column's line (not compared, see RenameIntent).
    public var renamedFrom: RenameIntent<String> = nil

    public init(
        name: String, type: TypeReference, notNull: Bool = false, defaultValue: Expression? = nil,
        identity: Identity? = nil, identitySequence: SequenceDefinition? = nil
    ) {
        self.name = name
        self.type = type
        self.notNull = notNull
        self.defaultValue = defaultValue
        self.identity = identity
        self.identitySequence = identitySequence
    }
}

/// A generated column's expression and whether its values are stored.
public struct GeneratedColumn: Equatable, Sendable {
    public var expression: Expression
    public var stored: Bool

    public init(expression: Expression, stored: Bool) {
        self.expression = expression
        self.stored = stored
    }
}

/// `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY`.
public enum Identity: String, Equatable, Sendable {
    case always = "ALWAYS"
    case byDefault = "BY DEFAULT"

    /// `attidentity` in `pg_attribute`: `a` always, `d` by default.
    public init?(catalogCode: String) {
        switch catalogCode {
        case "a": self = .always
        case "d": self = .byDefault
        default: return nil
        }
    }
}
