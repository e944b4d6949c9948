import Foundation
import SchemaModel
import SQLTree

/// `JSON_TABLE(...)` in a view's FROM (PostgreSQL 17 and later). PostgreSQL prints it with every default
/// spelled out or left out in its own way: path names it invents (`json_table_path_0`), a column's implicit
/// path (`'$."b"'`), `WITHOUT WRAPPER KEEP QUOTES` on columns that return JSON, no default `ON EMPTY` /
/// `ON ERROR`, and paths in jsonpath's output form (`lax $.a` is `$."a"`). The canonical item drops what is
/// invented or default and keeps the rest; paths beyond accessors (filters, arithmetic, variables) are
/// refused, as monolayer does not print jsonpath the way the server does.
extension ViewQueryNormalizer {
    func jsonTable(_ body: Node, item: Node, visible: [Entry], level: inout Level, outer: [Level]) throws(Diagnostic) -> FromResult {
        let printed = level.names.next()
        let alias = Self.aliasNode(body)?.aliasname
        let scopes = [Level(entries: visible, ctes: level.ctes, merged: level.merged, names: level.names)] + outer
        var fields: NodeFields = [
            "context": try expression(body.context_item?.raw_expr ?? .null, scopes),
            "path": try jsonTablePath(body.pathspec ?? .null, at: item),
        ]
        var passing: [Node] = []
        for argument in body.passing {
            let value = argument.body("JsonArgument") ?? argument
            passing.append(.object(["name": value.name ?? .null, "value": try expression(value.val?.raw_expr ?? .null, scopes)]))
        }
        if !passing.isEmpty { fields["passing"] = .array(passing) }
        var columns: [String] = []
        fields["columns"] = .array(try jsonTableColumns(body.columns, names: &columns, at: item, scopes))
        if let behavior = Self.jsonBehavior(body.on_error, defaults: ["JSON_BEHAVIOR_EMPTY", "JSON_BEHAVIOR_EMPTY_ARRAY"]) {
            fields["on_error"] = try expression(behavior, scopes)
        }
        if alias != nil { fields["alias"] = .string(printed) }
        let label = alias ?? printed
        return FromResult(tree: .wrap("JsonTable", fields), entries: [Entry(label: label, printed: printed, columns: columns)],
                          star: columns.map { StarColumn(name: $0, fields: [label, $0]) })
    }

    private func jsonTableColumns(_ nodes: [Node], names: inout [String], at item: Node, _ scopes: [Level]) throws(Diagnostic) -> [Node] {
        var result: [Node] = []
        // The server keeps a level's columns before its nested paths, in the output columns too.
        let isNested = { (node: Node) in (node.body("JsonTableColumn") ?? node).coltype == "JTC_NESTED" }
        for node in nodes.filter({ !isNested($0) }) + nodes.filter(isNested) {
            let column = node.body("JsonTableColumn") ?? node
            let kind = column.coltype ?? ""
            if kind == "JTC_NESTED" {
                result.append(.object(["nested": try jsonTablePath(column.pathspec ?? .null, at: item),
                                       "columns": .array(try jsonTableColumns(column.columns, names: &names, at: item, scopes))]))
                continue
            }
            let name = column.name?.string ?? ""
            names.append(name)
            var fields: NodeFields = ["name": .string(name), "kind": .string(kind)]
            if kind == "JTC_FOR_ORDINALITY" {
                result.append(.object(fields))
                continue
            }
            let type = TypeNameRenderer.render(column.typeName ?? .null, resolver: normalizer.resolver)
            fields["type"] = .string(type.sql)
            let path = column.pathspec.map { $0 } ?? .object(["string": .wrap("A_Const", ["sval": .object(["sval": .string("$.\"" + Self.jsonPathKey(name) + "\"")])])])
            fields["path"] = try jsonTablePath(path, at: item)
            if kind == "JTC_EXISTS" {
                if let behavior = Self.jsonBehavior(column.on_error, defaults: ["JSON_BEHAVIOR_FALSE"]) { fields["on_error"] = try expression(behavior, scopes) }
                result.append(.object(fields))
                continue
            }
            // A column returning JSON (FORMAT JSON, a json or array type, or a wrapper or quotes clause) is
            // read as JSON_QUERY reads it, whose defaults the server prints: WITHOUT WRAPPER KEEP QUOTES.
            let wrapper = column.wrapper ?? "JSW_UNSPEC", quotes = column.quotes ?? "JS_QUOTES_UNSPEC"
            let formatted = kind == "JTC_FORMATTED" || type.isArray || ["json", "jsonb"].contains(type.baseName)
                || wrapper != "JSW_UNSPEC" || quotes != "JS_QUOTES_UNSPEC"
            fields["kind"] = .string(formatted ? "formatted" : "regular")
            if formatted {
                fields["wrapper"] = .string(wrapper == "JSW_UNSPEC" ? "JSW_NONE" : wrapper)
                fields["quotes"] = .string(quotes == "JS_QUOTES_UNSPEC" ? "JS_QUOTES_KEEP" : quotes)
            }
            for clause in ["on_empty", "on_error"] {
                if let behavior = Self.jsonBehavior(column[clause], defaults: ["JSON_BEHAVIOR_NULL"]) { fields[clause] = try expression(behavior, scopes) }
            }
            result.append(.object(fields))
        }
        return result
    }

