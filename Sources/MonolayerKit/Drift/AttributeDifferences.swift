import SchemaModel

/// Which attributes of two versions of an object differ, for a report a DBA reads.
enum AttributeDifferences {
    /// Properties that are not compared by the model (texts kept for writing SQL, rename hints), or
    /// that only repeat the object's identity.
    private static let ignored: Set<String> = ["definitionText", "keyNames", "renamedFrom", "name", "identity", "table",
                                               "queryDigest", "canonical", "text",
                                               "outputExpressions", "shape", "definitionDigest"]

    /// The stored properties that differ between `from` (expected) and `to` (the database), read with
    /// reflection so every object kind is covered by one rule; a value is shown when it reads as plain
    /// text (a name, a number, an expression), else only the attribute is named.
    static func between<T>(_ from: T, _ to: T) -> [ObjectDrift.Attribute] {
        let old = Mirror(reflecting: from).children
        let new = Dictionary(Mirror(reflecting: to).children.compactMap { child in child.label.map { (propertyName($0), child.value) } },
                             uniquingKeysWith: { first, _ in first })
        var attributes: [ObjectDrift.Attribute] = []
        for child in old {
            guard let label = child.label.map(propertyName), !ignored.contains(label), let value = new[label] else { continue }
            guard String(reflecting: child.value) != String(reflecting: value) else { continue }
            let (expected, actual) = (plainText(child.value), plainText(value))
            let shown = expected != nil && actual != nil
            attributes.append(ObjectDrift.Attribute(attribute: words(label), expected: shown ? expected : nil, actual: shown ? actual : nil))
        }
        return attributes
    }

    /// A stored property's name as declared: a property wrapper's storage reflects as `_name`.
    static func propertyName(_ label: String) -> String {
        label.hasPrefix("_") ? String(label.dropFirst()) : label
    }

    /// `defaultValue` → `default value`.
    static func words(_ label: String) -> String {
        label.reduce(into: "") { text, character in
            if character.isUppercase { text += " " + character.lowercased() } else { text.append(character) }
        }
    }

    /// A value as text when it has one a reader understands; nil for structures.
    static func plainText(_ value: Any) -> String? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return "none" }
            return plainText(wrapped)
        }
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag ? "yes" : "no"
        case let texts as [String]: return texts.isEmpty ? "none" : texts.joined(separator: ", ")
        case let pairs as [String: String]:
            return pairs.isEmpty ? "none" : pairs.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        case let names as Set<QualifiedName>: return names.isEmpty ? "none" : names.map(\.sql).sorted().joined(separator: ", ")
        case let raw as any RawRepresentable: return "\(raw.rawValue)"
        case is any Sequence: return nil
        case let described as any CustomStringConvertible: return described.description
        default: return nil
        }
    }
}

/// A column's differences in the words of `ALTER TABLE ... ALTER COLUMN`.
enum ColumnAttributes {
    static func differences(_ from: Column, _ to: Column) -> [ObjectDrift.Attribute] {
        var attributes: [ObjectDrift.Attribute] = []
        func compare(_ name: String, _ old: String, _ new: String) {
            if old != new { attributes.append(ObjectDrift.Attribute(attribute: name, expected: old, actual: new)) }
        }
        compare("type", from.type.sql, to.type.sql)
        compare("nullable", from.notNull ? "NOT NULL" : "NULL", to.notNull ? "NOT NULL" : "NULL")
        compare("default", from.defaultValue?.text ?? "none", to.defaultValue?.text ?? "none")
        compare("identity", from.identity.map { "GENERATED \($0.rawValue) AS IDENTITY" } ?? "none",
                to.identity.map { "GENERATED \($0.rawValue) AS IDENTITY" } ?? "none")
        if from.identity != nil, to.identity != nil, let old = from.identitySequence, let new = to.identitySequence, old != new {
            attributes += AttributeDifferences.between(old, new).map {
                var attribute = $0
                attribute.attribute = "identity sequence " + attribute.attribute
                return attribute
            }
        }
        compare("generated", from.generated.map { "(\($0.expression.text))\($0.stored ? " STORED" : " VIRTUAL")" } ?? "none",
                to.generated.map { "(\($0.expression.text))\($0.stored ? " STORED" : " VIRTUAL")" } ?? "none")
        compare("collation", from.collation?.sql ?? "default", to.collation?.sql ?? "default")
        if from.settings != to.settings { attributes += AttributeDifferences.between(from.settings, to.settings) }
        return attributes
    }
}
