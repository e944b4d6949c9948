import SchemaModel
import SQLTree

/// What `LIKE` names: a declared table, or a composite type (its attributes become columns).
enum LikeSource {
    case table(Table)
    case composite(CompositeType)
}

/// `CREATE TABLE t (LIKE source [INCLUDING | EXCLUDING option] ...)`, with PostgreSQL's semantics (the
/// CREATE TABLE page of its documentation, `transformTableLikeClause`): names, types, collations and
/// NOT NULL always; defaults, generation expressions, identity (with a new sequence), storage and
/// compression as the options say. CHECK constraints and indexes (with primary keys, unique and
/// exclusion constraints, under the names PostgreSQL chooses for the new table) are copied where the
/// statement stands among the others that complete tables (pass 3), comments with the other comments:
/// the source has what was declared before it, as when the files run in order.
struct TableLikeReader {
    let source: StatementSource
    let resolver: NameResolver

    /// `TableLikeOption` parsenodes.h.
    enum Option: Int {
        case comments = 1, compression = 2, constraints = 4, defaults = 8, generated = 16, identity = 32, indexes = 64,
             statistics = 128, storage = 256
    }

    struct Clause {
        var source: QualifiedName
        var options: Int
        var node: Node
        func has(_ option: Option) -> Bool { options & option.rawValue != 0 }
    }

    /// The `LIKE` clauses of a `CREATE TABLE`.
    static func clauses(of statement: StatementSource) -> [Clause] {
        let resolver = NameResolver(searchPath: statement.searchPath)
        return (statement.node.body?.tableElts ?? []).compactMap { element in
            guard let like = element.body("TableLikeClause") else { return nil }
            return Clause(source: resolver.qualifyRelation(rangeVar: like.relation ?? .null), options: like.options?.int ?? 0, node: element)
        }
    }

    func columns(_ like: Node, table: QualifiedName, source lookup: (QualifiedName) -> LikeSource?) throws(Diagnostic) -> [Column] {
        let clause = Clause(source: resolver.qualifyRelation(rangeVar: like.relation ?? .null), options: like.options?.int ?? 0, node: like)
        switch lookup(clause.source) {
        case .composite(let type)?:
            return type.attributes.map { attribute in
                var column = Column(name: attribute.name, type: attribute.type)
                column.collation = attribute.collation
                return column
            }
        case .table(let original)?:
            guard original.partitionOf == nil, original.inherits.isEmpty else {
                throw source.diagnostic(at: like.relation, "LIKE a partition or an inheriting table is not supported yet",
                                        hint: "name the columns, or LIKE the parent table")
            }
            return original.columns.map { copy($0, of: clause, into: table) }
        case nil:
            throw source.diagnostic(at: like.relation, "LIKE names \(clause.source), which is not a declared table or composite type",
                                    hint: "LIKE a view is not supported")
        }
    }

    private func copy(_ column: Column, of clause: Clause, into table: QualifiedName) -> Column {
        var copy = Column(name: column.name, type: column.type, notNull: column.notNull)
        copy.collation = column.collation
        if clause.has(.defaults), column.generated == nil { copy.defaultValue = column.defaultValue }
        if clause.has(.generated) { copy.generated = column.generated }
        if clause.has(.identity), let identity = column.identity, var sequence = column.identitySequence {
            // A new sequence for the new table, with the source's options.
            sequence.name = QualifiedName(table.schema, ConstraintNaming.name(table: table.name, columns: [column.name], label: "seq"))
            copy.identity = identity
            copy.identitySequence = sequence
        }
        if clause.has(.storage) { copy.settings.storage = column.settings.storage }
        if clause.has(.compression) { copy.settings.compression = column.settings.compression }
        return copy
    }

    /// Pass 3: what ALTER TABLE statements above this one set on the source's columns, CHECK constraints
    /// (valid, as PostgreSQL copies them) and indexes with the key constraints they back. Returns each copied index's new name by the source index's, for the comments.
    func applyDependents(to table: QualifiedName, in model: inout SchemaModel, relationNames: (String) -> Set<String>)
        throws(Diagnostic) -> [QualifiedName: QualifiedName] {
        var copies: [QualifiedName: QualifiedName] = [:]
        for clause in Self.clauses(of: source) {
            guard let original = model.tables[clause.source] else { continue }
            // The columns as ALTER TABLE statements above this one left them (a default or storage set later
            // than the source's CREATE TABLE).
            for column in original.columns {
                guard let position = model.tables[table]?.columns.firstIndex(where: { $0.name == column.name }) else { continue }
                let copied = copy(column, of: clause, into: table)
                if copied.notNull { model.tables[table]?.columns[position].notNull = true }
                if let value = copied.defaultValue { model.tables[table]?.columns[position].defaultValue = value }
                if let storage = copied.settings.storage { model.tables[table]?.columns[position].settings.storage = storage }
                if let compression = copied.settings.compression { model.tables[table]?.columns[position].settings.compression = compression }
            }
            if clause.has(.constraints) {
                for constraint in original.sortedConstraints {
                    guard case .check = constraint.kind else { continue }
                    var copy = constraint
                    copy.notValid = false
                    guard model.tables[table]?.constraints[copy.name] == nil else {
                        throw source.diagnostic(at: clause.node, "constraint \"\(copy.name)\" for table \(table) already exists")
                    }
                    model.tables[table]?.constraints[copy.name] = copy
                }
            }
            guard clause.has(.indexes) else { continue }
            for constraint in original.sortedConstraints {
                let label: String
                switch constraint.kind {
                case .primaryKey: label = "pkey"
                case .unique: label = "key"
                case .exclusion: label = "excl"
                default: continue
                }
                var copy = constraint
                let taken = relationNames(table.schema).union(model.tables[table]?.constraints.keys.map { $0 } ?? [])
                copy.name = label == "pkey" ? ConstraintNaming.name(table: table.name, columns: [], label: label, taken: taken)
                    : ConstraintNaming.name(table: table.name, columns: IndexBuilder.indexColumnNames(constraint.columns), label: label, taken: taken)
                model.tables[table]?.constraints[copy.name] = copy
            }
            for index in model.indexes(on: clause.source) {
                var copy = index
                copy.table = table
                copy.columnStatistics = [:]
                copy.name = ConstraintNaming.name(table: table.name, columns: IndexBuilder.indexColumnNames(index.keyNames), label: "idx",
                                                  taken: relationNames(table.schema))
                model.indexes[copy.qualifiedName] = copy
                copies[index.qualifiedName] = copy.qualifiedName
            }
            model.tables[table]?.markPrimaryKeyColumnsNotNull()
        }
        return copies
    }

    /// With the comments: on the columns, and on the CHECK constraints and indexes the statement copied.
    func applyComments(to table: QualifiedName, indexCopies: [QualifiedName: QualifiedName], in model: inout SchemaModel) {
        for clause in Self.clauses(of: source) where clause.has(.comments) {
            for (target, text) in model.comments {
                switch target {
                case .column(clause.source, let column) where model.tables[table]?.column(named: column) != nil:
                    model.comments[.column(table, column)] = text
                case .constraint(clause.source, let name) where clause.has(.constraints):
                    if case .check? = model.tables[clause.source]?.constraints[name]?.kind { model.comments[.constraint(table: table, name: name)] = text }
                case .index(let index):
                    if let copy = indexCopies[index] { model.comments[.index(copy)] = text }
                default: break
                }
            }
        }
    }
}
