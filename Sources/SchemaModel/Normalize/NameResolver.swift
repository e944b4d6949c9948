import SQLTree

/// Resolves unqualified names the way PostgreSQL would with a given `search_path`, against the objects
/// a schema declares. Both front ends qualify through this, so names meet in one spelling:
/// user-defined objects fully qualified, built-ins (pg_catalog) bare.
public struct NameResolver: Equatable, Sendable {
    public var searchPath: [String]
    /// User-defined types known to the model being built (enums, later domains and composites).
    public var userTypes: Set<QualifiedName>
    /// User-defined functions known to the model being built.
    public var userFunctions: Set<QualifiedName>
    /// Relations named inside string literals (`nextval('seq')`) resolve against these.
    public var userSequences: Set<QualifiedName>
    /// Types of the declared extensions → the schema they are installed in (see `ExtensionObjects`).
    public var extensionTypeSchemas: [String: String]
    /// Other named objects of the declared extensions (functions, operator classes) → their schema.
    public var extensionObjectSchemas: [String: String]

    public init(searchPath: [String] = ["public"], userTypes: Set<QualifiedName> = [], userFunctions: Set<QualifiedName> = [],
                userSequences: Set<QualifiedName> = [], extensionTypeSchemas: [String: String] = [:],
                extensionObjectSchemas: [String: String] = [:]) {
        self.searchPath = searchPath
        self.userTypes = userTypes
        self.userFunctions = userFunctions
        self.userSequences = userSequences
        self.extensionTypeSchemas = extensionTypeSchemas
        self.extensionObjectSchemas = extensionObjectSchemas
    }

    /// A sequence named in text, as `regclass` input resolves it: qualified as written, else the first
    /// search-path schema that declares it, else the first search-path schema.
    public func qualifySequence(_ text: String) -> QualifiedName {
        let parts = RelationNameParser.split(text)
        if parts.count >= 2 { return QualifiedName(parts[parts.count - 2], parts[parts.count - 1]) }
        let name = parts.first ?? text
        for schema in searchPath where userSequences.contains(QualifiedName(schema, name)) {
            return QualifiedName(schema, name)
        }
        return QualifiedName(searchPath.first ?? "public", name)
    }

    /// The canonical parts of a type name: `[schema, name]` for user types, `[name]` for built-ins.
    public func typeNameParts(_ names: [String]) -> [String] {
        let parts = resolve(names, among: userTypes)
        // Not built in and not declared: an extension's type (citext, hstore), found through the search path.
        if parts.count == 1, !BuiltinTypes.names.contains(parts[0]), let schema = searchPath.first, schema != "pg_catalog" {
            return [extensionTypeSchemas[parts[0]] ?? schema, parts[0]]
        }
        return parts
    }

    /// A call's function name. An unqualified name that pg_catalog has stays bare: pg_catalog is searched
    /// first, and without argument types the built-in is the likely target (the catalog prints it bare too).
    /// A name that is neither built in nor declared is an extension's function (`uuid_generate_v4`), which
    /// the catalog prints qualified: it is qualified like an extension's type.
    public func functionNameParts(_ names: [String]) -> [String] {
        if names.count == 1, BuiltinFunctions.names.contains(names[0]), searchPath.first != "pg_catalog" || searchPath.count == 1 {
            return names
        }
        let parts = resolve(names, among: userFunctions)
        if names.count == 1, parts.count == 1, let schema = searchPath.first, schema != "pg_catalog" {
            return [extensionObjectSchemas[parts[0]] ?? schema, parts[0]]
        }
        return parts
    }

    /// A function name as both front ends spell it: user functions qualified, built-ins bare.
    public func functionSQL(_ names: [String]) -> String {
        functionNameParts(names).map(Identifier.quote).joined(separator: ".")
    }

    /// The schema an unqualified relation name lands in (the first schema of the search path).
    public func qualifyRelation(_ names: [String]) -> QualifiedName {
        if names.count >= 2 { return QualifiedName(names[names.count - 2], names[names.count - 1]) }
        return QualifiedName(searchPath.first ?? "public", names.last ?? "")
    }

    /// A `RangeVar` node's relation (`schemaname`, `relname`), qualified like `qualifyRelation`.
    public func qualifyRelation(rangeVar: Node) -> QualifiedName {
        let body = rangeVar.body("RangeVar") ?? rangeVar
        return qualifyRelation([body.schemaname, body.relname].compactMap { $0 })
    }

    private func resolve(_ names: [String], among known: Set<QualifiedName>) -> [String] {
        if names.count >= 2 {
            let schema = names[names.count - 2]
            let name = names[names.count - 1]
            return schema == "pg_catalog" ? [name] : [schema, name]
        }
        guard let name = names.first else { return names }
        for schema in searchPath where known.contains(QualifiedName(schema, name)) {
            return [schema, name]
        }
        return [name]
    }
}
