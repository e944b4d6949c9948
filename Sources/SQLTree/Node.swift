/// A parse-tree node as libpg_query's JSON output spells it.
///
/// libpg_query represents every node as a one-key object naming the node type
/// (`{"ColumnRef": {...}}`) and every field as plain JSON. Keeping the tree as plain data lets the
/// normalizer, the schema-file front end and the introspection front end share one representation
/// without any C types, and lets a canonical form be a simple serialization of the tree.
public enum Node: Hashable, Sendable {
    case object(NodeFields)
    case array([Node])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public subscript(key: String) -> Node? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The field with this key number (`NodeKeys`), as the generated accessors (`node.relation`) read it.
    subscript(field key: UInt16) -> Node? {
        if case .object(let fields) = self { return fields[field: key] }
        return nil
    }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var int: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value): return Int(value)
        default: return nil
        }
    }

    public var double: Double? {
        switch self {
        case .double(let value): return value
        case .int(let value): return Double(value)
        default: return nil
        }
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements of an array node; an absent list reads as empty, as libpg_query omits empty lists.
    public var array: [Node] {
        if case .array(let items) = self { return items }
        return []
    }

    public var fields: NodeFields {
        if case .object(let fields) = self { return fields }
        return [:]
    }

    /// The node type of a one-key wrapper object (`"ColumnRef"` for `{"ColumnRef": {...}}`).
    public var kind: String? {
        guard case .object(let fields) = self else { return nil }
        return fields.single?.key
    }

    /// The body of a one-key wrapper object.
    public var body: Node? {
        guard case .object(let fields) = self else { return nil }
        return fields.single?.value
    }

    /// The body when this node is of the given type.
    public func body(_ kind: String) -> Node? {
        guard case .object(let fields) = self else { return nil }
        return fields.single(kind)
    }

    /// The value of a `String` node (`{"String": {"sval": "x"}}`), as names are spelled in the tree.
    public var stringValue: String? {
        body("String")?["sval"]?.string
    }

    /// Names given as a list of `String` nodes (qualified names, operator names).
    public var nameList: [String] { array.nameList }
}

extension Node {
    public static func wrap(_ kind: String, _ fields: NodeFields) -> Node {
        .object([kind: .object(fields)])
    }

    public static func stringNode(_ value: String) -> Node {
        .wrap("String", ["sval": .string(value)])
    }

    /// A copy with one field replaced (or removed with `nil`) in this object.
    public func setting(_ key: String, _ value: Node?) -> Node {
        guard case .object(var fields) = self else { return self }
        fields[key] = value
        return .object(fields)
    }

    /// Rewrites the tree bottom-up: children first, then `transform` on the node itself.
    public func rewritten(_ transform: (Node) -> Node) -> Node {
        switch self {
        case .object(let fields):
            return transform(.object(fields.mapValues { $0.rewritten(transform) }))
        case .array(let items):
            return transform(.array(items.map { $0.rewritten(transform) }))
        default:
            return transform(self)
        }
    }

    /// Every node of the tree, depth first, for searches such as "which columns does this use".
    public func forEach(_ visit: (Node) -> Void) {
        visit(self)
        switch self {
        case .object(let fields): for (_, value) in fields { value.forEach(visit) }
        case .array(let items): for item in items { item.forEach(visit) }
        default: break
        }
    }
}

extension Array where Element == Node {
    /// Names given as a list of `String` nodes, as a list field reads (`body.funcname.nameList`).
    public var nameList: [String] { compactMap(\.stringValue) }

    /// The list, or nil when it is empty: libpg_query omits an empty list, so this reads as the field's presence.
    public var nonEmpty: [Node]? { isEmpty ? nil : self }
}
