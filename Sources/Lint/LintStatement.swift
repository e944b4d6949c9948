import SchemaModel
import SQLTree

/// One parsed statement, with where it starts in its file.
struct LintStatement {
    var node: Node
    /// Byte offset of the statement's first token in the file (after the comments above it).
    var byteOffset: Int
    var kind: LintSource.Kind
    var transactional: Bool

    /// The body of the statement's node when it is of `kind` (`IndexStmt`, `AlterTableStmt`, ...).
    func body(_ type: String) -> Node? { node.body(type) }
}

/// What the linted SQL has created so far in this run: a table or index it creates is new, not existing,
/// so the locking rules leave it alone ("existing" means: not created by the migrations being linted).
struct LintHistory {
    private(set) var tables: Set<QualifiedName> = []
    private(set) var indexes: Set<QualifiedName> = []
    /// Columns added to existing tables by the linted SQL, per table.
    private(set) var columns: [QualifiedName: Set<String>] = [:]

    func isExisting(_ table: QualifiedName) -> Bool { !tables.contains(table) }
    func isExistingIndex(_ index: QualifiedName) -> Bool { !indexes.contains(index) }
    func isNewColumn(_ column: String, of table: QualifiedName) -> Bool { columns[table]?.contains(column) == true }

    mutating func record(_ node: Node) {
        if let create = node.body("CreateStmt"), let name = LintNames.relation(create.relation) {
            tables.insert(name)
        } else if let createAs = node.body("CreateTableAsStmt"), let name = LintNames.relation(createAs.into?.rel) {
            tables.insert(name)
        } else if let index = node.body("IndexStmt"), let table = LintNames.relation(index.relation),
                  let name = index.idxname {
            indexes.insert(QualifiedName(table.schema, name))
        } else if let alter = node.body("AlterTableStmt"), let table = LintNames.relation(alter.relation) {
            for command in alter.cmds {
                guard let body = command.body("AlterTableCmd"), body.subtype == "AT_AddColumn",
                      let column = body.def?.body("ColumnDef")?.colname else { continue }
                columns[table, default: []].insert(column)
            }
        }
    }
}

/// Names as the parse tree spells them. Unqualified names are taken to be in `public`: lint reads
/// SQL without a database, and migrations monolayer writes always qualify their names.
enum LintNames {
    static let defaultSchema = "public"

    static func relation(_ rangeVar: Node?) -> QualifiedName? {
        guard let body = rangeVar?.body("RangeVar") ?? rangeVar, let name = body.relname else { return nil }
        return QualifiedName(body.schemaname ?? defaultSchema, name)
    }

    /// `[schema, name]` or `[name]` as a list of String nodes.
    static func qualified(_ names: [String]) -> QualifiedName? {
        guard let last = names.last else { return nil }
        return QualifiedName(names.count > 1 ? names[names.count - 2] : defaultSchema, last)
    }

    /// A type name as written (`int4`, `varchar(20)`, `timestamp`), without `pg_catalog.`.
    static func typeName(_ node: Node?) -> (name: String, typmodCount: Int)? {
        guard let body = node?.body("TypeName") ?? node, let name = body.names.nameList.last else { return nil }
        return (name, body.typmods.count)
    }
}
