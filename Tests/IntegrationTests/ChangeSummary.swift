import Diff

/// A change as one line a reader can act on: the change's kind, the object, and for a change from one
/// definition to another only the fields that differ (`alterColumn public.users key: defaultValue: a → b`),
/// found by walking both sides with `Mirror` rather than printing two whole definitions.
enum ChangeSummary {
    static func line(_ change: SchemaChange) -> String {
        guard let child = Mirror(reflecting: change).children.first, let kind = child.label else { return short(change) }
        var fields: [String: Any] = [:]
        for field in Mirror(reflecting: child.value).children { if let label = field.label { fields[label] = field.value } }
        let table = fields["table"].map { "\($0) " } ?? ""
        guard let from = fields["from"], let to = fields["to"] else { return "\(kind) \(table)\(name(of: child.value))" }
        let differences = self.differences(from, to, path: "", depth: 0)
        return "\(kind) \(table)\(name(of: to)): " + differences.prefix(3).joined(separator: "; ")
            + (differences.count > 3 ? "; …" : "")
    }

    private static func differences(_ old: Any, _ new: Any, path: String, depth: Int) -> [String] {
        let a = Mirror(reflecting: old), b = Mirror(reflecting: new)
        let walkable: Set<Mirror.DisplayStyle> = [.struct, .class, .collection, .enum, .optional, .tuple]
        if depth < 5, let style = a.displayStyle, walkable.contains(style), a.displayStyle == b.displayStyle,
           a.children.count == b.children.count, !a.children.isEmpty {
            var found: [String] = []
            for (index, (x, y)) in zip(a.children, b.children).enumerated() where x.label == y.label && full(x.value) != full(y.value) {
                let step = style == .optional ? "" : style == .collection ? "[\(index)]" : "." + (x.label ?? "\(index)")
                found += differences(x.value, y.value, path: path + step, depth: depth + 1)
            }
            // The parse tree beside a text that differs says the same thing less readably.
            let readable = found.filter { !$0.hasPrefix(path + ".canonical") && !$0.contains(".canonical: ") && !$0.hasPrefix("canonical: ") }
            if !found.isEmpty { return readable.isEmpty ? found : readable }
        }
        let place = path.hasPrefix(".") ? String(path.dropFirst()) : path
        return ["\(place.isEmpty ? "" : place + ": ")\(short(old)) → \(short(new))"]
    }

    /// The object's name: a `name` or `identity` field, or the first element's for a list.
    private static func name(of value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection, let first = mirror.children.first {
            return name(of: first.value) + (mirror.children.count > 1 ? " (+\(mirror.children.count - 1))" : "")
        }
        if mirror.displayStyle == .tuple, let first = mirror.children.first { return name(of: first.value) }
        for child in mirror.children where child.label == "name" || child.label == "identity" { return "\(child.value)" }
        return short(value, limit: 80)
    }

    private static func full(_ value: Any) -> String { String(describing: value) }

    static func short(_ value: Any, limit: Int = 160) -> String {
        var text = SqldefPairRun.oneLine(String(describing: value))
        if text.hasPrefix("Optional("), text.hasSuffix(")") { text = String(text.dropFirst(9).dropLast()) }
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
