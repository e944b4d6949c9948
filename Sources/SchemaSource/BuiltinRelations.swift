import SchemaModel

/// The columns of PostgreSQL's own relations (`pg_catalog` and `information_schema`), which views may read:
/// read off the catalogs of PostgreSQL 18, and of 15 where they differ (`BuiltinRelationsTests` compares the
/// list with the server's catalog). `*` over a relation whose columns differ between those versions is
/// refused: PostgreSQL stores the columns of the server at hand, which schema files cannot know.
public enum BuiltinRelations {
    static func isSystemSchema(_ schema: String) -> Bool { schema == "pg_catalog" || schema == "information_schema" }

    /// The columns of a built-in relation (for one that differs between versions, the columns either
    /// version has, 18's first), and whether they differ between versions; nil when there is no such relation.
    static func columns(of name: QualifiedName) -> (columns: [String], versionDependent: Bool)? {
        let key = name.schema + "." + name.name
        guard isSystemSchema(name.schema), let columns = current[key] else { return nil }
        guard let older = previous[key] else { return (columns, false) }
        if older == ["-"] { return (columns, true) }
        return (columns + older.filter { !columns.contains($0) }, true)
    }

    /// The columns the list gives a relation on one server major version (15 and 18 are read off; the
    /// versions between take 18's where 15 differs); nil when the relation is not there.
    public static func columns(of name: QualifiedName, major: Int) -> [String]? {
        let key = name.schema + "." + name.name
        if major < 18, let older = previous[key] { return older == ["-"] ? nil : older }
        return current[key]
    }

    /// Every relation the list knows, for the test that compares it with a server.
    public static var names: [QualifiedName] {
        current.keys.sorted().map { key in
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            return QualifiedName(parts[0], parts[1])
        }
    }

    static let current = parse(postgres18)
    static let previous = parse(postgres15)

    /// Lines of `name: word word ...`, continued on lines without a colon.
    static func parse(_ text: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var name = ""
        for line in WordList.lines(text) {
            var words = WordList.words(line)
            if let first = words.first, first.hasSuffix(":") {
                name = String(first.dropLast())
                words.removeFirst()
            }
            result[name, default: []] += words
        }
        return result
    }

