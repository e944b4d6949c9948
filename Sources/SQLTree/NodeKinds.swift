/// The node types of libpg_query's parse tree (the `Node` message of its `pg_query.proto`), numbered so
/// that a node-type wrapper object (`{"ColumnRef": {...}}`) can name its type in two bytes (see
/// `NodeFields`). A type missing here only means that its wrappers are stored the plain way.
enum NodeKinds {
    /// Code 0 is "not a wrapper"; code `n` names `names[n]`.
    static let names: [String] = [
        "",
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

    static let codes: [String: UInt16] = {
        var codes: [String: UInt16] = [:]
        codes.reserveCapacity(names.count)
        for (code, name) in names.enumerated().dropFirst() { codes[name] = UInt16(code) }
        return codes
    }()
}
