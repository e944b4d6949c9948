import SchemaModel
import SQLTree

/// `CREATE SEQUENCE` and `ALTER SEQUENCE` options → `Sequence`.
struct SequenceBuilder {
    let source: StatementSource
    let resolver: NameResolver

    func create(_ body: Node) throws(Diagnostic) -> SequenceDefinition {
        let relation = body.sequence ?? .null
        let name = resolver.qualifyRelation(rangeVar: relation)
        if relation.relpersistence == "t" {
            throw source.diagnostic(at: relation, "temporary sequences are not schema")
        }
        return try apply(body.options?.array ?? [], to: SequenceDefinition(name: name), creating: true)
    }

    /// Applies options to a sequence. Unset bounds and start are recomputed from the type and direction,
    /// as PostgreSQL does when it creates the sequence.
    func apply(_ options: [Node], to sequence: SequenceDefinition, creating: Bool) throws(Diagnostic) -> SequenceDefinition {
        var type = sequence.type
        var increment = sequence.increment
        var start: Int64? = creating ? nil : sequence.start
        var minValue: Int64? = creating ? nil : sequence.minValue
        var maxValue: Int64? = creating ? nil : sequence.maxValue
        var cache = sequence.cache
        var cycle = sequence.cycle
        var ownedBy = sequence.ownedBy
        for option in options {
            let element = option.body("DefElem") ?? option
            let argument = element.arg
            switch element.defname ?? "" {
            case "as": type = TypeNameRenderer.render(argument ?? .null, resolver: resolver).sql
            case "increment": increment = try number(argument, option)
            case "start": start = try number(argument, option)
            case "minvalue": minValue = try argument.map { (value) throws(Diagnostic) in try number(value, option) }
            case "maxvalue": maxValue = try argument.map { (value) throws(Diagnostic) in try number(value, option) }
            case "cache": cache = try number(argument, option)
            case "cycle": cycle = argument?.body("Boolean")?.boolval?.bool ?? false
            case "owned_by": ownedBy = try owner(argument, option)
            case "restart": continue  // the current value is data, not schema
            case let other:
                throw source.diagnostic(at: option, "sequence option \(other) is not supported")
            }
        }
        return SequenceDefinition(name: sequence.name, type: type, start: start, increment: increment, minValue: minValue,
                        maxValue: maxValue, cache: cache, cycle: cycle, ownedBy: ownedBy)
    }

    private func number(_ node: Node?, _ option: Node) throws(Diagnostic) -> Int64 {
        if let value = node?.body("Integer")?.ival?.int { return Int64(value) }
        if node?.body("Integer") != nil { return 0 }
        if let text = node?.body("Float")?.fval?.string, let value = Int64(text) { return value }
        throw source.diagnostic(at: option, "expected a whole number")
    }

    private func owner(_ node: Node?, _ option: Node) throws(Diagnostic) -> ColumnReference? {
        // The argument is a list of names, wrapped as `{"List": {"items": [...]}}`.
        let names = (node?.body("List")?["items"] ?? node ?? .null).nameList
        if names == ["none"] { return nil }
        guard names.count >= 2 else { throw source.diagnostic(at: option, "OWNED BY needs table.column") }
        let table = resolver.qualifyRelation(Array(names.dropLast()))
        return ColumnReference(table: table, column: names.last!)
    }
}
