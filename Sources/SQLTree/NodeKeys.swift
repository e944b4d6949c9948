import Foundation

/// The keys of parse-tree objects, numbered, so that a field holds its key in two bytes (see `NodeFields`).
///
/// Numbers 1 through `kindCount` are libpg_query's node types (the keys of wrapper objects such as
/// `{"ColumnRef": {...}}`), the next ones its structs' field names, both from its `pg_query.proto`; a key
/// met anywhere else (a tree the front ends build) is numbered when first seen. A number stands for one
/// key for the life of the process, so keys are compared and hashed as numbers.
enum NodeKeys {
    /// The node types, in the order of the `Node` message of `pg_query.proto`.
    static let kindNames: [String] = [
        "Alias", "RangeVar", "TableFunc", "IntoClause", "Var", "Param", "Aggref", "GroupingFunc", "WindowFunc",
        "WindowFuncRunCondition", "MergeSupportFunc", "SubscriptingRef", "FuncExpr", "NamedArgExpr", "OpExpr",
        "DistinctExpr", "NullIfExpr", "ScalarArrayOpExpr", "BoolExpr", "SubLink", "SubPlan", "AlternativeSubPlan",
        "FieldSelect", "FieldStore", "RelabelType", "CoerceViaIO", "ArrayCoerceExpr", "ConvertRowtypeExpr",
        "CollateExpr", "CaseExpr", "CaseWhen", "CaseTestExpr", "ArrayExpr", "RowExpr", "RowCompareExpr",
        "CoalesceExpr", "MinMaxExpr", "SQLValueFunction", "XmlExpr", "JsonFormat", "JsonReturning", "JsonValueExpr",
        "JsonConstructorExpr", "JsonIsPredicate", "JsonBehavior", "JsonExpr", "JsonTablePath", "JsonTablePathScan",
        "JsonTableSiblingJoin", "NullTest", "BooleanTest", "MergeAction", "CoerceToDomain", "CoerceToDomainValue",
        "SetToDefault", "CurrentOfExpr", "NextValueExpr", "InferenceElem", "ReturningExpr", "TargetEntry",
        "RangeTblRef", "JoinExpr", "FromExpr", "OnConflictExpr", "Query", "TypeName", "ColumnRef", "ParamRef",
        "A_Expr", "TypeCast", "CollateClause", "RoleSpec", "FuncCall", "A_Star", "A_Indices", "A_Indirection",
        "A_ArrayExpr", "ResTarget", "MultiAssignRef", "SortBy", "WindowDef", "RangeSubselect", "RangeFunction",
        "RangeTableFunc", "RangeTableFuncCol", "RangeTableSample", "ColumnDef", "TableLikeClause", "IndexElem",
        "DefElem", "LockingClause", "XmlSerialize", "PartitionElem", "PartitionSpec", "PartitionBoundSpec",
        "PartitionRangeDatum", "PartitionCmd", "RangeTblEntry", "RTEPermissionInfo", "RangeTblFunction",
        "TableSampleClause", "WithCheckOption", "SortGroupClause", "GroupingSet", "WindowClause", "RowMarkClause",
        "WithClause", "InferClause", "OnConflictClause", "CTESearchClause", "CTECycleClause", "CommonTableExpr",
        "MergeWhenClause", "ReturningOption", "ReturningClause", "TriggerTransition", "JsonOutput", "JsonArgument",
        "JsonFuncExpr", "JsonTablePathSpec", "JsonTable", "JsonTableColumn", "JsonKeyValue", "JsonParseExpr",
        "JsonScalarExpr", "JsonSerializeExpr", "JsonObjectConstructor", "JsonArrayConstructor",
        "JsonArrayQueryConstructor", "JsonAggConstructor", "JsonObjectAgg", "JsonArrayAgg", "RawStmt", "InsertStmt",
        "DeleteStmt", "UpdateStmt", "MergeStmt", "SelectStmt", "SetOperationStmt", "ReturnStmt", "PLAssignStmt",
        "CreateSchemaStmt", "AlterTableStmt", "AlterTableCmd", "ATAlterConstraint", "ReplicaIdentityStmt",
        "AlterCollationStmt", "AlterDomainStmt", "GrantStmt", "ObjectWithArgs", "AccessPriv", "GrantRoleStmt",
        "AlterDefaultPrivilegesStmt", "CopyStmt", "VariableSetStmt", "VariableShowStmt", "CreateStmt", "Constraint",
        "CreateTableSpaceStmt", "DropTableSpaceStmt", "AlterTableSpaceOptionsStmt", "AlterTableMoveAllStmt",
        "CreateExtensionStmt", "AlterExtensionStmt", "AlterExtensionContentsStmt", "CreateFdwStmt", "AlterFdwStmt",
        "CreateForeignServerStmt", "AlterForeignServerStmt", "CreateForeignTableStmt", "CreateUserMappingStmt",
        "AlterUserMappingStmt", "DropUserMappingStmt", "ImportForeignSchemaStmt", "CreatePolicyStmt",
        "AlterPolicyStmt", "CreateAmStmt", "CreateTrigStmt", "CreateEventTrigStmt", "AlterEventTrigStmt",
        "CreatePLangStmt", "CreateRoleStmt", "AlterRoleStmt", "AlterRoleSetStmt", "DropRoleStmt", "CreateSeqStmt",
        "AlterSeqStmt", "DefineStmt", "CreateDomainStmt", "CreateOpClassStmt", "CreateOpClassItem",
        "CreateOpFamilyStmt", "AlterOpFamilyStmt", "DropStmt", "TruncateStmt", "CommentStmt", "SecLabelStmt",
        "DeclareCursorStmt", "ClosePortalStmt", "FetchStmt", "IndexStmt", "CreateStatsStmt", "StatsElem",
        "AlterStatsStmt", "CreateFunctionStmt", "FunctionParameter", "AlterFunctionStmt", "DoStmt", "InlineCodeBlock",
        "CallStmt", "CallContext", "RenameStmt", "AlterObjectDependsStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt",
        "AlterOperatorStmt", "AlterTypeStmt", "RuleStmt", "NotifyStmt", "ListenStmt", "UnlistenStmt",
        "TransactionStmt", "CompositeTypeStmt", "CreateEnumStmt", "CreateRangeStmt", "AlterEnumStmt", "ViewStmt",
        "LoadStmt", "CreatedbStmt", "AlterDatabaseStmt", "AlterDatabaseRefreshCollStmt", "AlterDatabaseSetStmt",
        "DropdbStmt", "AlterSystemStmt", "ClusterStmt", "VacuumStmt", "VacuumRelation", "ExplainStmt",
        "CreateTableAsStmt", "RefreshMatViewStmt", "CheckPointStmt", "DiscardStmt", "LockStmt", "ConstraintsSetStmt",
        "ReindexStmt", "CreateConversionStmt", "CreateCastStmt", "CreateTransformStmt", "PrepareStmt", "ExecuteStmt",
        "DeallocateStmt", "DropOwnedStmt", "ReassignOwnedStmt", "AlterTSDictionaryStmt", "AlterTSConfigurationStmt",
        "PublicationTable", "PublicationObjSpec", "CreatePublicationStmt", "AlterPublicationStmt",
        "CreateSubscriptionStmt", "AlterSubscriptionStmt", "DropSubscriptionStmt", "Integer", "Float", "Boolean",
        "String", "BitString", "List", "IntList", "OidList", "A_Const",
    ]

