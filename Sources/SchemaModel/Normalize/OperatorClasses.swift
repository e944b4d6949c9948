import Foundation

/// PostgreSQL's built-in operator classes (pg_opclass in pg_catalog; the same on PostgreSQL 15 and 18).
///
/// `pg_get_indexdef` leaves out a key's operator class when it is the default for the key's type and
/// the index's access method (`GetDefaultOpClass`), and qualifies one outside pg_catalog; users name
/// the default (`name text_ops`) and leave extensions' classes bare (`gin_trgm_ops`). Both front ends
/// read index keys through `canonical`, so the two spellings meet.
public enum OperatorClasses {
    /// Every operator class name in pg_catalog.
    static let builtinNames: Set<String> = Set(WordList.words(names))

    /// Access method → input type (as `format_type` prints it) → default operator class.
    static let defaults: [String: [String: String]] = defaultsText.mapValues { text in
        var result: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: ":").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            result[parts[0]] = parts[1]
        }
        return result
    }

    /// Types without a class of their own, and the input type whose default they take (`GetDefaultOpClass`
    /// falls back to the one class the type is binary-coercible to, or that of its polymorphic family).
    static let fallbackTypes: [String: String] = {
        var types = ["character varying": "text", "cidr": "inet"]
        for range in ["int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange"] {
            types[range] = "anyrange"
            types[range.replacingOccurrences(of: "range", with: "multirange")] = "anymultirange"
        }
        return types
    }()

    /// The default operator class of `method` for keys of `type`, when it is a built-in type.
    public static func defaultName(method: String, type: TypeReference) -> String? {
        guard let classes = defaults[method] else { return nil }
        if type.isArray { return classes["anyarray"] }
        guard type.userType == nil else { return nil }
        return classes[type.baseName] ?? fallbackTypes[type.baseName].flatMap { classes[$0] }
    }

    /// The operator class of an index key as the model keeps it: nil for the default of the key's type,
    /// built-ins bare, others qualified (an extension's in the schema it is installed in).
    public static func canonical(_ names: [String], method: String, keyType: TypeReference?, resolver: NameResolver) -> String? {
        let parts = names.count >= 2 && names[names.count - 2] == "pg_catalog" ? [names[names.count - 1]] : names
        guard let name = parts.last else { return nil }
        if parts.count == 1, let keyType, defaultName(method: method, type: keyType) == name { return nil }
        if let type = keyType?.userType, keyType?.isArray == false, ExtensionObjects.defaultOperatorClasses[method]?[type.name] == name,
           parts.count == 1 || parts[parts.count - 2] == type.schema {
            return nil
        }
        if parts.count == 1, !builtinNames.contains(name), let schema = resolver.searchPath.first, schema != "pg_catalog" {
            return QualifiedName(resolver.extensionObjectSchemas[name] ?? schema, name).sql
        }
        return parts.joined(separator: ".")
    }

    private static let names = """
        aclitem_ops array_ops bit_minmax_ops bit_ops bool_ops box_inclusion_ops box_ops bpchar_bloom_ops
        bpchar_minmax_ops bpchar_ops bpchar_pattern_ops bytea_bloom_ops bytea_minmax_ops bytea_ops
        char_bloom_ops char_minmax_ops char_ops cid_ops cidr_ops circle_ops date_bloom_ops
        date_minmax_multi_ops date_minmax_ops date_ops enum_ops float4_bloom_ops float4_minmax_multi_ops
        float4_minmax_ops float4_ops float8_bloom_ops float8_minmax_multi_ops float8_minmax_ops float8_ops
        inet_bloom_ops inet_inclusion_ops inet_minmax_multi_ops inet_minmax_ops inet_ops int2_bloom_ops
        int2_minmax_multi_ops int2_minmax_ops int2_ops int4_bloom_ops int4_minmax_multi_ops int4_minmax_ops
        int4_ops int8_bloom_ops int8_minmax_multi_ops int8_minmax_ops int8_ops interval_bloom_ops
        interval_minmax_multi_ops interval_minmax_ops interval_ops jsonb_ops jsonb_path_ops kd_point_ops
        macaddr8_bloom_ops macaddr8_minmax_multi_ops macaddr8_minmax_ops macaddr8_ops macaddr_bloom_ops
        macaddr_minmax_multi_ops macaddr_minmax_ops macaddr_ops money_ops multirange_ops name_bloom_ops
        name_minmax_ops name_ops numeric_bloom_ops numeric_minmax_multi_ops numeric_minmax_ops numeric_ops
        oid_bloom_ops oid_minmax_multi_ops oid_minmax_ops oid_ops oidvector_ops pg_lsn_bloom_ops
        pg_lsn_minmax_multi_ops pg_lsn_minmax_ops pg_lsn_ops point_ops poly_ops quad_point_ops
        range_inclusion_ops range_ops record_image_ops record_ops text_bloom_ops text_minmax_ops text_ops
        text_pattern_ops tid_bloom_ops tid_minmax_multi_ops tid_minmax_ops tid_ops time_bloom_ops
        time_minmax_multi_ops time_minmax_ops time_ops timestamp_bloom_ops timestamp_minmax_multi_ops
        timestamp_minmax_ops timestamp_ops timestamptz_bloom_ops timestamptz_minmax_multi_ops
        timestamptz_minmax_ops timestamptz_ops timetz_bloom_ops timetz_minmax_multi_ops timetz_minmax_ops
        timetz_ops tsquery_ops tsvector_ops uuid_bloom_ops uuid_minmax_multi_ops uuid_minmax_ops uuid_ops
        varbit_minmax_ops varbit_ops varchar_ops varchar_pattern_ops xid8_ops xid_ops
        """

    private static let defaultsText: [String: String] = [
        "brin": """
            "char": char_minmax_ops, anyrange: range_inclusion_ops, bigint: int8_minmax_ops,
            bit: bit_minmax_ops, bit varying: varbit_minmax_ops, box: box_inclusion_ops,
            bytea: bytea_minmax_ops, character: bpchar_minmax_ops, date: date_minmax_ops,
            double precision: float8_minmax_ops, inet: inet_inclusion_ops, integer: int4_minmax_ops,
            interval: interval_minmax_ops, macaddr: macaddr_minmax_ops, macaddr8: macaddr8_minmax_ops,
            name: name_minmax_ops, numeric: numeric_minmax_ops, oid: oid_minmax_ops, pg_lsn: pg_lsn_minmax_ops,
            real: float4_minmax_ops, smallint: int2_minmax_ops, text: text_minmax_ops, tid: tid_minmax_ops,
            time with time zone: timetz_minmax_ops, time without time zone: time_minmax_ops,
            timestamp with time zone: timestamptz_minmax_ops,
            timestamp without time zone: timestamp_minmax_ops, uuid: uuid_minmax_ops
            """,
        "btree": """
            "char": char_ops, anyarray: array_ops, anyenum: enum_ops, anymultirange: multirange_ops,
            anyrange: range_ops, bigint: int8_ops, bit: bit_ops, bit varying: varbit_ops, boolean: bool_ops,
            bytea: bytea_ops, character: bpchar_ops, date: date_ops, double precision: float8_ops,
            inet: inet_ops, integer: int4_ops, interval: interval_ops, jsonb: jsonb_ops, macaddr: macaddr_ops,
            macaddr8: macaddr8_ops, money: money_ops, name: name_ops, numeric: numeric_ops, oid: oid_ops,
            oidvector: oidvector_ops, pg_lsn: pg_lsn_ops, real: float4_ops, record: record_ops,
            smallint: int2_ops, text: text_ops, tid: tid_ops, time with time zone: timetz_ops,
            time without time zone: time_ops, timestamp with time zone: timestamptz_ops,
            timestamp without time zone: timestamp_ops, tsquery: tsquery_ops, tsvector: tsvector_ops,
            uuid: uuid_ops, xid8: xid8_ops
            """,
        "gin": """
            anyarray: array_ops, jsonb: jsonb_ops, tsvector: tsvector_ops
            """,
        "gist": """
            anymultirange: multirange_ops, anyrange: range_ops, box: box_ops, circle: circle_ops,
            point: point_ops, polygon: poly_ops, tsquery: tsquery_ops, tsvector: tsvector_ops
            """,
        "hash": """
            "char": char_ops, aclitem: aclitem_ops, anyarray: array_ops, anyenum: enum_ops,
            anymultirange: multirange_ops, anyrange: range_ops, bigint: int8_ops, boolean: bool_ops,
            bytea: bytea_ops, character: bpchar_ops, cid: cid_ops, date: date_ops,
            double precision: float8_ops, inet: inet_ops, integer: int4_ops, interval: interval_ops,
            jsonb: jsonb_ops, macaddr: macaddr_ops, macaddr8: macaddr8_ops, name: name_ops,
            numeric: numeric_ops, oid: oid_ops, oidvector: oidvector_ops, pg_lsn: pg_lsn_ops, real: float4_ops,
            record: record_ops, smallint: int2_ops, text: text_ops, tid: tid_ops,
            time with time zone: timetz_ops, time without time zone: time_ops,
            timestamp with time zone: timestamptz_ops, timestamp without time zone: timestamp_ops,
            uuid: uuid_ops, xid: xid_ops, xid8: xid8_ops
            """,
        "spgist": """
            anyrange: range_ops, box: box_ops, inet: inet_ops, point: quad_point_ops, polygon: poly_ops,
            text: text_ops
            """,
    ]
}
