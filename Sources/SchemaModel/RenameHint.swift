/// Where a schema file says something about an object (`file:line:col` and the line), for errors the
/// differ finds later, once it can compare with the database.
public struct SourceOrigin: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var sourceLine: String

    public init(file: String, line: Int, column: Int, sourceLine: String) {
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }
}

/// `-- monolayer: renamed from OLD` above a declaration: the object's name in the database before
/// this change. Only schema files carry hints; introspection never does.
public struct RenameHint<Name: Hashable & Sendable>: Hashable, Sendable {
    public var old: Name
    public var origin: SourceOrigin

    public init(old: Name, origin: SourceOrigin) {
        self.old = old
        self.origin = origin
    }
}

/// An object's rename hint, if it has one. Always equal to any other: a hint is intent for the
/// differ, not part of the schema, so two models that differ only in hints are equal (parity, and
/// a database that already has the new name plans nothing).
public struct RenameIntent<Name: Hashable & Sendable>: Equatable, Sendable, ExpressibleByNilLiteral {
    /// Out of line: every object of both models has an intent, almost none a hint (see IndirectOptional).
    @IndirectOptional public var hint: RenameHint<Name>?

    public init(_ hint: RenameHint<Name>? = nil) { self.hint = hint }
    public init(nilLiteral: ()) { hint = nil }

    public var old: Name? { hint?.old }

    public static func == (lhs: RenameIntent, rhs: RenameIntent) -> Bool { true }
}
