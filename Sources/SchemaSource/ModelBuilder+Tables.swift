import SchemaModel
import SQLTree

/// Pass 2: tables, with what changes their columns (`ALTER TABLE ... ADD | DROP COLUMN`, `ALTER COLUMN
/// ... TYPE`) in file order, as PostgreSQL runs them. A `CREATE TABLE ... (LIKE source)` waits for its
/// source wherever that is declared, and so do the column changes of a table that waits.
extension ModelBuilder {
    mutating func addTablesAndColumnChanges() {
        var pending = statements.filter { $0.kind == "CreateStmt" || ColumnAlterReader.applies(to: $0) }
        var progressed = true
        while progressed, !pending.isEmpty {
            progressed = false
            var waiting: [StatementSource] = []
            for statement in pending {
                guard parseAndCheckPendingTree(statement, readBy: .tables) else { refusedPendingTree = true; return }
                guard isReady(statement, waiting: waiting) else { waiting.append(statement); continue }
                progressed = true
                do {
                    if statement.kind == "CreateStmt" { try addTable(statement) }
                    else {
                        try ColumnAlterReader(source: statement, normalizer: normalizer(for: statement), collations: Set(model.collations.keys))
                            .apply(statement.node.body ?? .null, to: &model)
                    }
                } catch { diagnostics.append(error) }
                finished(.tables, with: statement)
            }
            pending = waiting
        }
        // What still waits names a table that is never declared (or LIKEs itself): reported as it reads.
        for statement in pending {
            do {
                if statement.kind == "CreateStmt" { try addTable(statement) }
                else {
                    try ColumnAlterReader(source: statement, normalizer: normalizer(for: statement), collations: Set(model.collations.keys))
                        .apply(statement.node.body ?? .null, to: &model)
                }
            } catch { diagnostics.append(error) }
            finished(.tables, with: statement)
        }
    }

    /// A `CREATE TABLE` is ready once the tables it copies with LIKE exist; a column change once its table
    /// exists and nothing before it in the file still waits on that table.
    private func isReady(_ statement: StatementSource, waiting: [StatementSource]) -> Bool {
        let resolver = NameResolver(searchPath: statement.searchPath)
        if statement.kind == "CreateStmt" {
            return TableLikeReader.clauses(of: statement).allSatisfy { clause in
                model.tables[clause.source] != nil || model.composites[clause.source] != nil || !declaresTable(clause.source)
            }
        }
        let table = resolver.qualifyRelation(rangeVar: statement.node.body?.relation ?? .null)
        return model.tables[table] != nil && !waiting.contains { other in
            NameResolver(searchPath: other.searchPath).qualifyRelation(rangeVar: other.node.body?.relation ?? .null) == table
        }
    }

    private func declaresTable(_ name: QualifiedName) -> Bool { declaredTables.contains(name) }

    /// What `LIKE name` copies from, as the model has it now.
    func likeSource(_ name: QualifiedName) -> LikeSource? {
        if let table = model.tables[name] { return .table(table) }
        if let type = model.composites[name] { return .composite(type) }
        return nil
    }

    /// Names taken in a schema's relation namespace (tables, views, sequences, indexes and the indexes of
    /// key and exclusion constraints, composite types), where PostgreSQL's `ChooseRelationName` looks.
    func relationNames(in schema: String) -> Set<String> {
        var names: Set<String> = []
        for name in Array(model.tables.keys) + Array(model.views.keys) + Array(model.sequences.keys) + Array(model.composites.keys)
            where name.schema == schema { names.insert(name.name) }
        for index in model.indexes.values where index.table.schema == schema { names.insert(index.name) }
        for table in model.tables.values where table.name.schema == schema {
            for constraint in table.constraints.values {
                switch constraint.kind {
                case .primaryKey, .unique, .exclusion: names.insert(constraint.name)
                default: break
                }
            }
            for column in table.columns { if let sequence = column.identitySequence, sequence.name.schema == schema { names.insert(sequence.name.name) } }
        }
        return names
    }

    /// Pass 3, where the statement stands: the CHECK constraints and indexes its LIKE clauses copy.
    mutating func addLikeDependents(_ statement: StatementSource) throws(Diagnostic) {
        guard !TableLikeReader.clauses(of: statement).isEmpty else { return }
        let table = normalizer(for: statement).resolver.qualifyRelation(rangeVar: statement.node.body?.relation ?? .null)
        let builder = self
        let copies = try TableLikeReader(source: statement, resolver: normalizer(for: statement).resolver)
            .applyDependents(to: table, in: &model, relationNames: { builder.relationNames(in: $0) })
        likeIndexCopies[Self.key(statement)] = copies
    }

    /// With the comments: those its LIKE clauses copy.
    mutating func addLikeComments(_ statement: StatementSource) {
        let table = normalizer(for: statement).resolver.qualifyRelation(rangeVar: statement.node.body?.relation ?? .null)
        TableLikeReader(source: statement, resolver: normalizer(for: statement).resolver)
            .applyComments(to: table, indexCopies: likeIndexCopies[Self.key(statement)] ?? [:], in: &model)
    }

    static func key(_ statement: StatementSource) -> String { "\(statement.file.url.path):\(statement.byteRange.lowerBound)" }
}
