/// The types common extensions create, so that an unqualified use (`toc cube`) resolves to the schema
/// the extension is installed in rather than to the first schema of the search path (MusicBrainz puts
/// its tables in `musicbrainz` and the cube extension in `public`). Types of extensions not listed here
/// still resolve to the first search-path schema, as before.
public enum ExtensionTypes {
    public static let byExtension: [String: [String]] = [
        "cube": ["cube"], "earthdistance": ["earth"], "citext": ["citext"], "hstore": ["hstore"],
        "ltree": ["ltree", "lquery", "ltxtquery"], "seg": ["seg"], "lo": ["lo"], "pg_trgm": ["gtrgm"],
        "isn": ["ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"],
        "intarray": ["query_int", "intbig_gkey"],
        "postgis": ["geometry", "geography", "box2d", "box3d", "spheroid"],
        "vector": ["vector", "halfvec", "sparsevec"],
    ]

    /// Type name → schema, for the extensions a model declares.
    public static func schemas(of extensions: [String: ExtensionDefinition], defaultSchema: String) -> [String: String] {
        var result: [String: String] = [:]
        for (name, definition) in extensions {
            for type in byExtension[name] ?? [] { result[type] = definition.schema ?? defaultSchema }
        }
        return result
    }
}