    /// Every field name of libpg_query's node structs (JSON spelling).
    static let fieldNames: [String] = [
        "absent_on_null", "accessMethod", "access_method", "action", "actions", "agg_distinct", "agg_filter",
        "agg_order", "agg_star", "agg_within_group", "aggargtypes", "aggcollid", "aggdirectargs", "aggdistinct",
        "aggfilter", "aggfnoid", "aggkind", "agglevelsup", "aggno", "aggorder", "aggsplit", "aggstar", "aggtransno",
        "aggtype", "aggvariadic", "alias", "aliascolnames", "aliases", "aliasname", "all", "alterDeferrability",
        "alterEnforceability", "alterInheritability", "amname", "amtype", "arbiterElems", "arbiterWhere", "arg",
        "argType", "arg_location", "arg_names", "argisrow", "argnumber", "args", "args_unspecified", "argtypes",
        "arrayBounds", "array_collid", "array_typeid", "atomic", "attlist", "authrole", "base", "behavior", "boolop",
        "booltesttype", "boolval", "bound", "bsval", "btype", "canSetTag", "cascaded", "casecollid", "casetype",
        "catalogname", "cfgname", "chain", "checkAsUser", "child", "class_args", "cmd_name", "cmds", "cmptype",
        "coalescecollid", "coalescetype", "coerce", "coerceformat", "coercion", "coercionformat", "colCollations",
        "colMax", "colMin", "colNames", "colTypes", "colTypmods", "colcollations", "coldefexpr", "coldefexprs",
        "coldeflist", "colexpr", "colexprs", "collClause", "collOid", "collation", "collname", "colname", "colnames",
        "colno", "cols", "coltype", "coltypes", "coltypmods", "column", "column_name", "columns", "colvalexprs",
        "commandType", "comment", "compression", "concurrent", "condition", "conditionname", "conname", "conninfo",
        "conninfo_location", "constraint", "constraintDeps", "constraints", "constrrel", "constructor", "content",
        "context", "context_item", "contype", "conversion_name", "convertformat", "cooked_default", "cooked_expr",
        "copiedOrder", "cteList", "cte_names", "ctecolcollations", "ctecolnames", "ctecoltypes", "ctecoltypmods",
        "ctelevelsup", "ctematerialized", "ctename", "ctequery", "cterecursive", "cterefcount", "ctes", "cursor_name",
        "cursor_param", "cvarno", "cycle_clause", "cycle_col_list", "cycle_mark_collation", "cycle_mark_column",
        "cycle_mark_default", "cycle_mark_neop", "cycle_mark_type", "cycle_mark_typmod", "cycle_mark_value",
        "cycle_path_column", "database", "datatype", "dbname", "def", "defaction", "deferrable", "deferred",
        "defexpr", "definition", "defname", "defnames", "defnamespace", "defresult", "dictname", "dicts", "direction",
        "distinctClause", "docexpr", "domainname", "element_typeid", "elements", "elemexpr", "encoding", "end",
        "endInRangeFunc", "endOffset", "enrname", "enrtuples", "eqop", "eref", "errorOnError", "event", "eventname",
        "events", "exclRelIndex", "exclRelTlist", "excludeOpNames", "exclusions", "expr", "exprs", "extname",
        "fdwname", "fdwoptions", "fieldnum", "fieldnums", "fields", "filename", "filter_columns", "firstColCollation",
        "firstColType", "firstColTypmod", "fk_attrs", "fk_del_action", "fk_del_set_cols", "fk_matchtype",
        "fk_upd_action", "fk_with_period", "for_all_tables", "for_encoding_name", "for_identity", "for_ordinality",
        "format", "format_type", "formatted_expr", "frameOptions", "fromClause", "fromlist", "fromsql", "func",
        "func_name", "func_options", "func_variadic", "funccall", "funccolcollations", "funccolcount", "funccollid",
        "funccolnames", "funccoltypes", "funccoltypmods", "funcexpr", "funcformat", "funcid", "funcname",
        "funcordinality", "funcparams", "funcresulttype", "funcretset", "function_name", "functions", "functype",
        "funcvariadic", "fval", "generated", "generated_kind", "generated_when", "gid", "grant_option",
        "granted_roles", "grantee_roles", "grantees", "grantor", "groupClause", "groupClauses", "groupDistinct",
        "groupexprs", "groupingSets", "handler_name", "hasAggs", "hasDistinctOn", "hasForUpdate", "hasGroupRTE",
        "hasModifyingCTE", "hasRecursive", "hasRowSecurity", "hasSubLinks", "hasTargetSRFs", "hasWindowFuncs",
        "has_version", "hashable", "havingClause", "havingQual", "howMany", "identity", "identitySequence",
        "identity_type", "idxcomment", "idxname", "if_not_exists", "inFromCl", "inRangeAsc", "inRangeColl",
        "inRangeNullsFirst", "including", "indent", "indexElems", "indexIncludingParams", "indexOid", "indexParams",
        "indexcolname", "indexname", "indexspace", "indirection", "infer", "infercollid", "inferopclass", "inh",
        "inhRelations", "inhcount", "initdeferred", "initially_valid", "inout", "inputcollid", "inputcollids",
        "insertedCols", "instead", "into", "intoClause", "isDefault", "isDrop", "isNatural", "isNew", "isReset",
        "isReturn", "isTable", "is_default", "is_enforced", "is_from", "is_from_type", "is_grant", "is_local",
        "is_no_inherit", "is_not_null", "is_procedure", "is_program", "is_rowsfrom", "is_select_into", "is_slice",
        "is_vacuumcmd", "isall", "isconstraint", "ismove", "isnull", "iswithoutoverlaps", "item_type", "items",
        "itemtype", "ival", "joinCondition", "join_using_alias", "joinaliasvars", "joinleftcols", "joinmergedcols",
        "joinrightcols", "jointree", "jointype", "jumble_args", "key", "keys", "keyword_kind", "kind", "label",
        "lang", "langIsTrusted", "langOid", "larg", "largs", "lateral", "lexpr", "lidx", "limitCount", "limitOffset",
        "limitOption", "list_end", "list_start", "list_type", "listdatums", "local_schema", "location", "lockedRels",
        "lockingClause", "lowerdatums", "lplan", "matchKind", "mergeActionList", "mergeJoinCondition",
        "mergeTargetRelation", "mergeWhenClauses", "method", "minmaxcollid", "minmaxtype", "missing_ok", "mode",
        "modulus", "msfcollid", "msftype", "multidims", "name", "name_location", "named_args", "names", "namespaces",
        "ncolumns", "newVal", "newValIsAfter", "newValNeighbor", "new_tablespacename", "newname", "newowner",
        "newrole", "newschema", "newvals", "nnames", "nnconstraints", "node", "noinherit", "notnulls", "nowait",
        "ns_names", "ns_uris", "nulls_first", "nulls_not_distinct", "nulls_ordering", "nulltesttype", "num", "number",
        "objargs", "object", "objectType", "objects", "objfuncargs", "objname", "objtype", "ofTypename", "oid",
        "oldCreateSubid", "oldFirstRelfilelocatorSubid", "oldNumber", "oldVal", "old_conpfeqop", "old_pktable_oid",
        "oldstyle", "omit_quotes", "onCommit", "onConflict", "onConflictClause", "onConflictSet", "onConflictWhere",
        "on_empty", "on_error", "oncommit", "op", "opclass", "opclassname", "opclassopts", "opcollid", "operName",
        "opername", "opfamilies", "opfamilyname", "opno", "opnos", "opresulttype", "opretset", "opt", "option",
        "options", "orderClause", "order_family", "ordering", "ordinality", "ordinalitycol", "orig_tablespacename",
        "outargs", "output", "over", "override", "owner", "ownerId", "parParam", "parallel_safe", "paramIds",
        "paramcollid", "parameters", "paramid", "paramkind", "params", "paramtype", "paramtypmod", "partParams",
        "partbound", "partitionClause", "partspec", "passing", "passing_names", "passing_values", "passingvalexprs",
        "path", "path_spec", "pathspec", "payload", "payload_location", "pct_type", "per_call_cost", "perminfoindex",
        "permissive", "pk_attrs", "pk_with_period", "pktable", "plan", "plan_id", "plan_name", "plhandler",
        "plinline", "plname", "pltrusted", "plvalidator", "policy_name", "polname", "portalname", "primary",
        "priv_name", "privileges", "provider", "publication", "pubname", "pubobjects", "pubobjtype", "pubtable",
        "pushedDown", "qual", "quals", "query", "querySource", "quotes", "rarg", "rargs", "raw_default", "raw_expr",
        "recurse", "recursive", "refassgnexpr", "refcollid", "refcontainertype", "refelemtype", "refexpr",
        "reflowerindexpr", "refname", "refrestype", "refs", "reftypmod", "refupperindexpr", "rel", "relabelformat",
        "relation", "relationOid", "relationType", "relations", "relid", "relkind", "rellockmode", "relname",
        "relpersistence", "rels", "remainder", "remote_schema", "remove", "removeType", "renameType", "repeatable",
        "replace", "requiredPerms", "reset_default_tblspc", "resjunk", "resname", "resno", "resorigcol", "resorigtbl",
        "ressortgroupref", "restart_seqs", "result", "resultRelation", "resultcollid", "resulttype", "resulttypmod",
        "retexpr", "retlevelsup", "retold", "returnType", "returning", "returningClause", "returningList",
        "returningNewAlias", "returningOldAlias", "returnval", "reverse_sort", "rexpr", "rexpr_list_end",
        "rexpr_list_start", "role", "rolename", "roles", "roletype", "row", "rowMarks", "row_format", "row_typeid",
        "rowexpr", "rplan", "rtable", "rtekind", "rteperminfos", "rti", "rtindex", "rulename", "runCondition",
        "savepoint_name", "schemaElts", "schema_name", "schemaname", "search_breadth_first", "search_clause",
        "search_col_list", "search_seq_column", "securityQuals", "security_barrier", "selectStmt", "selectedCols",
        "self_reference", "seqid", "sequence", "server_name", "servername", "servertype", "setOperations", "setParam",
        "setof", "setstmt", "skipData", "skipIfNewValExists", "skip_validation", "sortClause", "sortby_dir",
        "sortby_nulls", "sortop", "source", "sourceRelation", "source_text", "sourcetype", "sql_body", "start",
        "startInRangeFunc", "startOffset", "startup_cost", "stat_types", "statement_types", "stmt", "stmt_len",
        "stmt_location", "stmt_type", "stmts", "storage", "storage_name", "storedtype", "strategy", "strength",
        "string", "stxcomment", "stxstattarget", "subLinkId", "subLinkType", "subname", "subplans", "subquery",
        "subselect", "subtype", "sval", "table", "tableElts", "tableSpace", "tableSpaceName", "table_list",
        "table_name", "tablefunc", "tables", "tablesample", "tablespacename", "target", "targetList", "targettype",
        "targtype", "testexpr", "tgenabled", "timing", "tleSortGroupRef", "to_encoding_name", "token", "tokens",
        "tokentype", "tosql", "transformed", "transitionRels", "trigname", "truncated_query", "tsmhandler", "type",
        "typeId", "typeMod", "typeName", "typeOid", "type_name", "typemod", "typevar", "typid", "typmod", "typmods",
        "uidx", "unique", "unique_keys", "unknownEqFalse", "updateColnos", "updatedCols", "upperdatums",
        "useHashTable", "useOp", "useOr", "use_io_coercion", "use_json_coercion", "user", "usingClause",
        "utilityStmt", "va_cols", "val", "vals", "value", "values", "valuesLists", "values_lists", "varattno",
        "varcollid", "varlevelsup", "varno", "varnullingrels", "varreturningtype", "vartype", "vartypmod", "version",
        "view", "viewQuery", "waitPolicy", "wfunc_left", "whenClause", "whenclause", "whereClause", "where_clause",
        "winagg", "wincollid", "windowClause", "winfnoid", "winref", "winstar", "wintype", "withCheckOption",
        "withCheckOptions", "withClause", "with_check", "without_overlaps", "wrapper", "xmloption", "xpr",
    ]

