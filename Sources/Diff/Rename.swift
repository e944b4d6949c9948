import SchemaModel

/// One rename the differ found from a hint (`-- monolayer: renamed from OLD`), in the model's terms.
/// Relations and types keep their schema; sub-objects are named on their table or type under its
/// new name (renames of the containing object come first in a plan).
public enum Rename: Equatable, Sendable {
    case schema(from: String, to: String)
    case table(from: QualifiedName, to: String)
    case view(from: QualifiedName, to: String, materialized: Bool)
    case type(from: QualifiedName, to: String, kind: TypeKind)
    case column(table: QualifiedName, from: String, to: String)
    case constraint(table: QualifiedName, from: String, to: String)
    case index(table: QualifiedName, from: String, to: String)
    case enumValue(type: QualifiedName, from: String, to: String)

    public enum TypeKind: Sendable { case enumType, domain, composite }

    /// The relation or type this rename leaves under a new name, if it is one.
    public var renamedObject: QualifiedName? {
        switch self {
        case .table(let from, let to), .view(let from, let to, _), .type(let from, let to, _): return QualifiedName(from.schema, to)
        default: return nil
        }
    }
}

/// A hint that cannot be followed: the old name and the new name both exist in the database.
public struct RenameProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var origin: SourceOrigin
    public var message: String
    public var hint: String?

    public var description: String { "\(origin.file):\(origin.line):\(origin.column): error: \(message)" }
}

/// The renames the hints ask for, the current model as it is once they are applied (what the rest
/// of the diff compares with the desired model) and the hints that cannot be followed.
public struct RenameResolution: Sendable {
    public var renames: [Rename] = []
    public var current: SchemaModel
    public var problems: [RenameProblem] = []
}
