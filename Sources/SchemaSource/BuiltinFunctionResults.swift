/// What PostgreSQL's own functions return when called in `FROM`, where that is not one column named after
/// the function: the OUT parameters of the set-returning ones (`json_each` gives `key` and `value`), read off
/// the catalogs of PostgreSQL 15 and 18. Functions whose columns differ between those versions are listed
/// apart: a call to one needs its columns named where the server at hand decides them.
public enum BuiltinFunctionResults {
    public enum Lookup: Equatable {
        case result(FunctionResult)
        /// `unnest`: the columns follow the argument's type (an array's elements, or a tsvector's parts).
        case unnest
        /// The columns differ between PostgreSQL versions.
        case versionDependent
    }

    /// What a call to the built-in function `name` in FROM gives; nil for one column named after it.
    public static func lookup(_ name: String) -> Lookup? {
        if name == "unnest" { return .unnest }
        if versionDependent.contains(name) { return .versionDependent }
        if let columns = outColumns[name] { return .result(.columns(columns)) }
        return special[name].map(Lookup.result)
    }

    private static let special: [String: FunctionResult] = [
        "json_array_elements": .scalar(outName: "value"), "json_array_elements_text": .scalar(outName: "value"),
        "jsonb_array_elements": .scalar(outName: "value"), "jsonb_array_elements_text": .scalar(outName: "value"),
        "pg_event_trigger_table_rewrite_oid": .scalar(outName: "oid"), "pg_partition_ancestors": .scalar(outName: "relid"),
        "json_populate_record": .polymorphic, "json_populate_recordset": .polymorphic,
        "jsonb_populate_record": .polymorphic, "jsonb_populate_recordset": .polymorphic,
        "json_to_record": .record, "json_to_recordset": .record, "jsonb_to_record": .record, "jsonb_to_recordset": .record,
        "record_in": .record, "record_recv": .record,
    ]

    private static let versionDependent: Set<String> = [
        "pg_available_wal_summaries", "pg_control_init", "pg_get_aios", "pg_get_backend_memory_contexts", "pg_get_loaded_modules",
        "pg_get_publication_tables", "pg_get_replication_slots", "pg_get_sequence_data", "pg_get_shmem_allocations_numa",
        "pg_get_wait_events", "pg_get_wal_summarizer_state", "pg_hba_file_rules", "pg_ident_file_mappings", "pg_input_error_info",
        "pg_ls_summariesdir", "pg_prepared_statement", "pg_split_walfile_name", "pg_stat_get_activity", "pg_stat_get_backend_io",
        "pg_stat_get_backend_subxact", "pg_stat_get_backend_wal", "pg_stat_get_io", "pg_stat_get_subscription",
        "pg_stat_get_subscription_stats", "pg_stat_get_wal", "pg_timezone_abbrevs", "pg_timezone_abbrevs_abbrevs",
        "pg_timezone_abbrevs_zone", "pg_wal_summary_contents",
    ]

    /// Set-returning built-ins with OUT parameters that are the same on PostgreSQL 15 and 18.
    /// The names the list gives OUT columns (for the test that compares them with a server).
    public static var namesWithColumns: [String] { outColumns.keys.sorted() }