    /// PostgreSQL 18.
    private static let postgres18 = """
        information_schema._pg_foreign_data_wrappers: oid fdwowner fdwoptions foreign_data_wrapper_catalog
            foreign_data_wrapper_name authorization_identifier foreign_data_wrapper_language
        information_schema._pg_foreign_servers: oid srvoptions foreign_server_catalog foreign_server_name
            foreign_data_wrapper_catalog foreign_data_wrapper_name foreign_server_type foreign_server_version
            authorization_identifier
        information_schema._pg_foreign_table_columns: nspname relname attname attfdwoptions
        information_schema._pg_foreign_tables: foreign_table_catalog foreign_table_schema foreign_table_name ftoptions
            foreign_server_catalog foreign_server_name authorization_identifier
        information_schema._pg_user_mappings: oid umoptions umuser authorization_identifier foreign_server_catalog
            foreign_server_name srvowner
        information_schema.administrable_role_authorizations: grantee role_name is_grantable
        information_schema.applicable_roles: grantee role_name is_grantable
        information_schema.attributes: udt_catalog udt_schema udt_name attribute_name ordinal_position attribute_default
            is_nullable data_type character_maximum_length character_octet_length character_set_catalog
            character_set_schema character_set_name collation_catalog collation_schema collation_name numeric_precision
            numeric_precision_radix numeric_scale datetime_precision interval_type interval_precision
            attribute_udt_catalog attribute_udt_schema attribute_udt_name scope_catalog scope_schema scope_name
            maximum_cardinality dtd_identifier is_derived_reference_attribute
        information_schema.character_sets: character_set_catalog character_set_schema character_set_name
            character_repertoire form_of_use default_collate_catalog default_collate_schema default_collate_name
        information_schema.check_constraint_routine_usage: constraint_catalog constraint_schema constraint_name
            specific_catalog specific_schema specific_name
        information_schema.check_constraints: constraint_catalog constraint_schema constraint_name check_clause
        information_schema.collation_character_set_applicability: collation_catalog collation_schema collation_name
            character_set_catalog character_set_schema character_set_name
        information_schema.collations: collation_catalog collation_schema collation_name pad_attribute
        information_schema.column_column_usage: table_catalog table_schema table_name column_name dependent_column
        information_schema.column_domain_usage: domain_catalog domain_schema domain_name table_catalog table_schema
            table_name column_name
        information_schema.column_options: table_catalog table_schema table_name column_name option_name option_value
        information_schema.column_privileges: grantor grantee table_catalog table_schema table_name column_name
            privilege_type is_grantable
        information_schema.column_udt_usage: udt_catalog udt_schema udt_name table_catalog table_schema table_name
            column_name
        information_schema.columns: table_catalog table_schema table_name column_name ordinal_position column_default
            is_nullable data_type character_maximum_length character_octet_length numeric_precision
            numeric_precision_radix numeric_scale datetime_precision interval_type interval_precision
            character_set_catalog character_set_schema character_set_name collation_catalog collation_schema
            collation_name domain_catalog domain_schema domain_name udt_catalog udt_schema udt_name scope_catalog
            scope_schema scope_name maximum_cardinality dtd_identifier is_self_referencing is_identity
            identity_generation identity_start identity_increment identity_maximum identity_minimum identity_cycle
            is_generated generation_expression is_updatable
        information_schema.constraint_column_usage: table_catalog table_schema table_name column_name constraint_catalog
            constraint_schema constraint_name
        information_schema.constraint_table_usage: table_catalog table_schema table_name constraint_catalog
            constraint_schema constraint_name
        information_schema.data_type_privileges: object_catalog object_schema object_name object_type dtd_identifier
        information_schema.domain_constraints: constraint_catalog constraint_schema constraint_name domain_catalog
            domain_schema domain_name is_deferrable initially_deferred
        information_schema.domain_udt_usage: udt_catalog udt_schema udt_name domain_catalog domain_schema domain_name
        information_schema.domains: domain_catalog domain_schema domain_name data_type character_maximum_length
            character_octet_length character_set_catalog character_set_schema character_set_name collation_catalog
            collation_schema collation_name numeric_precision numeric_precision_radix numeric_scale datetime_precision
            interval_type interval_precision domain_default udt_catalog udt_schema udt_name scope_catalog scope_schema
            scope_name maximum_cardinality dtd_identifier
        information_schema.element_types: object_catalog object_schema object_name object_type
            collection_type_identifier data_type character_maximum_length character_octet_length character_set_catalog
            character_set_schema character_set_name collation_catalog collation_schema collation_name numeric_precision
            numeric_precision_radix numeric_scale datetime_precision interval_type interval_precision udt_catalog
            udt_schema udt_name scope_catalog scope_schema scope_name maximum_cardinality dtd_identifier
        information_schema.enabled_roles: role_name
        information_schema.foreign_data_wrapper_options: foreign_data_wrapper_catalog foreign_data_wrapper_name
            option_name option_value
        information_schema.foreign_data_wrappers: foreign_data_wrapper_catalog foreign_data_wrapper_name
            authorization_identifier library_name foreign_data_wrapper_language
        information_schema.foreign_server_options: foreign_server_catalog foreign_server_name option_name option_value
        information_schema.foreign_servers: foreign_server_catalog foreign_server_name foreign_data_wrapper_catalog
            foreign_data_wrapper_name foreign_server_type foreign_server_version authorization_identifier
        information_schema.foreign_table_options: foreign_table_catalog foreign_table_schema foreign_table_name
            option_name option_value
        information_schema.foreign_tables: foreign_table_catalog foreign_table_schema foreign_table_name
            foreign_server_catalog foreign_server_name
        information_schema.information_schema_catalog_name: catalog_name
        information_schema.key_column_usage: constraint_catalog constraint_schema constraint_name table_catalog
            table_schema table_name column_name ordinal_position position_in_unique_constraint
        information_schema.parameters: specific_catalog specific_schema specific_name ordinal_position parameter_mode
            is_result as_locator parameter_name data_type character_maximum_length character_octet_length
            character_set_catalog character_set_schema character_set_name collation_catalog collation_schema
            collation_name numeric_precision numeric_precision_radix numeric_scale datetime_precision interval_type
            interval_precision udt_catalog udt_schema udt_name scope_catalog scope_schema scope_name maximum_cardinality
            dtd_identifier parameter_default
        information_schema.referential_constraints: constraint_catalog constraint_schema constraint_name
            unique_constraint_catalog unique_constraint_schema unique_constraint_name match_option update_rule
            delete_rule
        information_schema.role_column_grants: grantor grantee table_catalog table_schema table_name column_name
            privilege_type is_grantable
        information_schema.role_routine_grants: grantor grantee specific_catalog specific_schema specific_name
            routine_catalog routine_schema routine_name privilege_type is_grantable
        information_schema.role_table_grants: grantor grantee table_catalog table_schema table_name privilege_type
            is_grantable with_hierarchy
        information_schema.role_udt_grants: grantor grantee udt_catalog udt_schema udt_name privilege_type is_grantable
        information_schema.role_usage_grants: grantor grantee object_catalog object_schema object_name object_type
            privilege_type is_grantable
        information_schema.routine_column_usage: specific_catalog specific_schema specific_name routine_catalog
            routine_schema routine_name table_catalog table_schema table_name column_name
        information_schema.routine_privileges: grantor grantee specific_catalog specific_schema specific_name
            routine_catalog routine_schema routine_name privilege_type is_grantable
        information_schema.routine_routine_usage: specific_catalog specific_schema specific_name routine_catalog
            routine_schema routine_name
        information_schema.routine_sequence_usage: specific_catalog specific_schema specific_name routine_catalog
            routine_schema routine_name sequence_catalog sequence_schema sequence_name
        information_schema.routine_table_usage: specific_catalog specific_schema specific_name routine_catalog
            routine_schema routine_name table_catalog table_schema table_name
        information_schema.routines: specific_catalog specific_schema specific_name routine_catalog routine_schema
            routine_name routine_type module_catalog module_schema module_name udt_catalog udt_schema udt_name data_type
            character_maximum_length character_octet_length character_set_catalog character_set_schema
            character_set_name collation_catalog collation_schema collation_name numeric_precision
            numeric_precision_radix numeric_scale datetime_precision interval_type interval_precision type_udt_catalog
            type_udt_schema type_udt_name scope_catalog scope_schema scope_name maximum_cardinality dtd_identifier
            routine_body routine_definition external_name external_language parameter_style is_deterministic
            sql_data_access is_null_call sql_path schema_level_routine max_dynamic_result_sets is_user_defined_cast
            is_implicitly_invocable security_type to_sql_specific_catalog to_sql_specific_schema to_sql_specific_name
            as_locator created last_altered new_savepoint_level is_udt_dependent result_cast_from_data_type
            result_cast_as_locator result_cast_char_max_length result_cast_char_octet_length
            result_cast_char_set_catalog result_cast_char_set_schema result_cast_char_set_name
            result_cast_collation_catalog result_cast_collation_schema result_cast_collation_name
            result_cast_numeric_precision result_cast_numeric_precision_radix result_cast_numeric_scale
            result_cast_datetime_precision result_cast_interval_type result_cast_interval_precision
            result_cast_type_udt_catalog result_cast_type_udt_schema result_cast_type_udt_name result_cast_scope_catalog
            result_cast_scope_schema result_cast_scope_name result_cast_maximum_cardinality result_cast_dtd_identifier
        information_schema.schemata: catalog_name schema_name schema_owner default_character_set_catalog
            default_character_set_schema default_character_set_name sql_path
        information_schema.sequences: sequence_catalog sequence_schema sequence_name data_type numeric_precision
            numeric_precision_radix numeric_scale start_value minimum_value maximum_value increment cycle_option
        information_schema.sql_features: feature_id feature_name sub_feature_id sub_feature_name is_supported
            is_verified_by comments
        information_schema.sql_implementation_info: implementation_info_id implementation_info_name integer_value
            character_value comments
        information_schema.sql_parts: feature_id feature_name is_supported is_verified_by comments
        information_schema.sql_sizing: sizing_id sizing_name supported_value comments
        information_schema.table_constraints: constraint_catalog constraint_schema constraint_name table_catalog
            table_schema table_name constraint_type is_deferrable initially_deferred enforced nulls_distinct
        information_schema.table_privileges: grantor grantee table_catalog table_schema table_name privilege_type
            is_grantable with_hierarchy
        information_schema.tables: table_catalog table_schema table_name table_type self_referencing_column_name
            reference_generation user_defined_type_catalog user_defined_type_schema user_defined_type_name
            is_insertable_into is_typed commit_action
        information_schema.transforms: udt_catalog udt_schema udt_name specific_catalog specific_schema specific_name
            group_name transform_type
        information_schema.triggered_update_columns: trigger_catalog trigger_schema trigger_name event_object_catalog
            event_object_schema event_object_table event_object_column
        information_schema.triggers: trigger_catalog trigger_schema trigger_name event_manipulation event_object_catalog
            event_object_schema event_object_table action_order action_condition action_statement action_orientation
            action_timing action_reference_old_table action_reference_new_table action_reference_old_row
            action_reference_new_row created
        information_schema.udt_privileges: grantor grantee udt_catalog udt_schema udt_name privilege_type is_grantable
        information_schema.usage_privileges: grantor grantee object_catalog object_schema object_name object_type
            privilege_type is_grantable
        information_schema.user_defined_types: user_defined_type_catalog user_defined_type_schema user_defined_type_name
            user_defined_type_category is_instantiable is_final ordering_form ordering_category ordering_routine_catalog
            ordering_routine_schema ordering_routine_name reference_type data_type character_maximum_length
            character_octet_length character_set_catalog character_set_schema character_set_name collation_catalog
            collation_schema collation_name numeric_precision numeric_precision_radix numeric_scale datetime_precision
            interval_type interval_precision source_dtd_identifier ref_dtd_identifier
        information_schema.user_mapping_options: authorization_identifier foreign_server_catalog foreign_server_name
            option_name option_value
        information_schema.user_mappings: authorization_identifier foreign_server_catalog foreign_server_name
        information_schema.view_column_usage: view_catalog view_schema view_name table_catalog table_schema table_name
            column_name
        information_schema.view_routine_usage: table_catalog table_schema table_name specific_catalog specific_schema
            specific_name
        information_schema.view_table_usage: view_catalog view_schema view_name table_catalog table_schema table_name
        information_schema.views: table_catalog table_schema table_name view_definition check_option is_updatable
            is_insertable_into is_trigger_updatable is_trigger_deletable is_trigger_insertable_into
        pg_catalog.pg_aggregate: aggfnoid aggkind aggnumdirectargs aggtransfn aggfinalfn aggcombinefn aggserialfn
            aggdeserialfn aggmtransfn aggminvtransfn aggmfinalfn aggfinalextra aggmfinalextra aggfinalmodify
            aggmfinalmodify aggsortop aggtranstype aggtransspace aggmtranstype aggmtransspace agginitval aggminitval
        pg_catalog.pg_aios: pid io_id io_generation state operation off length target handle_data_len raw_result result
            target_desc f_sync f_localmem f_buffered
        pg_catalog.pg_am: oid amname amhandler amtype
        pg_catalog.pg_amop: oid amopfamily amoplefttype amoprighttype amopstrategy amoppurpose amopopr amopmethod
            amopsortfamily
        pg_catalog.pg_amproc: oid amprocfamily amproclefttype amprocrighttype amprocnum amproc
        pg_catalog.pg_attrdef: oid adrelid adnum adbin
        pg_catalog.pg_attribute: attrelid attname atttypid attlen attnum atttypmod attndims attbyval attalign attstorage
            attcompression attnotnull atthasdef atthasmissing attidentity attgenerated attisdropped attislocal
            attinhcount attcollation attstattarget attacl attoptions attfdwoptions attmissingval
        pg_catalog.pg_auth_members: oid roleid member grantor admin_option inherit_option set_option
        pg_catalog.pg_authid: oid rolname rolsuper rolinherit rolcreaterole rolcreatedb rolcanlogin rolreplication
            rolbypassrls rolconnlimit rolpassword rolvaliduntil
        pg_catalog.pg_available_extension_versions: name version installed superuser trusted relocatable schema requires
            comment
        pg_catalog.pg_available_extensions: name default_version installed_version comment
        pg_catalog.pg_backend_memory_contexts: name ident type level path total_bytes total_nblocks free_bytes
            free_chunks used_bytes
        pg_catalog.pg_cast: oid castsource casttarget castfunc castcontext castmethod
        pg_catalog.pg_class: oid relname relnamespace reltype reloftype relowner relam relfilenode reltablespace
            relpages reltuples relallvisible relallfrozen reltoastrelid relhasindex relisshared relpersistence relkind
            relnatts relchecks relhasrules relhastriggers relhassubclass relrowsecurity relforcerowsecurity
            relispopulated relreplident relispartition relrewrite relfrozenxid relminmxid relacl reloptions relpartbound
        pg_catalog.pg_collation: oid collname collnamespace collowner collprovider collisdeterministic collencoding
            collcollate collctype colllocale collicurules collversion
        pg_catalog.pg_config: name setting
        pg_catalog.pg_constraint: oid conname connamespace contype condeferrable condeferred conenforced convalidated
            conrelid contypid conindid conparentid confrelid confupdtype confdeltype confmatchtype conislocal
            coninhcount connoinherit conperiod conkey confkey conpfeqop conppeqop conffeqop confdelsetcols conexclop
            conbin
        pg_catalog.pg_conversion: oid conname connamespace conowner conforencoding contoencoding conproc condefault
        pg_catalog.pg_cursors: name statement is_holdable is_binary is_scrollable creation_time
        pg_catalog.pg_database: oid datname datdba encoding datlocprovider datistemplate datallowconn dathasloginevt
            datconnlimit datfrozenxid datminmxid dattablespace datcollate datctype datlocale daticurules datcollversion
            datacl
        pg_catalog.pg_db_role_setting: setdatabase setrole setconfig
        pg_catalog.pg_default_acl: oid defaclrole defaclnamespace defaclobjtype defaclacl
        pg_catalog.pg_depend: classid objid objsubid refclassid refobjid refobjsubid deptype
        pg_catalog.pg_description: objoid classoid objsubid description
        pg_catalog.pg_enum: oid enumtypid enumsortorder enumlabel
        pg_catalog.pg_event_trigger: oid evtname evtevent evtowner evtfoid evtenabled evttags
        pg_catalog.pg_extension: oid extname extowner extnamespace extrelocatable extversion extconfig extcondition
        pg_catalog.pg_file_settings: sourcefile sourceline seqno name setting applied error
        pg_catalog.pg_foreign_data_wrapper: oid fdwname fdwowner fdwhandler fdwvalidator fdwacl fdwoptions
        pg_catalog.pg_foreign_server: oid srvname srvowner srvfdw srvtype srvversion srvacl srvoptions
        pg_catalog.pg_foreign_table: ftrelid ftserver ftoptions
        pg_catalog.pg_group: groname grosysid grolist
        pg_catalog.pg_hba_file_rules: rule_number file_name line_number type database user_name address netmask
            auth_method options error
        pg_catalog.pg_ident_file_mappings: map_number file_name line_number map_name sys_name pg_username error
        pg_catalog.pg_index: indexrelid indrelid indnatts indnkeyatts indisunique indnullsnotdistinct indisprimary
            indisexclusion indimmediate indisclustered indisvalid indcheckxmin indisready indislive indisreplident
            indkey indcollation indclass indoption indexprs indpred
        pg_catalog.pg_indexes: schemaname tablename indexname tablespace indexdef
        pg_catalog.pg_inherits: inhrelid inhparent inhseqno inhdetachpending
        pg_catalog.pg_init_privs: objoid classoid objsubid privtype initprivs
        pg_catalog.pg_language: oid lanname lanowner lanispl lanpltrusted lanplcallfoid laninline lanvalidator lanacl
        pg_catalog.pg_largeobject: loid pageno data
        pg_catalog.pg_largeobject_metadata: oid lomowner lomacl
        pg_catalog.pg_locks: locktype database relation page tuple virtualxid transactionid classid objid objsubid
            virtualtransaction pid mode granted fastpath waitstart
        pg_catalog.pg_matviews: schemaname matviewname matviewowner tablespace hasindexes ispopulated definition
        pg_catalog.pg_namespace: oid nspname nspowner nspacl
        pg_catalog.pg_opclass: oid opcmethod opcname opcnamespace opcowner opcfamily opcintype opcdefault opckeytype
        pg_catalog.pg_operator: oid oprname oprnamespace oprowner oprkind oprcanmerge oprcanhash oprleft oprright
            oprresult oprcom oprnegate oprcode oprrest oprjoin
        pg_catalog.pg_opfamily: oid opfmethod opfname opfnamespace opfowner
        pg_catalog.pg_parameter_acl: oid parname paracl
        pg_catalog.pg_partitioned_table: partrelid partstrat partnatts partdefid partattrs partclass partcollation
            partexprs
        pg_catalog.pg_policies: schemaname tablename policyname permissive roles cmd qual with_check
        pg_catalog.pg_policy: oid polname polrelid polcmd polpermissive polroles polqual polwithcheck
        pg_catalog.pg_prepared_statements: name statement prepare_time parameter_types result_types from_sql
            generic_plans custom_plans
        pg_catalog.pg_prepared_xacts: transaction gid prepared owner database
        pg_catalog.pg_proc: oid proname pronamespace proowner prolang procost prorows provariadic prosupport prokind
            prosecdef proleakproof proisstrict proretset provolatile proparallel pronargs pronargdefaults prorettype
            proargtypes proallargtypes proargmodes proargnames proargdefaults protrftypes prosrc probin prosqlbody
            proconfig proacl
        pg_catalog.pg_publication: oid pubname pubowner puballtables pubinsert pubupdate pubdelete pubtruncate
            pubviaroot pubgencols
        pg_catalog.pg_publication_namespace: oid pnpubid pnnspid
        pg_catalog.pg_publication_rel: oid prpubid prrelid prqual prattrs
        pg_catalog.pg_publication_tables: pubname schemaname tablename attnames rowfilter
        pg_catalog.pg_range: rngtypid rngsubtype rngmultitypid rngcollation rngsubopc rngcanonical rngsubdiff
        pg_catalog.pg_replication_origin: roident roname
        pg_catalog.pg_replication_origin_status: local_id external_id remote_lsn local_lsn
        pg_catalog.pg_replication_slots: slot_name plugin slot_type datoid database temporary active active_pid xmin
            catalog_xmin restart_lsn confirmed_flush_lsn wal_status safe_wal_size two_phase two_phase_at inactive_since
            conflicting invalidation_reason failover synced
        pg_catalog.pg_rewrite: oid rulename ev_class ev_type ev_enabled is_instead ev_qual ev_action
        pg_catalog.pg_roles: rolname rolsuper rolinherit rolcreaterole rolcreatedb rolcanlogin rolreplication
            rolconnlimit rolpassword rolvaliduntil rolbypassrls rolconfig oid
        pg_catalog.pg_rules: schemaname tablename rulename definition
        pg_catalog.pg_seclabel: objoid classoid objsubid provider label
        pg_catalog.pg_seclabels: objoid classoid objsubid objtype objnamespace objname provider label
        pg_catalog.pg_sequence: seqrelid seqtypid seqstart seqincrement seqmax seqmin seqcache seqcycle
        pg_catalog.pg_sequences: schemaname sequencename sequenceowner data_type start_value min_value max_value
            increment_by cycle cache_size last_value
        pg_catalog.pg_settings: name setting unit category short_desc extra_desc context vartype source min_val max_val
            enumvals boot_val reset_val sourcefile sourceline pending_restart
        pg_catalog.pg_shadow: usename usesysid usecreatedb usesuper userepl usebypassrls passwd valuntil useconfig
        pg_catalog.pg_shdepend: dbid classid objid objsubid refclassid refobjid deptype
        pg_catalog.pg_shdescription: objoid classoid description
        pg_catalog.pg_shmem_allocations: name off size allocated_size
        pg_catalog.pg_shmem_allocations_numa: name numa_node size
        pg_catalog.pg_shseclabel: objoid classoid provider label
        pg_catalog.pg_stat_activity: datid datname pid leader_pid usesysid usename application_name client_addr
            client_hostname client_port backend_start xact_start query_start state_change wait_event_type wait_event
            state backend_xid backend_xmin query_id query backend_type
        pg_catalog.pg_stat_all_indexes: relid indexrelid schemaname relname indexrelname idx_scan last_idx_scan
            idx_tup_read idx_tup_fetch
        pg_catalog.pg_stat_all_tables: relid schemaname relname seq_scan last_seq_scan seq_tup_read idx_scan
            last_idx_scan idx_tup_fetch n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd n_tup_newpage_upd n_live_tup
            n_dead_tup n_mod_since_analyze n_ins_since_vacuum last_vacuum last_autovacuum last_analyze last_autoanalyze
            vacuum_count autovacuum_count analyze_count autoanalyze_count total_vacuum_time total_autovacuum_time
            total_analyze_time total_autoanalyze_time
        pg_catalog.pg_stat_archiver: archived_count last_archived_wal last_archived_time failed_count last_failed_wal
            last_failed_time stats_reset
        pg_catalog.pg_stat_bgwriter: buffers_clean maxwritten_clean buffers_alloc stats_reset
        pg_catalog.pg_stat_checkpointer: num_timed num_requested num_done restartpoints_timed restartpoints_req
            restartpoints_done write_time sync_time buffers_written slru_written stats_reset
        pg_catalog.pg_stat_database: datid datname numbackends xact_commit xact_rollback blks_read blks_hit tup_returned
            tup_fetched tup_inserted tup_updated tup_deleted conflicts temp_files temp_bytes deadlocks checksum_failures
            checksum_last_failure blk_read_time blk_write_time session_time active_time idle_in_transaction_time
            sessions sessions_abandoned sessions_fatal sessions_killed parallel_workers_to_launch
            parallel_workers_launched stats_reset
        pg_catalog.pg_stat_database_conflicts: datid datname confl_tablespace confl_lock confl_snapshot confl_bufferpin
            confl_deadlock confl_active_logicalslot
        pg_catalog.pg_stat_gssapi: pid gss_authenticated principal encrypted credentials_delegated
        pg_catalog.pg_stat_io: backend_type object context reads read_bytes read_time writes write_bytes write_time
            writebacks writeback_time extends extend_bytes extend_time hits evictions reuses fsyncs fsync_time
            stats_reset
        pg_catalog.pg_stat_progress_analyze: pid datid datname relid phase sample_blks_total sample_blks_scanned
            ext_stats_total ext_stats_computed child_tables_total child_tables_done current_child_table_relid delay_time
        pg_catalog.pg_stat_progress_basebackup: pid phase backup_total backup_streamed tablespaces_total
            tablespaces_streamed
        pg_catalog.pg_stat_progress_cluster: pid datid datname relid command phase cluster_index_relid
            heap_tuples_scanned heap_tuples_written heap_blks_total heap_blks_scanned index_rebuild_count
        pg_catalog.pg_stat_progress_copy: pid datid datname relid command type bytes_processed bytes_total
            tuples_processed tuples_excluded tuples_skipped
        pg_catalog.pg_stat_progress_create_index: pid datid datname relid index_relid command phase lockers_total
            lockers_done current_locker_pid blocks_total blocks_done tuples_total tuples_done partitions_total
            partitions_done
        pg_catalog.pg_stat_progress_vacuum: pid datid datname relid phase heap_blks_total heap_blks_scanned
            heap_blks_vacuumed index_vacuum_count max_dead_tuple_bytes dead_tuple_bytes num_dead_item_ids indexes_total
            indexes_processed delay_time
        pg_catalog.pg_stat_recovery_prefetch: stats_reset prefetch hit skip_init skip_new skip_fpw skip_rep wal_distance
            block_distance io_depth
        pg_catalog.pg_stat_replication: pid usesysid usename application_name client_addr client_hostname client_port
            backend_start backend_xmin state sent_lsn write_lsn flush_lsn replay_lsn write_lag flush_lag replay_lag
            sync_priority sync_state reply_time
        pg_catalog.pg_stat_replication_slots: slot_name spill_txns spill_count spill_bytes stream_txns stream_count
            stream_bytes total_txns total_bytes stats_reset
        pg_catalog.pg_stat_slru: name blks_zeroed blks_hit blks_read blks_written blks_exists flushes truncates
            stats_reset
        pg_catalog.pg_stat_ssl: pid ssl version cipher bits client_dn client_serial issuer_dn
        pg_catalog.pg_stat_subscription: subid subname worker_type pid leader_pid relid received_lsn last_msg_send_time
            last_msg_receipt_time latest_end_lsn latest_end_time
        pg_catalog.pg_stat_subscription_stats: subid subname apply_error_count sync_error_count confl_insert_exists
            confl_update_origin_differs confl_update_exists confl_update_missing confl_delete_origin_differs
            confl_delete_missing confl_multiple_unique_conflicts stats_reset
        pg_catalog.pg_stat_sys_indexes: relid indexrelid schemaname relname indexrelname idx_scan last_idx_scan
            idx_tup_read idx_tup_fetch
        pg_catalog.pg_stat_sys_tables: relid schemaname relname seq_scan last_seq_scan seq_tup_read idx_scan
            last_idx_scan idx_tup_fetch n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd n_tup_newpage_upd n_live_tup
            n_dead_tup n_mod_since_analyze n_ins_since_vacuum last_vacuum last_autovacuum last_analyze last_autoanalyze
            vacuum_count autovacuum_count analyze_count autoanalyze_count total_vacuum_time total_autovacuum_time
            total_analyze_time total_autoanalyze_time
        pg_catalog.pg_stat_user_functions: funcid schemaname funcname calls total_time self_time
        pg_catalog.pg_stat_user_indexes: relid indexrelid schemaname relname indexrelname idx_scan last_idx_scan
            idx_tup_read idx_tup_fetch
        pg_catalog.pg_stat_user_tables: relid schemaname relname seq_scan last_seq_scan seq_tup_read idx_scan
            last_idx_scan idx_tup_fetch n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd n_tup_newpage_upd n_live_tup
            n_dead_tup n_mod_since_analyze n_ins_since_vacuum last_vacuum last_autovacuum last_analyze last_autoanalyze
            vacuum_count autovacuum_count analyze_count autoanalyze_count total_vacuum_time total_autovacuum_time
            total_analyze_time total_autoanalyze_time
        pg_catalog.pg_stat_wal: wal_records wal_fpi wal_bytes wal_buffers_full stats_reset
        pg_catalog.pg_stat_wal_receiver: pid status receive_start_lsn receive_start_tli written_lsn flushed_lsn
            received_tli last_msg_send_time last_msg_receipt_time latest_end_lsn latest_end_time slot_name sender_host
            sender_port conninfo
        pg_catalog.pg_stat_xact_all_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch
            n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd n_tup_newpage_upd
        pg_catalog.pg_stat_xact_sys_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch
            n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd n_tup_newpage_upd
        pg_catalog.pg_stat_xact_user_functions: funcid schemaname funcname calls total_time self_time
        pg_catalog.pg_stat_xact_user_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch
            n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd n_tup_newpage_upd
        pg_catalog.pg_statio_all_indexes: relid indexrelid schemaname relname indexrelname idx_blks_read idx_blks_hit
        pg_catalog.pg_statio_all_sequences: relid schemaname relname blks_read blks_hit
        pg_catalog.pg_statio_all_tables: relid schemaname relname heap_blks_read heap_blks_hit idx_blks_read
            idx_blks_hit toast_blks_read toast_blks_hit tidx_blks_read tidx_blks_hit
        pg_catalog.pg_statio_sys_indexes: relid indexrelid schemaname relname indexrelname idx_blks_read idx_blks_hit
        pg_catalog.pg_statio_sys_sequences: relid schemaname relname blks_read blks_hit
        pg_catalog.pg_statio_sys_tables: relid schemaname relname heap_blks_read heap_blks_hit idx_blks_read
            idx_blks_hit toast_blks_read toast_blks_hit tidx_blks_read tidx_blks_hit
        pg_catalog.pg_statio_user_indexes: relid indexrelid schemaname relname indexrelname idx_blks_read idx_blks_hit
        pg_catalog.pg_statio_user_sequences: relid schemaname relname blks_read blks_hit
        pg_catalog.pg_statio_user_tables: relid schemaname relname heap_blks_read heap_blks_hit idx_blks_read
            idx_blks_hit toast_blks_read toast_blks_hit tidx_blks_read tidx_blks_hit
        pg_catalog.pg_statistic: starelid staattnum stainherit stanullfrac stawidth stadistinct stakind1 stakind2
            stakind3 stakind4 stakind5 staop1 staop2 staop3 staop4 staop5 stacoll1 stacoll2 stacoll3 stacoll4 stacoll5
            stanumbers1 stanumbers2 stanumbers3 stanumbers4 stanumbers5 stavalues1 stavalues2 stavalues3 stavalues4
            stavalues5
        pg_catalog.pg_statistic_ext: oid stxrelid stxname stxnamespace stxowner stxkeys stxstattarget stxkind stxexprs
        pg_catalog.pg_statistic_ext_data: stxoid stxdinherit stxdndistinct stxddependencies stxdmcv stxdexpr
        pg_catalog.pg_stats: schemaname tablename attname inherited null_frac avg_width n_distinct most_common_vals
            most_common_freqs histogram_bounds correlation most_common_elems most_common_elem_freqs elem_count_histogram
            range_length_histogram range_empty_frac range_bounds_histogram
        pg_catalog.pg_stats_ext: schemaname tablename statistics_schemaname statistics_name statistics_owner attnames
            exprs kinds inherited n_distinct dependencies most_common_vals most_common_val_nulls most_common_freqs
            most_common_base_freqs
        pg_catalog.pg_stats_ext_exprs: schemaname tablename statistics_schemaname statistics_name statistics_owner expr
            inherited null_frac avg_width n_distinct most_common_vals most_common_freqs histogram_bounds correlation
            most_common_elems most_common_elem_freqs elem_count_histogram
        pg_catalog.pg_subscription: oid subdbid subskiplsn subname subowner subenabled subbinary substream
            subtwophasestate subdisableonerr subpasswordrequired subrunasowner subfailover subconninfo subslotname
            subsynccommit subpublications suborigin
        pg_catalog.pg_subscription_rel: srsubid srrelid srsubstate srsublsn
        pg_catalog.pg_tables: schemaname tablename tableowner tablespace hasindexes hasrules hastriggers rowsecurity
        pg_catalog.pg_tablespace: oid spcname spcowner spcacl spcoptions
        pg_catalog.pg_timezone_abbrevs: abbrev utc_offset is_dst
        pg_catalog.pg_timezone_names: name abbrev utc_offset is_dst
        pg_catalog.pg_transform: oid trftype trflang trffromsql trftosql
        pg_catalog.pg_trigger: oid tgrelid tgparentid tgname tgfoid tgtype tgenabled tgisinternal tgconstrrelid
            tgconstrindid tgconstraint tgdeferrable tginitdeferred tgnargs tgattr tgargs tgqual tgoldtable tgnewtable
        pg_catalog.pg_ts_config: oid cfgname cfgnamespace cfgowner cfgparser
        pg_catalog.pg_ts_config_map: mapcfg maptokentype mapseqno mapdict
        pg_catalog.pg_ts_dict: oid dictname dictnamespace dictowner dicttemplate dictinitoption
        pg_catalog.pg_ts_parser: oid prsname prsnamespace prsstart prstoken prsend prsheadline prslextype
        pg_catalog.pg_ts_template: oid tmplname tmplnamespace tmplinit tmpllexize
        pg_catalog.pg_type: oid typname typnamespace typowner typlen typbyval typtype typcategory typispreferred
            typisdefined typdelim typrelid typsubscript typelem typarray typinput typoutput typreceive typsend typmodin
            typmodout typanalyze typalign typstorage typnotnull typbasetype typtypmod typndims typcollation
            typdefaultbin typdefault typacl
        pg_catalog.pg_user: usename usesysid usecreatedb usesuper userepl usebypassrls passwd valuntil useconfig
        pg_catalog.pg_user_mapping: oid umuser umserver umoptions
        pg_catalog.pg_user_mappings: umid srvid srvname umuser usename umoptions
        pg_catalog.pg_views: schemaname viewname viewowner definition
        pg_catalog.pg_wait_events: type name description
        """

