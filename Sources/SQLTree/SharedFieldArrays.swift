/// Parts of a parse tree that hold no position, shared between the places of one parse that have equal
/// ones: a field array whose values are scalars or such parts, and a list of such parts.
///
/// Most of a parse tree repeats: `{"sval": "id"}` under every name, the name list `pg_catalog.int8` of
/// every `bigint` column, `{"relname": "t", "inh": true, "relpersistence": "p"}` under every reference to
/// a table (a node's position is held beside its fields, not among them, so an object with a position
/// can share its fields too). In a 64 KB piece of a schema file about two thirds of the arrays are such
/// parts, with a few hundred distinct ones. Sharing them saves an allocation each; `Node` is a value, so
/// a shared array is copied before any change.
///
/// The reader builds bottom-up and tells which values are shared parts, so a part is compared and hashed
/// by what it is made of at one level: scalars by value, shared parts by the identity of their array.
struct SharedFieldArrays {
    /// By hash; a bucket with more than one array is a collision.
    private var fieldArrays: [Int: [ContiguousArray<NodeFields.Pair>]] = [:]
    private var lists: [Int: [[Node]]] = [:]

    /// What a shared part's value is compared by.
    private enum Identity: Hashable {
        case scalar(Node)
        case object(kind: UInt16, fields: UnsafeRawPointer?)
        case list(UnsafeRawPointer?)

        /// For a value the reader marked shared: a scalar, a position-free object whose fields are a shared
        /// array, or a shared list.
        init(_ node: Node) {
            switch node {
            case .object(let fields): self = .object(kind: fields.kindNumber, fields: fields.fieldArrayAddress)
            case .array(let items): self = .list(items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) })
            default: self = .scalar(node)
            }
        }
    }

    /// The shared array equal to `source` without the element at `skipped` (the position, which the
    /// struct holds): every value in it is a shared part (the caller's check).
    mutating func fieldArray(_ source: ArraySlice<NodeFields.Pair>, skipping skipped: Int) -> ContiguousArray<NodeFields.Pair> {
        var hasher = Hasher()
        var count = 0
        for index in source.indices where index != skipped {
            hasher.combine(source[index].key)
            hasher.combine(Identity(source[index].value))
            count += 1
        }
        let hash = hasher.finalize()
        for candidate in fieldArrays[hash] ?? [] where candidate.count == count {
            var position = candidate.startIndex
            var equal = true
            for index in source.indices where index != skipped {
                if candidate[position].key != source[index].key || Identity(candidate[position].value) != Identity(source[index].value) {
                    equal = false
                    break
                }
                position += 1
            }
            if equal { return candidate }
        }
        var pairs = ContiguousArray<NodeFields.Pair>()
        pairs.reserveCapacity(count)
        for index in source.indices where index != skipped { pairs.append(source[index]) }
        fieldArrays[hash, default: []].append(pairs)
        return pairs
    }

    /// The shared list equal to `items`, all of whose items are shared parts.
    mutating func list(_ items: ArraySlice<Node>) -> [Node] {
        var hasher = Hasher()
        for item in items { hasher.combine(Identity(item)) }
        let hash = hasher.finalize()
        for candidate in lists[hash] ?? [] where candidate.count == items.count
            && zip(candidate, items).allSatisfy({ Identity($0) == Identity($1) }) {
            return candidate
        }
        let list = Array(items)
        lists[hash, default: []].append(list)
        return list
    }
}