    static let kindCount = kindNames.count

    /// Whether `key` names a node type (a wrapper's key).
    static func isKind(_ key: UInt16) -> Bool { key >= 1 && Int(key) <= kindCount }

    static func name(_ key: UInt16) -> String { table.names[Int(key)] }

    /// The number of a key given as text, numbering it if it is new.
    static func key(_ name: String) -> UInt16 {
        var name = name
        if let key = name.withUTF8({ table.fixedKey($0) }) { return key }
        return table.addedKey(name)
    }

    /// The number of a key given as UTF-8 bytes (the JSON reader's, read in place).
    static func key(bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        table.fixedKey(bytes) ?? table.addedKey(String(decoding: bytes, as: UTF8.self))
    }

    /// Keys whose values say where text was, not what it means (`Node.isPositionKey`).
    static func isPosition(_ key: UInt16) -> Bool { table.isPosition(key) }

    /// Position keys that hold an offset into the text (all but `stmt_len`, a length).
    static func isOffset(_ key: UInt16) -> Bool { key != statementLength && table.isPosition(key) }

    private static let statementLength = key("stmt_len")

    private static let table = KeyTable(fixed: [""] + kindNames + fieldNames)
}

/// The numbered keys: the fixed ones found by hashing their bytes (no lock, no String made), the others
/// added under a lock. Names are never moved or removed, so a number read anywhere names its key.
private final class KeyTable: @unchecked Sendable {
    static let capacity = 8192
    let names: UnsafeMutablePointer<String>
    /// Per fixed key: whether it is a position key.
    private let positions: [Bool]
    private let fixedCount: Int
    /// Open addressing over the fixed keys' bytes: a slot holds a key number, 0 when empty.
    private let slots: [UInt16]
    private let bytes: [UInt8]
    private let starts: [Int]
    private var added: [String: UInt16] = [:]
    private var count: Int
    private let lock = NSLock()

