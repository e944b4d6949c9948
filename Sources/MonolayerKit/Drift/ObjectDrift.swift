import SchemaModel

/// A database object as a drift report names it: its kind, schema, name, and the table (or type) a
/// column, constraint, index, trigger or policy belongs to.
public struct DriftObject: Hashable, Sendable, Encodable {
    public var kind: String
    public var schema: String?
    /// The table, view or type that holds the object, when it is part of one.
    public var parent: String?
    public var name: String

    public init(kind: String, schema: String?, parent: String? = nil, name: String) {
        self.kind = kind
        self.schema = schema
        self.parent = parent
        self.name = name
    }

    static func qualified(_ kind: String, _ name: QualifiedName) -> DriftObject {
        DriftObject(kind: kind, schema: name.schema, name: name.name)
    }

    static func member(_ kind: String, of owner: QualifiedName, _ name: String) -> DriftObject {
        DriftObject(kind: kind, schema: owner.schema, parent: owner.name, name: name)
    }

    /// `column public.users.nickname`: how a DBA would name it.
    public var display: String {
        "\(kind) " + [schema, parent, name].compactMap { $0 }.joined(separator: ".")
    }
}

/// One object that differs between the database and what it should be (the schema its applied
/// migrations build, or the schema files).
public struct ObjectDrift: Equatable, Sendable {
    public enum Difference: String, Sendable, Encodable {
        /// In the database, not in the reference: made by hand, or by something other than monolayer.
        case extra
        /// In the reference, not in the database: dropped by hand.
        case missing
        /// In both, with different attributes.
        case changed
    }

    /// One attribute that differs, with its value on each side when it reads as text.
    public struct Attribute: Equatable, Sendable, Encodable {
        public var attribute: String
        /// What the migrations (or the schema files) give it.
        public var expected: String?
        /// What the database has.
        public var actual: String?
    }

    public var object: DriftObject
    public var difference: Difference
    public var attributes: [Attribute] = []
    /// The object's definition, for an extra or missing object whose definition reads as one line.
    public var definition: String?
}