    /// PostgreSQL 15, where it differs from 18 (`-`: not in 15).
    private static let postgres15 = """
        pg_catalog.pg_aios: -
        pg_catalog.pg_shmem_allocations_numa: -
        pg_catalog.pg_stat_checkpointer: -
        pg_catalog.pg_stat_io: -
        pg_catalog.pg_wait_events: -
        information_schema.element_types: object_catalog object_schema object_name object_type
            collection_type_identifier data_type character_maximum_length character_octet_length character_set_catalog
            character_set_schema character_set_name collation_catalog collation_schema collation_name numeric_precision
            numeric_precision_radix numeric_scale datetime_precision interval_type interval_precision domain_default
            udt_catalog udt_schema udt_name scope_catalog scope_schema scope_name maximum_cardinality dtd_identifier
        pg_catalog.pg_attribute: attrelid attname atttypid attstattarget attlen attnum attndims attcacheoff atttypmod
            attbyval attalign attstorage attcompression attnotnull atthasdef atthasmissing attidentity attgenerated
            attisdropped attislocal attinhcount attcollation attacl attoptions attfdwoptions attmissingval
        pg_catalog.pg_auth_members: roleid member grantor admin_option
        pg_catalog.pg_backend_memory_contexts: name ident parent level total_bytes total_nblocks free_bytes free_chunks
            used_bytes
        pg_catalog.pg_class: oid relname relnamespace reltype reloftype relowner relam relfilenode reltablespace
            relpages reltuples relallvisible reltoastrelid relhasindex relisshared relpersistence relkind relnatts
            relchecks relhasrules relhastriggers relhassubclass relrowsecurity relforcerowsecurity relispopulated
            relreplident relispartition relrewrite relfrozenxid relminmxid relacl reloptions relpartbound
        pg_catalog.pg_collation: oid collname collnamespace collowner collprovider collisdeterministic collencoding
            collcollate collctype colliculocale collversion
        pg_catalog.pg_constraint: oid conname connamespace contype condeferrable condeferred convalidated conrelid
            contypid conindid conparentid confrelid confupdtype confdeltype confmatchtype conislocal coninhcount
            connoinherit conkey confkey conpfeqop conppeqop conffeqop confdelsetcols conexclop conbin
        pg_catalog.pg_database: oid datname datdba encoding datlocprovider datistemplate datallowconn datconnlimit
            datfrozenxid datminmxid dattablespace datcollate datctype daticulocale datcollversion datacl
        pg_catalog.pg_hba_file_rules: line_number type database user_name address netmask auth_method options error
        pg_catalog.pg_ident_file_mappings: line_number map_name sys_name pg_username error
        pg_catalog.pg_prepared_statements: name statement prepare_time parameter_types from_sql generic_plans
            custom_plans
        pg_catalog.pg_publication: oid pubname pubowner puballtables pubinsert pubupdate pubdelete pubtruncate
            pubviaroot
        pg_catalog.pg_replication_slots: slot_name plugin slot_type datoid database temporary active active_pid xmin
            catalog_xmin restart_lsn confirmed_flush_lsn wal_status safe_wal_size two_phase
        pg_catalog.pg_stat_all_indexes: relid indexrelid schemaname relname indexrelname idx_scan idx_tup_read
            idx_tup_fetch
        pg_catalog.pg_stat_all_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch n_tup_ins
            n_tup_upd n_tup_del n_tup_hot_upd n_live_tup n_dead_tup n_mod_since_analyze n_ins_since_vacuum last_vacuum
            last_autovacuum last_analyze last_autoanalyze vacuum_count autovacuum_count analyze_count autoanalyze_count
        pg_catalog.pg_stat_bgwriter: checkpoints_timed checkpoints_req checkpoint_write_time checkpoint_sync_time
            buffers_checkpoint buffers_clean maxwritten_clean buffers_backend buffers_backend_fsync buffers_alloc
            stats_reset
        pg_catalog.pg_stat_database: datid datname numbackends xact_commit xact_rollback blks_read blks_hit tup_returned
            tup_fetched tup_inserted tup_updated tup_deleted conflicts temp_files temp_bytes deadlocks checksum_failures
            checksum_last_failure blk_read_time blk_write_time session_time active_time idle_in_transaction_time
            sessions sessions_abandoned sessions_fatal sessions_killed stats_reset
        pg_catalog.pg_stat_database_conflicts: datid datname confl_tablespace confl_lock confl_snapshot confl_bufferpin
            confl_deadlock
        pg_catalog.pg_stat_gssapi: pid gss_authenticated principal encrypted
        pg_catalog.pg_stat_progress_analyze: pid datid datname relid phase sample_blks_total sample_blks_scanned
            ext_stats_total ext_stats_computed child_tables_total child_tables_done current_child_table_relid
        pg_catalog.pg_stat_progress_copy: pid datid datname relid command type bytes_processed bytes_total
            tuples_processed tuples_excluded
        pg_catalog.pg_stat_progress_vacuum: pid datid datname relid phase heap_blks_total heap_blks_scanned
            heap_blks_vacuumed index_vacuum_count max_dead_tuples num_dead_tuples
        pg_catalog.pg_stat_subscription: subid subname pid relid received_lsn last_msg_send_time last_msg_receipt_time
            latest_end_lsn latest_end_time
        pg_catalog.pg_stat_subscription_stats: subid subname apply_error_count sync_error_count stats_reset
        pg_catalog.pg_stat_sys_indexes: relid indexrelid schemaname relname indexrelname idx_scan idx_tup_read
            idx_tup_fetch
        pg_catalog.pg_stat_sys_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch n_tup_ins
            n_tup_upd n_tup_del n_tup_hot_upd n_live_tup n_dead_tup n_mod_since_analyze n_ins_since_vacuum last_vacuum
            last_autovacuum last_analyze last_autoanalyze vacuum_count autovacuum_count analyze_count autoanalyze_count
        pg_catalog.pg_stat_user_indexes: relid indexrelid schemaname relname indexrelname idx_scan idx_tup_read
            idx_tup_fetch
        pg_catalog.pg_stat_user_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch n_tup_ins
            n_tup_upd n_tup_del n_tup_hot_upd n_live_tup n_dead_tup n_mod_since_analyze n_ins_since_vacuum last_vacuum
            last_autovacuum last_analyze last_autoanalyze vacuum_count autovacuum_count analyze_count autoanalyze_count
        pg_catalog.pg_stat_wal: wal_records wal_fpi wal_bytes wal_buffers_full wal_write wal_sync wal_write_time
            wal_sync_time stats_reset
        pg_catalog.pg_stat_xact_all_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch
            n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd
        pg_catalog.pg_stat_xact_sys_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch
            n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd
        pg_catalog.pg_stat_xact_user_tables: relid schemaname relname seq_scan seq_tup_read idx_scan idx_tup_fetch
            n_tup_ins n_tup_upd n_tup_del n_tup_hot_upd
        pg_catalog.pg_statistic_ext: oid stxrelid stxname stxnamespace stxowner stxstattarget stxkeys stxkind stxexprs
        pg_catalog.pg_stats: schemaname tablename attname inherited null_frac avg_width n_distinct most_common_vals
            most_common_freqs histogram_bounds correlation most_common_elems most_common_elem_freqs elem_count_histogram
        pg_catalog.pg_subscription: oid subdbid subskiplsn subname subowner subenabled subbinary substream
            subtwophasestate subdisableonerr subconninfo subslotname subsynccommit subpublications
        """
}
