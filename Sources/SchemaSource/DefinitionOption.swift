import SchemaModel
import SQLTree

/// One `name = value` of a `CREATE AGGREGATE/COLLATION/TEXT SEARCH ...` or `CREATE TYPE ... AS RANGE`
/// definition list (a `DefElem`), with its value read the way PostgreSQL's defGet* functions read it.
struct DefinitionOption {
    let node: Node
    let name: String
    let argument: Node?

    init(_ node: Node) {
        self.node = node
        let element = node.body("DefElem") ?? node
        name = element.defname ?? ""
        argument = element.arg
    }

    /// A word, string or number as text (`icu`, `'und'`, `0`); names of a `TypeName` or `List` joined by dots.
    var text: String? {
        guard let argument else { return nil }
        if let value = argument.stringValue { return value }
        if let integer = argument.body("Integer") { return String(integer.ival?.int ?? 0) }
        if let float = argument.body("Float") { return float.fval?.string }
        if let boolean = argument.body("Boolean") { return (boolean.boolval?.bool ?? false) ? "true" : "false" }
        return names?.joined(separator: ".")
    }

    /// The names of a `TypeName` or `List` value (`pg_catalog."default"`, `array_append`).
    var names: [String]? {
        if let typeName = argument?.body("TypeName") { return typeName.names.nameList }
        if let list = argument?.body("List") { return list.items.nameList }
        if let value = argument?.stringValue { return [value] }
        return nil
    }

    /// A boolean as defGetBoolean reads it: no value means true.
    var flag: Bool? {
        guard let text else { return true }
        switch text.lowercased() {
        case "true", "on", "1", "yes": return true
        case "false", "off", "0", "no": return false
        default: return nil
        }
    }
}
