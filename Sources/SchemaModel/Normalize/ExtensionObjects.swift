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

    /// Functions, which the catalog prints qualified (`public.uuid_generate_v4()`) and users call bare.
    public static let functionsByExtension: [String: [String]] = [
        "uuid-ossp": ["uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v3", "uuid_generate_v4", "uuid_generate_v5",
                      "uuid_nil", "uuid_ns_dns", "uuid_ns_url", "uuid_ns_oid", "uuid_ns_x500"],
        "pgcrypto": ["gen_random_bytes", "gen_salt", "crypt", "digest", "hmac", "encrypt", "decrypt", "pgp_sym_encrypt",
                     "pgp_sym_decrypt", "pgp_pub_encrypt", "pgp_pub_decrypt", "armor", "dearmor"],
        "pg_trgm": ["similarity", "word_similarity", "strict_word_similarity", "show_trgm"],
        "unaccent": ["unaccent"], "fuzzystrmatch": ["levenshtein", "soundex", "difference", "metaphone", "dmetaphone"],
        "earthdistance": ["ll_to_earth", "earth_distance", "earth_box"],
    ]

    /// Operator classes, which `pg_get_indexdef` prints qualified and users write bare.
    public static let operatorClassesByExtension: [String: [String]] = [
        "pg_trgm": ["gin_trgm_ops", "gist_trgm_ops"], "citext": ["citext_ops"], "hstore": ["gin_hstore_ops", "gist_hstore_ops"],
        "ltree": ["gist_ltree_ops", "gist__ltree_ops"], "intarray": ["gin__int_ops", "gist__int_ops", "gist__intbig_ops"],
        "vector": ["vector_l2_ops", "vector_ip_ops", "vector_cosine_ops", "vector_l1_ops", "halfvec_l2_ops", "halfvec_ip_ops",
                   "halfvec_cosine_ops", "halfvec_l1_ops", "sparsevec_l2_ops", "sparsevec_ip_ops", "sparsevec_cosine_ops",
                   "sparsevec_l1_ops", "bit_hamming_ops", "bit_jaccard_ops"],
    ]

    /// Access method → extension type → the operator class the extension declares `DEFAULT FOR TYPE`:
    /// `pg_get_indexdef` leaves it out like a built-in default, and the type and class share the
    /// extension's schema.
    public static let defaultOperatorClasses: [String: [String: String]] = [
        "btree": ["citext": "citext_ops", "hstore": "btree_hstore_ops", "ltree": "ltree_ops", "cube": "cube_ops"],
        "hash": ["hstore": "hash_hstore_ops", "citext": "citext_ops"],
        "gist": ["hstore": "gist_hstore_ops", "ltree": "gist_ltree_ops", "cube": "gist_cube_ops"],
        "gin": ["hstore": "gin_hstore_ops"],
        "ivfflat": ["vector": "vector_l2_ops"],
    ]

    /// Object name → schema, for the declared extensions among `byExtension`'s. An extension declared
    /// without a schema counts in `defaultSchema`, or not at all when that is nil.
    public static func schemas(_ byExtension: [String: [String]], of extensions: ObjectMap<String, ExtensionDefinition>,
                               defaultSchema: String?) -> [String: String] {
        var result: [String: String] = [:]
        for (name, definition) in extensions {
            guard let schema = definition.schema ?? defaultSchema else { continue }
            for object in byExtension[name] ?? [] { result[object] = schema }
        }
        return result
    }
}
