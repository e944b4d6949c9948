import SchemaModel
import SQLTree

/// When each statement's tree may go. A large schema's trees take many times its text, and held until the
/// model was done they stood beside the whole model at its peak. A tree is released after the last pass of
/// `build` that reads it, so a plain table's goes as soon as its table is built and its memory holds the
/// next tables.
extension ModelBuilder {
    /// The passes of `build` after which trees are released, in the order it runs them (the passes before
    /// the tables read few statements, which the dependents pass reads again).
    enum TreePass: Int, Comparable {
        case tables, hierarchy, views, dependents, triggerFiring, access, comments, renames

        static func < (lhs: TreePass, rhs: TreePass) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The last pass that reads the statement's tree. A pass reads a statement only when the statement's
    /// last reader is that pass or a later one: it filters by kinds this function keeps long enough, or
    /// takes `statements(readBy:)`.
    static func lastReader(of statement: StatementSource) -> TreePass {
        switch statement.pending {  // only statements one pass reads are left unparsed
        case .table: return .tables
        case .index: return .dependents
        case nil: break
        }
        var last: TreePass
        switch statement.kind {
        case "CreateStmt":
            let body = statement.node.body
            if !TableLikeReader.clauses(of: statement).isEmpty {
                last = .comments  // LIKE copies indexes and constraints with the dependents, comments with the comments
            } else if !(body?.inhRelations.isEmpty ?? true) || body?.partbound != nil {
                last = .hierarchy  // where a child's inheritance problems are reported
            } else {
                last = .tables
            }
        case "AlterTableStmt": last = .triggerFiring
        case "ViewStmt": last = .views
        case "CreateTableAsStmt" where statement.node.body?.objtype == "OBJECT_MATVIEW": last = .views
        case _ where lateKinds.contains(statement.kind ?? ""): last = statement.kind == "CommentStmt" ? .comments : .access
        default: last = .dependents
        }
        return statement.hasRenameHints ? .renames : last
    }

    /// The statements whose trees `pass` may read.
    func statements(readBy pass: TreePass) -> [StatementSource] {
        statements.filter { (lastReaders[$0.identity] ?? .renames) >= pass }
    }

    /// Releases the statement's tree when `pass` is its last reader.
    func finished(_ pass: TreePass, with statement: StatementSource) {
        if lastReaders[statement.identity] == pass { statement.releaseTree() }
    }

    /// Releases the trees whose last reader is `pass`.
    func finished(_ pass: TreePass) {
        for statement in statements where lastReaders[statement.identity] == pass { statement.releaseTree() }
    }

    /// Parses a statement that reading its file left unparsed, and checks that it is what its tokens showed:
    /// of that kind and those names, and read by no pass but `pass`. True for every other statement.
    func parseAndCheckPendingTree(_ statement: StatementSource, readBy pass: TreePass) -> Bool {
        guard let pending = statement.pending else { return true }
        guard statement.parsePendingTree(), Self.lastReader(of: statement) == pass, let body = statement.node.body else { return false }
        let resolver = NameResolver(searchPath: statement.searchPath)
        let relation = resolver.qualifyRelation(rangeVar: body.relation ?? .null)
        switch pending {
        case .table(let name): return relation == resolver.qualifyRelation(name)
        case .index(let name, let table): return body.idxname == name && relation == resolver.qualifyRelation(table)
        }
    }
}