    /// A behavior clause unless it is the default one.
    static func jsonBehavior(_ node: Node?, defaults: Set<String>) -> Node? {
        guard let node, let behavior = node.body("JsonBehavior") ?? (node.kind == nil ? node : nil) else { return nil }
        guard let type = behavior.btype, !defaults.contains(type) else { return nil }
        return .object(["btype": .string(type), "expr": behavior.expr ?? .null])
    }

    /// A path and its name, unless the name is one the server invents.
    private func jsonTablePath(_ spec: Node, at item: Node) throws(Diagnostic) -> Node {
        let body = spec.body("JsonTablePathSpec") ?? spec
        guard let text = body.stringField?.body("A_Const")?.sval?.sval?.string, let path = JsonPathText.normalized(text) else {
            throw source.diagnostic(at: item, "this JSON_TABLE path in a view is not supported: monolayer compares only paths of plain accessors",
                                    hint: "PostgreSQL prints jsonpath in its own form, which monolayer does not reproduce for filters and expressions")
        }
        var fields: NodeFields = ["path": .string(path)]
        if let name = body.name?.string, name.range(of: #"^json_table_path_\d+$"#, options: .regularExpression) == nil {
            fields["name"] = .string(name)
        }
        return .object(fields)
    }

    static func jsonPathKey(_ name: String) -> String {
        name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

/// jsonpath text in the form PostgreSQL prints it, for paths of accessors only: `lax` dropped (it is the
/// default), keys quoted (`$.a` → `$."a"`), subscripts and methods (`[*]`, `[1 to 3]`, `.size()`) spaced as
/// the server spaces them. Nil for anything else (filters, arithmetic, variables, literals).
public enum JsonPathText {
    public static func normalized(_ text: String) -> String? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var output = ""
        for (mode, printed) in [("lax", ""), ("strict", "strict ")] where rest.lowercased().hasPrefix(mode + " ") {
            rest = rest.dropFirst(mode.count).drop(while: { $0 == " " })
            output = printed
        }
        guard rest.first == "$" else { return nil }
        output += "$"
        rest.removeFirst()
        while let next = rest.first {
            if next == " " { rest.removeFirst(); continue }
            if next == "." {
                rest.removeFirst()
                guard let accessor = member(&rest) else { return nil }
                output += accessor
            } else if next == "[" {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let inside = rest[rest.index(after: rest.startIndex)..<close].split(separator: " ").joined(separator: " ")
                guard inside == "*" || inside == "last" || inside.range(of: #"^(\d+|last)( to (\d+|last))?$"#, options: .regularExpression) != nil else { return nil }
                output += "[" + inside + "]"
                rest = rest[rest.index(after: close)...]
            } else {
                return nil
            }
        }
        return output
    }

    /// After a `.`: `*`, `"key"`, `key` or `method()`.
    private static func member(_ rest: inout Substring) -> String? {
        rest = rest.drop(while: { $0 == " " })
        if rest.first == "*" {
            rest.removeFirst()
            return ".*"
        }
        var key = ""
        if rest.first == "\"" {
            rest.removeFirst()
            while let character = rest.popFirst() {
                if character == "\"" { return ".\"" + key + "\"" }
                if character == "\\" { guard let escaped = rest.popFirst() else { return nil }; key += "\\" + String(escaped) } else { key.append(character) }
            }
            return nil
        }
        while let character = rest.first, character.isLetter || character.isNumber || character == "_" {
            key.append(character)
            rest.removeFirst()
        }
        guard !key.isEmpty else { return nil }
        if rest.hasPrefix("()") {
            rest.removeFirst(2)
            return "." + key + "()"
        }
        return ".\"" + key + "\""
    }
}
