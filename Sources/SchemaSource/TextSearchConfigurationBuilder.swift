import SchemaModel
import SQLTree

/// `CREATE TEXT SEARCH CONFIGURATION` and `ALTER TEXT SEARCH CONFIGURATION ... MAPPING` → the
/// configuration's full mapping table, which is all the catalog keeps. `COPY = english` copies the
/// built-in configuration's mappings, which the files know (see `BuiltinTextSearch`).
struct TextSearchConfigurationBuilder {
    let source: StatementSource
    let resolver: NameResolver
    /// Declared extensions: a dictionary of a contrib extension lives in the extension's schema.
    var extensions: ObjectMap<String, ExtensionDefinition> = [:]

    func create(_ body: Node, declared: ObjectMap<QualifiedName, TextSearchConfiguration>) throws(Diagnostic) -> TextSearchConfiguration {
        let name = resolver.qualifyRelation(body.defnames.nameList)
        let options = body.definition.map(DefinitionOption.init)
        guard options.count == 1, let option = options.first else {
            throw source.diagnostic(atByte: nil, "a text search configuration needs exactly one of PARSER or COPY")
        }
        let names = option.names ?? []
        switch option.name.lowercased() {
        case "parser":
            guard names == ["default"] || names == ["pg_catalog", "default"] else {
                throw source.diagnostic(at: option.node, "text search parser \(names.joined(separator: ".")) is not supported",
                                        hint: "monolayer models configurations of the built-in parser pg_catalog.\"default\" only")
            }
            return TextSearchConfiguration(name: name, parser: BuiltinTextSearch.parser)
        case "copy":
            if names.count == 1 || names.first != "pg_catalog", let found = declared[resolver.qualifyRelation(names)] {
                return TextSearchConfiguration(name: name, parser: found.parser, mappings: found.mappings)
            }
            if names.count == 1 || names.first == "pg_catalog", let mappings = BuiltinTextSearch.mappings(of: names.last ?? "") {
                return TextSearchConfiguration(name: name, parser: BuiltinTextSearch.parser, mappings: mappings)
            }
            throw source.diagnostic(at: option.node, "text search configuration \(names.joined(separator: ".")) to copy is not declared")
        default:
            throw source.diagnostic(at: option.node, "text search configuration option \(option.name) is not supported")
        }
    }

    func alter(_ body: Node, in declared: inout ObjectMap<QualifiedName, TextSearchConfiguration>) throws(Diagnostic) {
        let name = resolver.qualifyRelation(body.cfgname.nameList)
        guard var configuration = declared[name] else {
            throw source.diagnostic(atByte: nil, "ALTER TEXT SEARCH CONFIGURATION names \(name), which is not declared")
        }
        let tokens = body.tokentype.compactMap(\.stringValue)
        if let unknown = tokens.first(where: { !BuiltinTextSearch.tokenTypes.contains($0) }) {
            throw source.diagnostic(atByte: nil, "token type \"\(unknown)\" does not exist in the default parser")
        }
        let dictionaries = body.dicts.map { dictionary($0.body("List")?.items.nameList ?? $0.nameList) }
        switch body.kindField ?? "" {
        case "ALTER_TSCONFIG_ADD_MAPPING", "ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN":
            // ALTER replaces a mapping; ADD onto an existing one fails in PostgreSQL, so it does here.
            let replace = body.override?.bool == true
            for token in tokens {
                if !replace, configuration.mappings[token] != nil {
                    throw source.diagnostic(atByte: nil, "token type \"\(token)\" of \(name) is already mapped",
                                            hint: "use ALTER MAPPING FOR to change its dictionaries")
                }
                configuration.mappings[token] = dictionaries
            }
        case "ALTER_TSCONFIG_REPLACE_DICT", "ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN":
            guard dictionaries.count == 2 else { throw source.diagnostic(atByte: nil, "ALTER MAPPING REPLACE needs two dictionaries") }
            for token in tokens.isEmpty ? Array(configuration.mappings.keys) : tokens {
                configuration.mappings[token] = configuration.mappings[token]?.map { $0 == dictionaries[0] ? dictionaries[1] : $0 }
            }
        case "ALTER_TSCONFIG_DROP_MAPPING":
            for token in tokens {
                guard configuration.mappings.removeValue(forKey: token) != nil || body.missing_ok else {
                    throw source.diagnostic(atByte: nil, "mapping for token type \"\(token)\" does not exist in \(name)")
                }
            }
        case let other:
            throw source.diagnostic(atByte: nil, "ALTER TEXT SEARCH CONFIGURATION \(other) is not supported")
        }
        declared[name] = configuration
    }

    /// Built-in dictionaries bare; an extension's (`unaccent`) in the schema the extension is created in,
    /// when the files say which; others qualified through the search path.
    func dictionary(_ names: [String]) -> String {
        if names.count >= 2 {
            return names[names.count - 2] == "pg_catalog" ? Identifier.quote(names.last!) : names.suffix(2).map(Identifier.quote).joined(separator: ".")
        }
        let name = names.first ?? ""
        if BuiltinTextSearch.dictionaries.contains(name) { return Identifier.quote(name) }
        if let schema = ExtensionObjects.schemas(ExtensionObjects.dictionariesByExtension, of: extensions, defaultSchema: nil)[name] {
            return Identifier.quote(schema) + "." + Identifier.quote(name)
        }
        let schema = resolver.searchPath.first { $0 != "pg_catalog" } ?? "public"
        return Identifier.quote(schema) + "." + Identifier.quote(name)
    }
}