    init(fixed: [String]) {
        names = .allocate(capacity: Self.capacity)
        names.initialize(from: fixed, count: fixed.count)
        count = fixed.count
        var bytes: [UInt8] = [], starts: [Int] = []
        var positions = Array(repeating: false, count: fixed.count)
        for (number, name) in fixed.enumerated() {
            starts.append(bytes.count)
            bytes += Array(name.utf8)
            positions[number] = Node.isPositionKey(name)
        }
        starts.append(bytes.count)
        var slots = [UInt16](repeating: 0, count: 4096)
        for number in 1..<fixed.count {
            var slot = Self.hash(bytes[starts[number]..<starts[number + 1]]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt16(number)
        }
        (self.bytes, self.starts, self.slots, self.positions, fixedCount) = (bytes, starts, slots, positions, fixed.count)
    }

    func isPosition(_ key: UInt16) -> Bool {
        Int(key) < fixedCount ? positions[Int(key)] : Node.isPositionKey(names[Int(key)])
    }

    private static func hash<C: Collection>(_ text: C) -> Int where C.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261
        for byte in text { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }

    func fixedKey(_ text: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard let base = text.baseAddress, !text.isEmpty else { return nil }
        var slot = Self.hash(text) & (slots.count - 1)
        while true {
            let number = Int(slots[slot])
            if number == 0 { return nil }
            let start = starts[number], length = starts[number + 1] - start
            if length == text.count, bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + start, base, length) == 0 }) {
                return UInt16(number)
            }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    func addedKey(_ name: String) -> UInt16 {
        lock.lock()
        defer { lock.unlock() }
        if let number = added[name] { return number }
        precondition(count < Self.capacity, "more than \(Self.capacity) distinct parse-tree keys")
        (names + count).initialize(to: name)
        let number = UInt16(count)
        added[name] = number
        count += 1
        return number
    }
}
