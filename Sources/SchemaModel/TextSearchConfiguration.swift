/// A text search configuration: its parser and, per token type, the dictionaries tried in order. This
/// is what the catalog holds (`pg_ts_config`, `pg_ts_config_map`); `COPY = other` and the mapping
/// statements are ways of arriving at it, so both front ends reduce to the full mapping table.
public struct TextSearchConfiguration: Equatable, Sendable {
    public var name: QualifiedName
    /// The parser, as the name resolver spells it (`default`, `public.myparser`).
    public var parser: String
    /// Token type alias (`asciiword`) → dictionaries in order (`english_stem`, `public.unaccent`).
    public var mappings: [String: [String]]

    public init(name: QualifiedName, parser: String, mappings: [String: [String]] = [:]) {
        self.name = name
        self.parser = parser
        self.mappings = mappings
    }

    /// `CREATE TEXT SEARCH CONFIGURATION` with the parser, then one `ADD MAPPING` per token type (as pg_dump writes it).
    public var createSQL: [String] {
        ["CREATE TEXT SEARCH CONFIGURATION \(name.sql) (PARSER = \(parser))"]
            + mappings.keys.sorted().map { addMappingSQL(for: $0) }
    }

    public func addMappingSQL(for token: String) -> String {
        "ALTER TEXT SEARCH CONFIGURATION \(name.sql) ADD MAPPING FOR \(Identifier.quote(token)) WITH \(mappings[token]!.joined(separator: ", "))"
    }
}
