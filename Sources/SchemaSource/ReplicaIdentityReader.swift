import SchemaModel
import SQLTree

/// `ALTER TABLE [ONLY] t REPLICA IDENTITY { DEFAULT | FULL | NOTHING | USING INDEX i }` in schema files
/// (pg_dump writes it after the table, or after the index it names). Called by `AlterTableReader` for
/// each subcommand. The index must be declared before, as an index or a primary key or unique
/// constraint of the table, and be one PostgreSQL accepts, so that the mistake is reported here and
/// not when a migration runs.
struct ReplicaIdentityReader {
    let source: StatementSource

    /// Whether the subcommand was `REPLICA IDENTITY` (and is now applied to `table`).
    func apply(_ command: Node, to table: inout Table, in model: SchemaModel) throws(Diagnostic) -> Bool {
        guard command.subtype == "AT_ReplicaIdentity" else { return false }
        let statement = command.def?.body("ReplicaIdentityStmt") ?? .null
        switch statement.identity_type ?? "" {
        case "d": table.replicaIdentity = .default
        case "f": table.replicaIdentity = .full
        case "n": table.replicaIdentity = .nothing
        case "i":
            let name = statement.name?.string ?? ""
            try check(index: name, of: &table, in: model, at: command)
            table.replicaIdentity = .usingIndex(name)
        default:
            throw source.diagnostic(at: command, "could not read this REPLICA IDENTITY")
        }
        return true
    }

    /// PostgreSQL's conditions (ALTER TABLE documentation): unique, not partial, not deferrable, on
    /// plain columns that are NOT NULL.
    private func check(index name: String, of table: inout Table, in model: SchemaModel, at node: Node) throws(Diagnostic) {
        let qualified = QualifiedName(table.name.schema, name)
        let columns: [String]?
        if let constraint = table.constraints[name] {
            switch constraint.kind {
            case .primaryKey, .unique:
                guard !constraint.deferrable, !constraint.period else {
                    throw unusable(qualified, "its constraint is deferrable or WITHOUT OVERLAPS", at: node)
                }
                columns = constraint.columns
            default: throw unusable(qualified, "it is a \(constraint.kindName) constraint, not an index", at: node)
            }
        } else if let index = model.indexes[qualified], index.table == table.name {
            guard index.unique, index.predicate == nil else { throw unusable(qualified, "it is not unique, or it is partial", at: node) }
            guard let plain = index.plainColumns else { throw unusable(qualified, "it has an expression key", at: node) }
            columns = plain
        } else {
            throw source.diagnostic(at: node, "REPLICA IDENTITY USING INDEX names \(qualified.sql), which is not declared on "
                                        + "\(table.name.sql) before this statement", hint: "declare the unique index (or constraint) first")
        }
        table.markPrimaryKeyColumnsNotNull()
        if let nullable = columns?.first(where: { table.column(named: $0)?.notNull != true }) {
            throw unusable(qualified, "column \"\(nullable)\" is nullable", at: node)
        }
    }

    private func unusable(_ index: QualifiedName, _ reason: String, at node: Node) -> Diagnostic {
        source.diagnostic(at: node, "index \(index.sql) cannot be the replica identity: \(reason)",
                          hint: "PostgreSQL needs a unique, non-partial, non-deferrable index on NOT NULL columns")
    }
}

private extension Constraint {
    var kindName: String {
        switch kind {
        case .primaryKey: return "primary key"
        case .unique: return "unique"
        case .check: return "check"
        case .foreignKey: return "foreign key"
        case .exclusion: return "exclusion"
        }
    }
}