    private static let outColumns = BuiltinRelations.parse("""
        aclexplode: grantor grantee privilege_type is_grantable
        json_each: key value
        json_each_text: key value
        jsonb_each: key value
        jsonb_each_text: key value
        pg_available_extension_versions: name version superuser trusted relocatable schema requires comment
        pg_available_extensions: name default_version comment
        pg_backup_stop: lsn labelfile spcmapfile
        pg_config: name setting
        pg_control_checkpoint: checkpoint_lsn redo_lsn redo_wal_file timeline_id prev_timeline_id full_page_writes
            next_xid next_oid next_multixact_id next_multi_offset oldest_xid oldest_xid_dbid oldest_active_xid
            oldest_multi_xid oldest_multi_dbid oldest_commit_ts_xid newest_commit_ts_xid checkpoint_time
        pg_control_recovery: min_recovery_end_lsn min_recovery_end_timeline backup_start_lsn backup_end_lsn
            end_of_backup_record_required
        pg_control_system: pg_control_version catalog_version_no system_identifier pg_control_last_modified
        pg_copy_logical_replication_slot: slot_name lsn
        pg_copy_physical_replication_slot: slot_name lsn
        pg_create_logical_replication_slot: slot_name lsn
        pg_create_physical_replication_slot: slot_name lsn
        pg_cursor: name statement is_holdable is_binary is_scrollable creation_time
        pg_event_trigger_ddl_commands: classid objid objsubid command_tag object_type schema_name object_identity
            in_extension command
        pg_event_trigger_dropped_objects: classid objid objsubid original normal is_temporary object_type schema_name
            object_name object_identity address_names address_args
        pg_extension_update_paths: source target path
        pg_get_catalog_foreign_keys: fktable fkcols pktable pkcols is_array is_opt
        pg_get_keywords: word catcode barelabel catdesc baredesc
        pg_get_multixact_members: xid mode
        pg_get_object_address: classid objid objsubid
        pg_get_shmem_allocations: name off size allocated_size
        pg_get_wal_resource_managers: rm_id rm_name rm_builtin
        pg_identify_object: type schema name identity
        pg_identify_object_as_address: type object_names object_args
        pg_last_committed_xact: xid timestamp roident
        pg_lock_status: locktype database relation page tuple virtualxid transactionid classid objid objsubid
            virtualtransaction pid mode granted fastpath waitstart
        pg_logical_slot_get_binary_changes: lsn xid data
        pg_logical_slot_get_changes: lsn xid data
        pg_logical_slot_peek_binary_changes: lsn xid data
        pg_logical_slot_peek_changes: lsn xid data
        pg_ls_archive_statusdir: name size modification
        pg_ls_logdir: name size modification
        pg_ls_logicalmapdir: name size modification
        pg_ls_logicalsnapdir: name size modification
        pg_ls_replslotdir: name size modification
        pg_ls_tmpdir: name size modification
        pg_ls_waldir: name size modification
        pg_mcv_list_items: index values nulls frequency base_frequency
        pg_options_to_table: option_name option_value
        pg_partition_tree: relid parentrelid isleaf level
        pg_prepared_xact: transaction gid prepared ownerid dbid
        pg_replication_slot_advance: slot_name end_lsn
        pg_sequence_parameters: start_value minimum_value maximum_value increment cycle_option cache_size data_type
        pg_show_all_file_settings: sourcefile sourceline seqno name setting applied error
        pg_show_all_settings: name setting unit category short_desc extra_desc context vartype source min_val max_val
            enumvals boot_val reset_val sourcefile sourceline pending_restart
        pg_show_replication_origin_status: local_id external_id remote_lsn local_lsn
        pg_stat_file: size access modification change creation isdir
        pg_stat_get_archiver: archived_count last_archived_wal last_archived_time failed_count last_failed_wal
            last_failed_time stats_reset
        pg_stat_get_progress_info: pid datid relid param1 param2 param3 param4 param5 param6 param7 param8 param9
            param10 param11 param12 param13 param14 param15 param16 param17 param18 param19 param20
        pg_stat_get_recovery_prefetch: stats_reset prefetch hit skip_init skip_new skip_fpw skip_rep wal_distance
            block_distance io_depth
        pg_stat_get_replication_slot: slot_name spill_txns spill_count spill_bytes stream_txns stream_count stream_bytes
            total_txns total_bytes stats_reset
        pg_stat_get_slru: name blks_zeroed blks_hit blks_read blks_written blks_exists flushes truncates stats_reset
        pg_stat_get_wal_receiver: pid status receive_start_lsn receive_start_tli written_lsn flushed_lsn received_tli
            last_msg_send_time last_msg_receipt_time latest_end_lsn latest_end_time slot_name sender_host sender_port
            conninfo
        pg_stat_get_wal_senders: pid state sent_lsn write_lsn flush_lsn replay_lsn write_lag flush_lag replay_lag
            sync_priority sync_state reply_time
        pg_timezone_names: name abbrev utc_offset is_dst
        pg_walfile_name_offset: file_name file_offset
        pg_xact_commit_timestamp_origin: timestamp roident
        ts_debug: alias description token dictionaries dictionary lexemes
        ts_parse: tokid token
        ts_stat: word ndoc nentry
        ts_token_type: tokid alias description
        """)
}
