import SchemaModel
import SQLTree

/// UPDATE and DELETE on an existing table: D101 without WHERE (every row), B107 with a WHERE that does
/// not bound the statement to a batch. Bounded, precisely: one of the WHERE's top-level AND terms is
/// - equality of a column with a constant or parameter (`id = 42`, `id IN (1, 2)`),
/// - a key range: `col BETWEEN a AND b`, or both a lower (`>`, `>=`) and an upper (`<`, `<=`) bound of one
///   column by constants or parameters,
/// - or holds a subquery with LIMIT (`id IN (SELECT id ... LIMIT 1000)`, `ctid = ANY (ARRAY(SELECT ... LIMIT n))`).
struct DataWriteRule: LintRule {
    func check(_ statement: LintStatement, _ history: LintHistory) -> [LintHit] {
        let verb: String
        let write: Node
        if let update = statement.body("UpdateStmt") { (verb, write) = ("UPDATE", update) }
        else if let delete = statement.body("DeleteStmt") { (verb, write) = ("DELETE", delete) }
        else { return [] }
        guard let table = LintNames.relation(write.relation), history.isExisting(table) else { return [] }
        guard let condition = write.whereClause else {
            return [LintHit(.D101, LintCatalogue.writeWithoutWhere(verb, table)),
                    LintHit(.B107, LintCatalogue.unbatchedWrite(verb, table))]
        }
        return Self.isBounded(condition) ? [] : [LintHit(.B107, LintCatalogue.unbatchedWrite(verb, table))]
    }

    static func isBounded(_ condition: Node) -> Bool {
        let terms = conjuncts(condition)
        if terms.contains(where: { isPoint($0) || isBetween($0) || hasLimitedSubquery($0) }) { return true }
        // A range from two terms: a lower and an upper bound of the same column.
        var lower: Set<String> = []
        var upper: Set<String> = []
        for term in terms {
            guard let (column, direction) = bound(term) else { continue }
            if direction > 0 { lower.insert(column) } else { upper.insert(column) }
        }
        return !lower.isDisjoint(with: upper)
    }

    static func conjuncts(_ node: Node) -> [Node] {
        guard let bool = node.body("BoolExpr"), bool.boolop == "AND_EXPR" else { return [node] }
        return bool.args.flatMap(conjuncts)
    }

    /// A constant, a `$1` parameter, or either with a cast.
    static func isConstant(_ node: Node?) -> Bool {
        guard let node else { return false }
        if node.body("A_Const") != nil || node.body("ParamRef") != nil { return true }
        if let cast = node.body("TypeCast") { return isConstant(cast.arg) }
        return false
    }

    static func column(_ node: Node?) -> String? {
        node?.body("ColumnRef")?.fieldsField.compactMap(\.stringValue).joined(separator: ".")
    }

    static func isPoint(_ term: Node) -> Bool {
        guard let expression = term.body("A_Expr"), column(expression.lexpr) != nil else { return false }
        switch expression.kindField {
        case "AEXPR_OP":
            return expression.name?.nameList == ["="] && isConstant(expression.rexpr)
        case "AEXPR_IN":
            return expression.name?.nameList == ["="] && (expression.rexpr?.array ?? []).allSatisfy { isConstant($0) }
        default:
            return false
        }
    }

    static func isBetween(_ term: Node) -> Bool {
        guard let expression = term.body("A_Expr"), column(expression.lexpr) != nil else { return false }
        return expression.kindField == "AEXPR_BETWEEN" || expression.kindField == "AEXPR_BETWEEN_SYM"
    }

    /// `col > c` / `c < col` → (col, +1); `col < c` / `c > col` → (col, -1).
    static func bound(_ term: Node) -> (String, Int)? {
        guard let expression = term.body("A_Expr"), expression.kindField == "AEXPR_OP",
              let operatorName = expression.name?.nameList.last else { return nil }
        let direction: Int
        switch operatorName {
        case ">", ">=": direction = 1
        case "<", "<=": direction = -1
        default: return nil
        }
        if let name = column(expression.lexpr), isConstant(expression.rexpr) { return (name, direction) }
        if let name = column(expression.rexpr), isConstant(expression.lexpr) { return (name, -direction) }
        return nil
    }

    static func hasLimitedSubquery(_ term: Node) -> Bool {
        var limited = false
        term.forEach { node in
            guard let select = node.body("SubLink")?.subselect?.body("SelectStmt") else { return }
            if select.limitCount != nil { limited = true }
        }
        return limited
    }
}
