import SchemaModel
import SQLTree

/// Turns a `Constraint` parse node (a table constraint, a column constraint, or the
/// `ALTER TABLE ... ADD CONSTRAINT` that introspection renders from `pg_get_constraintdef`) into the model.
public struct ConstraintBuilder {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer

    public init(source: StatementSource, normalizer: ExpressionNormalizer) {
        self.source = source
        self.normalizer = normalizer
    }

    /// Kinds of constraint node that become table constraints; the others (NOT NULL, DEFAULT, identity)
    /// are column properties.
    public static let tableConstraintTypes: Set<String> = ["CONSTR_PRIMARY", "CONSTR_UNIQUE", "CONSTR_CHECK", "CONSTR_FOREIGN", "CONSTR_EXCLUSION"]

    /// Builds one constraint. `column` is set for column constraints, whose key is that column.
    /// An unnamed constraint gets the name PostgreSQL would give it, avoiding `takenNames`.
    public func build(_ node: Node, table: QualifiedName, column: String?, takenNames: Set<String>) throws(Diagnostic) -> Constraint {
        let body = node.body("Constraint") ?? node
        let type = body.contype ?? ""
        let ownColumns = column.map { [$0] } ?? []
        let kind: Constraint.Kind
        var label: String
        var nameColumns: [String]
        switch type {
        case "CONSTR_PRIMARY":
            let columns = body.keys.nameList.nonEmpty ?? ownColumns
            kind = .primaryKey(columns: columns)
            label = "pkey"
            nameColumns = []
        case "CONSTR_UNIQUE":
            let columns = body.keys.nameList.nonEmpty ?? ownColumns
            kind = .unique(columns: columns, nullsNotDistinct: body.nulls_not_distinct)
            label = "key"
            nameColumns = columns
        case "CONSTR_CHECK":
            let expression = try checkExpression(body)
            kind = .check(expression, noInherit: body.is_no_inherit)
            label = "check"
            let referenced = ExpressionNormalizer.columnReferenceNames(body.raw_expr ?? .null)
            nameColumns = referenced.count == 1 ? referenced : []
        case "CONSTR_FOREIGN":
            let key = try foreignKey(body, ownColumns: ownColumns, table: table)
            kind = .foreignKey(key)
            label = "fkey"
            nameColumns = key.columns
        case "CONSTR_EXCLUSION":
            let exclusion = try exclusionConstraint(body)
            kind = .exclusion(exclusion)
            label = "excl"
            // Named after the key columns as PostgreSQL names index columns (`tstzrange` for a call), then
            // the INCLUDE columns.
            nameColumns = body.exclusions.compactMap { pair in
                ((pair.body("List") ?? pair).items.first?.body("IndexElem")).map(IndexBuilder.columnNameForNaming)
            } + exclusion.include
        default:
            throw source.diagnostic(at: node, "constraint type \(type) is not supported yet")
        }
        let name = body.conname
            ?? ConstraintNaming.name(table: table.name, columns: nameColumns, label: label, taken: takenNames)
        return Constraint(
            name: name, kind: kind, notValid: body.skip_validation,
            deferrable: body.deferrable, initiallyDeferred: body.initdeferred,
            period: try period(body, type: type))
    }

    /// `WITHOUT OVERLAPS` on a key's last column, `PERIOD` on a foreign key's last columns (PostgreSQL 18).
    /// A foreign key with PERIOD on one side only, or on its own columns while it means the referenced
    /// table's primary key, is refused: PostgreSQL refuses the first, and the second would need the
    /// referenced key's shape here.
    private func period(_ body: Node, type: String) throws(Diagnostic) -> Bool {
        if type == "CONSTR_PRIMARY" || type == "CONSTR_UNIQUE" { return body.without_overlaps }
        guard type == "CONSTR_FOREIGN" else { return false }
        let own = body.fk_with_period
        let referenced = body.pk_with_period
        guard own == referenced else {
            throw source.diagnostic(at: body, "a foreign key with PERIOD needs PERIOD on its last column and on the last referenced column",
                                    hint: "name the referenced columns: REFERENCES t (id, PERIOD valid_at)")
        }
        return own
    }

