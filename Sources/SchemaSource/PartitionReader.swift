import SchemaModel
import SQLTree

/// `PARTITION BY ...` and `FOR VALUES ...` parse nodes → model values. Introspection reads
/// `pg_get_partkeydef` and `pg_get_expr(relpartbound)` through this same reader.
public struct PartitionReader {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer

    public init(source: StatementSource, normalizer: ExpressionNormalizer) {
        self.source = source
        self.normalizer = normalizer
    }

    static let strategies: [String: PartitionStrategy] = [
        "PARTITION_STRATEGY_RANGE": .range, "PARTITION_STRATEGY_LIST": .list, "PARTITION_STRATEGY_HASH": .hash,
    ]

    /// A `PartitionSpec` node; `normalizer` should know the table's columns (expression keys).
    public func key(_ spec: Node) throws(Diagnostic) -> PartitionKey {
        guard let strategy = Self.strategies[spec.strategy ?? ""] else {
            throw source.diagnostic(at: spec, "unknown partitioning strategy \(spec.strategy ?? "")")
        }
        var keys: [IndexKey] = []
        for item in spec.partParams {
            let element = item.body("PartitionElem") ?? item
            let target: IndexKey.Target
            if let name = element.name?.string { target = .column(name) }
            else if let expression = element.expr { target = .expression(normalizer.expression(expression, text: "")) }
            else { throw source.diagnostic(at: item, "partition key element without a column or expression") }
            let opclass = element.opclass.nameList.filter { $0 != "pg_catalog" }.joined(separator: ".")
            let collation = element.collation?.nameList.filter { $0 != "pg_catalog" }.joined(separator: ".")
            keys.append(IndexKey(target: target, collation: collation?.nonEmptyString, opclass: opclass.nonEmptyString))
        }
        guard let text = source.parenthesizedText(from: spec.location?.int ?? source.byteRange.lowerBound) else {
            throw source.diagnostic(at: spec, "could not read this partition key")
        }
        return PartitionKey(strategy: strategy, keys: keys, text: "(" + text + ")")
    }

    /// A `PartitionBoundSpec` node. Literals are kept as written here; `SchemaModel.canonicalizePartitionBounds`
    /// puts them in the key column type's canonical text once the parent is known.
    public func bound(_ spec: Node, parent: QualifiedName) throws(Diagnostic) -> PartitionBound {
        if spec.is_default { return PartitionBound(parent: parent, values: .defaultPartition) }
        switch spec.strategy {
        case "l":
            return PartitionBound(parent: parent, values: .list(try values(spec.listdatums)))
        case "r":
            return PartitionBound(parent: parent, values: .range(from: try values(spec.lowerdatums),
                                                                to: try values(spec.upperdatums)))
        case "h":
            return PartitionBound(parent: parent, values: .hash(modulus: spec.modulus ?? 0, remainder: spec.remainder ?? 0))
        default:
            throw source.diagnostic(at: spec, "unknown partition bound")
        }
    }

    private func values(_ items: [Node]) throws(Diagnostic) -> [PartitionBoundValue] {
        var result: [PartitionBoundValue] = []
        for item in items { result.append(try value(item)) }
        return result
    }

    /// `MINVALUE`/`MAXVALUE` (parsed as column references), `NULL`, or a constant, possibly cast.
    private func value(_ item: Node) throws(Diagnostic) -> PartitionBoundValue {
        if let fields = item.body("ColumnRef")?.fieldsField.nameList, fields.count == 1 {
            switch fields[0].lowercased() {
            case "minvalue": return .minValue
            case "maxvalue": return .maxValue
            default: break
            }
        }
        if let cast = item.body("TypeCast"), let argument = cast.arg { return try value(argument) }
        if let constant = item.body("A_Const") {
            if constant.isnull { return .null }
            if let text = Self.constantText(constant) { return .literal(text) }
        }
        throw source.diagnostic(at: item, "partition bounds must be constants here",
                                hint: "write the bound as a literal, e.g. FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')")
    }

    /// The text of an `A_Const` (libpg_query omits zero and false values, leaving an empty object).
    static func constantText(_ constant: Node) -> String? {
        if let integer = constant.ival { return String(integer.ival?.int ?? 0) }
        if let float = constant.fval { return float.fval?.string }
        if let string = constant.sval { return string.sval?.string ?? "" }
        if let boolean = constant.boolval { return (boolean.boolval?.bool ?? false) ? "true" : "false" }
        if let bits = constant.bsval { return bits.bsval?.string }
        return nil
    }
}

/// `WITH (fillfactor = 50)` and `SET (n_distinct = -0.02)` option lists: names and values as PostgreSQL
/// stores them in reloptions/attoptions (`fillfactor=50`).
enum OptionList {
    static func read(_ items: [Node], source: StatementSource, what: String, allowNamespaces: Bool = false) throws(Diagnostic) -> [String: String] {
        var result: [String: String] = [:]
        for item in items {
            let element = item.body("DefElem") ?? item
            var name = element.defname ?? ""
            if let namespace = element.defnamespace {
                guard allowNamespaces else {
                    throw source.diagnostic(at: item, "\(namespace).\(name): \(what) of the TOAST table are not supported yet")
                }
                name = namespace + "." + name
            }
            result[name] = value(element.arg) ?? "true"
        }
        return result
    }

    /// The names of a `RESET (a, b)` list.
    static func names(_ items: [Node]) -> [String] {
        items.compactMap { ($0.body("DefElem") ?? $0).defname }
    }

    static func value(_ argument: Node?) -> String? {
        guard let argument else { return nil }
        if let integer = argument.body("Integer") { return String(integer.ival?.int ?? 0) }
        if let float = argument.body("Float") { return float.fval?.string }
        if let string = argument.stringValue { return string }
        if let boolean = argument.body("Boolean") { return (boolean.boolval?.bool ?? false) ? "true" : "false" }
        if let type = argument.body("TypeName") { return type.names.nameList.joined(separator: ".") }
        return nil
    }
}
