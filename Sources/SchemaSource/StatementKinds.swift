/// How the schema-file front end treats each top-level statement type of the parse tree.
enum StatementKinds {
    /// Session statements that pg_dump writes and that carry no schema (`search_path` is read separately).
    static let ignored: Set<String> = ["TransactionStmt", "VariableShowStmt"]

    /// Statements that change data or sessions, not schema: rejected with a hint.
    static let dataStatements: [String: String] = [
        "InsertStmt": "INSERT", "UpdateStmt": "UPDATE", "DeleteStmt": "DELETE", "MergeStmt": "MERGE",
        "CopyStmt": "COPY", "TruncateStmt": "TRUNCATE", "DoStmt": "DO", "CallStmt": "CALL",
        "SelectStmt": "SELECT", "VacuumStmt": "VACUUM", "ClusterStmt": "CLUSTER", "LockStmt": "LOCK",
        "ExplainStmt": "EXPLAIN", "ListenStmt": "LISTEN", "NotifyStmt": "NOTIFY", "CheckPointStmt": "CHECKPOINT",
        "ReindexStmt": "REINDEX", "RefreshMatViewStmt": "REFRESH MATERIALIZED VIEW", "PrepareStmt": "PREPARE",
        "ExecuteStmt": "EXECUTE", "DeallocateStmt": "DEALLOCATE", "DiscardStmt": "DISCARD",
    ]

    static let dataHint = "schema files hold declarations only; data changes belong in a data migration (`monolayer migrations scaffold data --name NAME`)"
}