    private func checkExpression(_ body: Node) throws(Diagnostic) -> Expression {
        guard let raw = body.raw_expr else { throw source.diagnostic(at: body, "CHECK without an expression") }
        let offset = body.location?.int ?? source.byteRange.lowerBound
        guard let text = source.parenthesizedText(fromKeyword: "CHECK", offset: offset) else {
            throw source.diagnostic(atByte: offset, "could not find the text of this CHECK expression")
        }
        return normalizer.expression(raw, parsedFrom: text)
    }

    /// `EXCLUDE USING gist (room WITH =, during WITH &&) INCLUDE (c) WHERE (p)`: keys read as index keys are.
    private func exclusionConstraint(_ body: Node) throws(Diagnostic) -> ExclusionConstraint {
        if body.indexspace != nil || !(body.options?.array.isEmpty ?? true) {
            throw source.diagnostic(at: body, "storage options and tablespaces of exclusion constraints are not supported yet")
        }
        // From `EXCLUDE` to the end of the constraint: its element list, INCLUDE and WHERE.
        guard let text = source.clauseText(keyword: "EXCLUDE", from: body.location?.int ?? source.byteRange.lowerBound,
                                           stopKeywords: ["DEFERRABLE", "INITIALLY", "NOT"]) else {
            throw source.diagnostic(at: body, "could not find the text of this EXCLUDE constraint")
        }
        let keys = IndexBuilder(source: source, normalizer: normalizer)
        let method = body.access_method ?? "btree"
        var elements: [ExclusionConstraint.Element] = []
        for pair in body.exclusions {
            let items = (pair.body("List") ?? pair).items
            guard items.count == 2, let element = items[0].body("IndexElem") else {
                throw source.diagnostic(at: body, "could not read this EXCLUDE element")
            }
            let operatorParts = ((items[1].body("List") ?? items[1]).items).compactMap(\.stringValue)
            let operatorName = operatorParts.count >= 2 && operatorParts[operatorParts.count - 2] != "pg_catalog"
                ? "\(operatorParts[operatorParts.count - 2]).\(operatorParts.last!)" : operatorParts.last ?? ""
            elements.append(ExclusionConstraint.Element(key: try keys.key(element, method: method), operatorName: operatorName))
        }
        var predicate: Expression?
        if let whereClause = body.where_clause {
            predicate = normalizer.expression(whereClause, text: "")
        }
        return ExclusionConstraint(method: method, elements: elements,
                                   include: body.including.nameList, predicate: predicate, text: "EXCLUDE " + text)
    }

    private func foreignKey(_ body: Node, ownColumns: [String], table: QualifiedName) throws(Diagnostic) -> ForeignKey {
        guard let target = body.pktable?.body("RangeVar") ?? body.pktable else {
            throw source.diagnostic(at: body, "REFERENCES without a table")
        }
        return ForeignKey(
            columns: body.fk_attrs.nameList.nonEmpty ?? ownColumns,
            referencedTable: normalizer.resolver.qualifyRelation(rangeVar: target),
            // Empty means "the referenced table's primary key"; the schema builder fills it in.
            referencedColumns: body.pk_attrs.nameList,
            onDelete: ForeignKey.Action(rawValue: body.fk_del_action ?? "a") ?? .noAction,
            onUpdate: ForeignKey.Action(rawValue: body.fk_upd_action ?? "a") ?? .noAction,
            matchFull: body.fk_matchtype == "f")
    }
}

extension StatementSource {
    /// The parenthesized text after a keyword found at or after `offset`.
    func parenthesizedText(fromKeyword keyword: String, offset: Int) -> String? {
        let tokens = self.tokens
        guard let index = tokens.firstIndex(where: { $0.byteRange.lowerBound >= offset && $0.name == keyword }) else {
            return nil
        }
        return parenthesizedText(from: tokens[index].byteRange.upperBound)
    }
}

extension Array {
    /// nil for an empty array, so `?? fallback` reads naturally.
    var nonEmpty: Self? { isEmpty ? nil : self }
}
