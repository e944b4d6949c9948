import SchemaModel
import SQLTree

/// `COLLATE x` as both front ends name it: a collation the files declare (found through the search
/// path), else the built-in one in pg_catalog; `default` is no collation of its own.
enum CollationName {
    static func resolve(_ clause: Node?, resolver: NameResolver, declared: Set<QualifiedName>) -> QualifiedName? {
        guard let clause else { return nil }
        return resolve(names: (clause.body("CollateClause") ?? clause).collname.nameList, resolver: resolver, declared: declared)
    }

    static func resolve(names: [String], resolver: NameResolver, declared: Set<QualifiedName>) -> QualifiedName? {
        if names.count >= 2 {
            let name = QualifiedName(names[names.count - 2], names[names.count - 1])
            return name == QualifiedName("pg_catalog", "default") ? nil : name
        }
        guard let name = names.first, name != "default" else { return nil }
        for schema in resolver.searchPath where declared.contains(QualifiedName(schema, name)) {
            return QualifiedName(schema, name)
        }
        return QualifiedName("pg_catalog", name)
    }
}
