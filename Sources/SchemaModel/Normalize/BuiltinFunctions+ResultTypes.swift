/// The result types of built-in functions, so that a cast to the type a call already has can be
/// dropped as PostgreSQL drops it (`current_setting('x', true)::text` is stored without the cast).
///
/// Read from pg_proc on PostgreSQL 15 and 18: the pg_catalog functions (not operator, type I/O,
/// aggregate-support or cast functions) whose every overload returns one and the same non-polymorphic
/// type, the same on both versions.
extension BuiltinFunctions {
    /// Function name → the result type, as `format_type` prints it.
    static let resultTypes: [String: String] = {
        var types: [String: String] = [:]
        for (type, names) in namesByResultType {
            for name in WordList.words(names) { types[name] = type }
        }
        return types
    }()

    private static let namesByResultType: [String: String] = [
        "aclitem": """
            makeaclitem
            """,
        "aclitem[]": """
            acldefault
            """,
        "bigint": """
            bit_count count currval dense_rank gin_clean_pending_list lastval lo_lseek64 lo_tell64 nextval rank
            regr_count row_number setval txid_current txid_current_if_assigned txid_snapshot_xmax
            txid_snapshot_xmin
            """,
        "boolean": """
            amvalidate bool_and bool_or every has_any_column_privilege has_column_privilege
            has_database_privilege has_foreign_data_wrapper_privilege has_function_privilege
            has_language_privilege has_parameter_privilege has_schema_privilege has_sequence_privilege
            has_server_privilege has_table_privilege has_tablespace_privilege has_type_privilege is_normalized
            isclosed isfinite ishorizontal isopen isparallel isperp isvertical jsonb_path_exists
            jsonb_path_exists_tz jsonb_path_match jsonb_path_match_tz like lower_inc lower_inf notlike overlaps
            postgresql_fdw_validator regexp_like row_security_active satisfies_hash_partition
            txid_visible_in_snapshot upper_inc upper_inf xml_is_well_formed xml_is_well_formed_content
            xml_is_well_formed_document xmlexists xmlvalidate xpath_exists
            """,
        "bytea": """
            convert convert_to decode enum_send lo_get loread set_byte sha224 sha256 sha384 sha512
            """,
        "cidr": """
            network
            """,
        "date": """
            make_date to_date
            """,
        "daterange": """
            daterange daterange_canonical
            """,
        "double precision": """
            acos acosd acosh area asin asind asinh atan atan2 atan2d atand atanh cbrt corr cos cosd cosh cot
            cotd covar_pop covar_samp cume_dist date_part daterange_subdiff degrees dexp diameter dlog1 dlog10
            dround dtrunc height int4range_subdiff int8range_subdiff numrange_subdiff percent_rank pi radians
            radius regr_avgx regr_avgy regr_intercept regr_r2 regr_slope regr_sxx regr_sxy regr_syy sin sind
            sinh slope tan tand tanh tsrange_subdiff tstzrange_subdiff width
            """,
        "inet": """
            broadcast hostmask inet_client_addr inet_server_addr netmask
            """,
        "int4range": """
            int4range int4range_canonical
            """,
        "int8range": """
            int8range int8range_canonical
            """,
        "integer": """
            array_length array_lower array_ndims array_position array_upper ascii big5_to_euc_tw big5_to_mic
            big5_to_utf8 bit_length brin_summarize_new_values brin_summarize_range cardinality char_length
            character_length euc_cn_to_mic euc_cn_to_utf8 euc_jis_2004_to_shift_jis_2004 euc_jis_2004_to_utf8
            euc_jp_to_mic euc_jp_to_sjis euc_jp_to_utf8 euc_kr_to_mic euc_kr_to_utf8 euc_tw_to_big5
            euc_tw_to_mic euc_tw_to_utf8 family gb18030_to_utf8 gbk_to_utf8 get_bit get_byte inet_client_port
            inet_server_port int4inc iso8859_1_to_utf8 iso8859_to_utf8 iso_to_koi8r iso_to_mic iso_to_win1251
            iso_to_win866 johab_to_utf8 json_array_length jsonb_array_length koi8r_to_iso koi8r_to_mic
            koi8r_to_utf8 koi8r_to_win1251 koi8r_to_win866 koi8u_to_utf8 latin1_to_mic latin2_to_mic
            latin2_to_win1250 latin3_to_mic latin4_to_mic lo_close lo_export lo_lseek lo_open lo_tell
            lo_truncate lo_truncate64 lo_unlink lowrite masklen mic_to_big5 mic_to_euc_cn mic_to_euc_jp
            mic_to_euc_kr mic_to_euc_tw mic_to_iso mic_to_koi8r mic_to_latin1 mic_to_latin2 mic_to_latin3
            mic_to_latin4 mic_to_sjis mic_to_win1250 mic_to_win1251 mic_to_win866 min_scale mxid_age npoints
            ntile num_nonnulls num_nulls numnode octet_length position regexp_count regexp_instr scale
            shift_jis_2004_to_euc_jis_2004 shift_jis_2004_to_utf8 sjis_to_euc_jp sjis_to_mic sjis_to_utf8
            strpos textlen uhc_to_utf8 utf8_to_big5 utf8_to_euc_cn utf8_to_euc_jis_2004 utf8_to_euc_jp
            utf8_to_euc_kr utf8_to_euc_tw utf8_to_gb18030 utf8_to_gbk utf8_to_iso8859 utf8_to_iso8859_1
            utf8_to_johab utf8_to_koi8r utf8_to_koi8u utf8_to_shift_jis_2004 utf8_to_sjis utf8_to_uhc
            utf8_to_win width_bucket win1250_to_latin2 win1250_to_mic win1251_to_iso win1251_to_koi8r
            win1251_to_mic win1251_to_win866 win866_to_iso win866_to_koi8r win866_to_mic win866_to_win1251
            win_to_utf8
            """,
        "integer[]": """
            array_positions
            """,
        "interval": """
            justify_days justify_hours justify_interval make_interval
            """,
        "json": """
            array_to_json json_agg json_build_array json_build_object json_object json_object_agg
            json_strip_nulls row_to_json to_json
            """,
        "jsonb": """
            jsonb_agg jsonb_build_array jsonb_build_object jsonb_insert jsonb_object jsonb_object_agg
            jsonb_path_query_array jsonb_path_query_array_tz jsonb_path_query_first jsonb_path_query_first_tz
            jsonb_set jsonb_set_lax jsonb_strip_nulls to_jsonb
            """,
        "line": """
            line
            """,
        "lseg": """
            diagonal
            """,
        "macaddr8": """
            macaddr8_set7bit
            """,
        "name": """
            current_database current_schema current_user getdatabaseencoding getpgusername nameconcatoid
            session_user
            """,
        "name[]": """
            current_schemas
            """,
        "numeric": """
            div extract factorial int8_sum numeric_div_trunc numeric_exp numeric_inc numeric_ln numeric_log
            numeric_sqrt to_number trim_scale
            """,
        "numrange": """
            numrange
            """,
        "oid": """
            lo_creat lo_create lo_from_bytea lo_import
            """,
        "path": """
            pclose popen
            """,
        "point": """
            center
            """,
        "real": """
            ts_rank ts_rank_cd
            """,
        "regclass": """
            to_regclass
            """,
        "regcollation": """
            to_regcollation
            """,
        "regconfig": """
            get_current_ts_config
            """,
        "regnamespace": """
            to_regnamespace
            """,
        "regoper": """
            to_regoper
            """,
        "regoperator": """
            to_regoperator
            """,
        "regproc": """
            to_regproc
            """,
        "regprocedure": """
            to_regprocedure
            """,
        "regrole": """
            to_regrole
            """,
        "regtype": """
            to_regtype
            """,
        "text": """
            abbrev array_dims array_to_string cash_words chr col_description concat concat_ws convert_from
            current_query current_setting encode format format_type host initcap json_typeof jsonb_pretty
            jsonb_typeof left lpad md5 normalize obj_description oidvectortypes querytree quote_ident
            quote_literal quote_nullable regexp_replace regexp_substr repeat replace right rpad set_config
            shobj_description similar_escape similar_to_escape split_part timeofday to_ascii to_char to_hex
            translate txid_status unistr version
            """,
        "text[]": """
            parse_ident regexp_match regexp_split_to_array string_to_array ts_lexize tsvector_to_array
            """,
        "tid": """
            currtid2
            """,
        "time without time zone": """
            make_time
            """,
        "timestamp with time zone": """
            clock_timestamp make_timestamptz now statement_timestamp to_timestamp transaction_timestamp
            """,
        "timestamp without time zone": """
            make_timestamp
            """,
        "tsquery": """
            phraseto_tsquery plainto_tsquery to_tsquery ts_rewrite websearch_to_tsquery
            """,
        "tsrange": """
            tsrange
            """,
        "tstzrange": """
            tstzrange
            """,
        "tsvector": """
            array_to_tsvector json_to_tsvector jsonb_to_tsvector setweight strip to_tsvector ts_delete
            ts_filter
            """,
        "txid_snapshot": """
            txid_current_snapshot
            """,
        "uuid": """
            gen_random_uuid
            """,
        "xml": """
            cursor_to_xml cursor_to_xmlschema database_to_xml database_to_xml_and_xmlschema
            database_to_xmlschema query_to_xml query_to_xml_and_xmlschema query_to_xmlschema schema_to_xml
            schema_to_xml_and_xmlschema schema_to_xmlschema table_to_xml table_to_xml_and_xmlschema
            table_to_xmlschema xmlagg xmlcomment
            """,
        "xml[]": """
            xpath
            """,
    ]
}
