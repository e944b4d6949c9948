/// Objects common extensions create under fixed names, so that an unqualified use resolves to the schema
/// the extension is installed in rather than to the first schema of the search path: a type (`toc cube`;
/// MusicBrainz puts its tables in `musicbrainz` and the cube extension in `public`) or a text search
/// dictionary (`WITH unaccent`). Objects of extensions not listed here resolve through the search path.
public enum ExtensionObjects {
    public static let typesByExtension: [String: [String]] = [
        "cube": ["cube"], "earthdistance": ["earth"], "citext": ["citext"], "hstore": ["hstore"],
        "ltree": ["ltree", "lquery", "ltxtquery"], "seg": ["seg"], "lo": ["lo"], "pg_trgm": ["gtrgm"],
        "isn": ["ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"],
        "intarray": ["query_int", "intbig_gkey"],
        "postgis": ["geometry", "geography", "box2d", "box3d", "spheroid"],
        "vector": ["vector", "halfvec", "sparsevec"],
    ]

    public static let dictionariesByExtension: [String: [String]] = [
        "unaccent": ["unaccent"], "dict_int": ["intdict"], "dict_xsyn": ["xsyn"],
    ]

    /// Object name → schema, for the declared extensions among `byExtension`'s. An extension declared
    /// without a schema counts in `defaultSchema`, or not at all when that is nil.
    public static func schemas(_ byExtension: [String: [String]], of extensions: [String: ExtensionDefinition],
                               defaultSchema: String?) -> [String: String] {
        var result: [String: String] = [:]
        for (name, definition) in extensions {
            guard let schema = definition.schema ?? defaultSchema else { continue }
            for object in byExtension[name] ?? [] { result[object] = schema }
        }
        return result
    }
}
