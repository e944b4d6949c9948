/// A table column.
///
/// A schema has tens of thousands of columns in each of two models, so a column is kept small: the
/// fields that most columns leave unset are held out of line, the rarest together in one box (`Extras`),
/// and the one-byte fields come last so that no padding stands between the words. Inline, these optional
/// fields made a column nearly 300 bytes whether they were set or not; it is 56.
public struct Column: Equatable, Sendable {
    public var name: String
    public var type: TypeReference
    /// (One word: an expression is held out of line, and equal defaults share it.)
    public var defaultValue: Expression?
    /// The sequence behind an identity column: its name and options (`ADD GENERATED ... AS IDENTITY
    /// (SEQUENCE NAME ... START WITH ...)`, as pg_dump writes it). Set exactly when `identity` is.
    /// (Out of line: few columns have one, see IndirectOptional.)
    @IndirectOptional public var identitySequence: SequenceDefinition?
    private var extras = Extras()
    public var notNull: Bool
    public var identity: Identity?

    /// `GENERATED ALWAYS AS (expression) STORED` (or virtual, PostgreSQL 18+).
    public var generated: GeneratedColumn? {
        get { extras.fields.generated }
        set { extras.set(\.generated, newValue) }
    }
    /// Planner statistics and storage settings (see ColumnSettings.swift).
    public var settings: ColumnSettings {
        get { extras.fields.settings }
        set { extras.set(\.settings, newValue) }
    }
    /// `COLLATE name`, set only where it differs from the type's own collation (`pg_catalog."C"`, `public.ci`).
    public var collation: QualifiedName? {
        get { extras.fields.collation }
        set { extras.set(\.collation, newValue) }
    }
    /// `-- monolayer: renamed from OLD` above the column's line (not compared, see RenameIntent).
    public var renamedFrom: RenameIntent<String> {
        get { extras.fields.renamedFrom }
        set { extras.set(\.renamedFrom, newValue) }
    }

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

    /// The fields few columns set, in one box that a column without them does not have. Compared by
    /// value, so a box whose fields are back to their defaults equals no box.
    private struct Extras: Equatable, Sendable {
        struct Fields: Equatable, Sendable {
            var generated: GeneratedColumn?
            var settings = ColumnSettings()
            var collation: QualifiedName?
            var renamedFrom: RenameIntent<String> = nil

            var isDefault: Bool { generated == nil && settings.isDefault && collation == nil && renamedFrom.hint == nil }
        }

        @IndirectOptional private var box: Fields? = nil

        var fields: Fields { box ?? Fields() }

        /// Replaces one field (as OutOfLineFields does), leaving no box when all are back to their defaults.
        mutating func set<Value>(_ field: WritableKeyPath<Fields, Value>, _ value: Value) {
            var fields = self.fields
            fields[keyPath: field] = value
            box = fields.isDefault ? nil : fields
        }

        static func == (lhs: Extras, rhs: Extras) -> Bool { lhs.fields == rhs.fields }
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
