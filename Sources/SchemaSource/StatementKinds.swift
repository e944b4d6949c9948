import SQLTree

/// How the schema-file front end treats each top-level statement type of the parse tree.
enum StatementKinds {
    /// Session statements that pg_dump writes and that carry no schema (`search_path` is read separately).
    static let ignored: Set<String> = ["TransactionStmt", "VariableShowStmt"]

    /// Statements that are neither schema nor data (and data statements the loader did not skip, such as
    /// `COPY ... TO` or a `SELECT` other than `setval`): rejected with a hint.
    static let notSchema: [String: String] = [
        "InsertStmt": "INSERT", "UpdateStmt": "UPDATE", "DeleteStmt": "DELETE", "MergeStmt": "MERGE",
        "CopyStmt": "COPY", "TruncateStmt": "TRUNCATE", "DoStmt": "DO", "CallStmt": "CALL",
        "SelectStmt": "SELECT", "VacuumStmt": "VACUUM", "ClusterStmt": "CLUSTER", "LockStmt": "LOCK",
        "ExplainStmt": "EXPLAIN", "ListenStmt": "LISTEN", "NotifyStmt": "NOTIFY", "CheckPointStmt": "CHECKPOINT",
        "ReindexStmt": "REINDEX", "RefreshMatViewStmt": "REFRESH MATERIALIZED VIEW", "PrepareStmt": "PREPARE",
        "ExecuteStmt": "EXECUTE", "DeallocateStmt": "DEALLOCATE", "DiscardStmt": "DISCARD",
    ]

    static let dataHint = "schema files hold declarations only; data changes belong in a data migration (`monolayer migrations scaffold data --name NAME`)"

    /// The hint of the notice for skipped data statements, and of the error they are under `--strict`.
    static let skippedDataHint = "schema files hold declarations only; data belongs in a data migration "
        + "(`monolayer migrations scaffold data --name NAME`); --strict (or strict = true in monolayer.toml) refuses these statements"
    static let strictDataHint = "schema files hold declarations only; data belongs in a data migration "
        + "(`monolayer migrations scaffold data --name NAME`); without --strict (and strict = true in monolayer.toml) they are skipped with a notice"

    /// The data statements the loader skips (with a notice, or refuses under `--strict`): `INSERT`,
    /// `UPDATE`, `DELETE`, `MERGE`, `COPY ... FROM` (with its inline data) and `SELECT setval(...)`, which
    /// is how pg_dump and Rails' `structure.sql` carry rows and sequence positions. Nil for anything else.
    static func dataKind(_ node: Node) -> String? {
        switch node.kind {
        case "InsertStmt": return "INSERT"
        case "UpdateStmt": return "UPDATE"
        case "DeleteStmt": return "DELETE"
        case "MergeStmt": return "MERGE"
        case "CopyStmt" where node.body?.is_from == true: return "COPY"
        case "SelectStmt" where isSetval(node.body ?? .null): return "SELECT setval"
        default: return nil
        }
    }

    /// `SELECT [pg_catalog.]setval(...)[, setval(...)]`, nothing else in the query.
    private static func isSetval(_ select: Node) -> Bool {
        let clauses = ["fromClause", "whereClause", "groupClause", "havingClause", "withClause", "sortClause",
                       "limitCount", "limitOffset", "distinctClause", "valuesLists", "larg", "rarg"]
        guard clauses.allSatisfy({ select[$0] == nil }), let targets = select.targetList.nonEmpty else { return false }
        return targets.allSatisfy { target in
            guard let call = target.body("ResTarget")?.val?.body("FuncCall") else { return false }
            let name = call.funcname.nameList
            return name == ["setval"] || name == ["pg_catalog", "setval"]
        }
    }
}
