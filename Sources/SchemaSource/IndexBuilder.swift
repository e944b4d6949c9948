import SchemaModel
import SQLTree

/// `CREATE INDEX` → `Index`. Introspection parses `pg_get_indexdef` output with this same builder.
public struct IndexBuilder {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer

    public init(source: StatementSource, normalizer: ExpressionNormalizer) {
        self.source = source
        self.normalizer = normalizer
    }

    public func build(_ body: Node, existingNames: Set<String> = []) throws(Diagnostic) -> Index {
        let relation = body.relation ?? .null
        let table = normalizer.resolver.qualifyRelation(rangeVar: relation)
        let elements = body.indexParams.map { $0.body("IndexElem") ?? $0 }
        let method = body.accessMethod ?? "btree"
        let keys = try elements.map { (element) throws(Diagnostic) -> IndexKey in try key(element, method: method) }
        let include = body.indexIncludingParams.compactMap { $0.body("IndexElem")?.name?.string }
        var predicate: Expression?
        if let whereClause = body.whereClause {
            guard let text = source.trailingText(afterKeyword: "WHERE", from: relation.location?.int ?? 0) else {
                throw source.diagnostic(at: whereClause, "could not read this index predicate")
            }
            predicate = normalizer.expression(whereClause, text: text)
        }
        if body.tableSpace != nil {
            throw source.diagnostic(at: relation, "index tablespaces are not supported yet")
        }
        let storageParameters = try OptionList.read(body.options?.array ?? [], source: source, what: "index storage parameters")
        let keyNames = elements.map(Self.columnNameForNaming)
        let name = body.idxname
            ?? ConstraintNaming.name(table: table.name, columns: Self.indexColumnNames(keyNames), label: "idx", taken: existingNames)
        var index = Index(
            name: name, table: table, unique: body.unique,
            method: method, keys: keys, include: include, predicate: predicate,
            nullsNotDistinct: body.nulls_not_distinct,
            definitionText: try definitionText(relation: relation))
        index.storageParameters = storageParameters
        index.keyNames = keyNames
        return index
    }

    func key(_ element: Node, method: String) throws(Diagnostic) -> IndexKey {
        let target: IndexKey.Target
        var keyType: TypeReference?
        if let column = element.name?.string {
            keyType = normalizer.columnTypes?[column]
            target = .column(column)
        } else if let expression = element.expr {
            target = .expression(normalizer.expression(expression, text: ""))
        } else {
            throw source.diagnostic(at: element, "index element without a column or expression")
        }
        let descending = element.ordering == "SORTBY_DESC"
        var nullsFirst: Bool?
        switch element.nulls_ordering {
        case "SORTBY_NULLS_FIRST": nullsFirst = true
        case "SORTBY_NULLS_LAST": nullsFirst = false
        default: nullsFirst = nil
        }
        // The default is NULLS LAST ascending and NULLS FIRST descending; spelled-out defaults are dropped.
        if nullsFirst == descending { nullsFirst = nil }
        let opclass = OperatorClasses.canonical(element.opclass.nameList, method: method, keyType: keyType,
                                                resolver: normalizer.resolver)
        let collation = element.collation?.nameList.filter { $0 != "pg_catalog" }.joined(separator: ".")
        return IndexKey(target: target, collation: collation?.nonEmptyString, opclass: opclass?.nonEmptyString,
                        descending: descending, nullsFirst: nullsFirst)
    }

    /// Everything from the key list's `(` to the end: keys, INCLUDE, WHERE, exactly as written.
    private func definitionText(relation: Node) throws(Diagnostic) -> String {
        let start = relation.location?.int ?? source.byteRange.lowerBound
        let tokens = source.tokens
        guard let open = tokens.first(where: { $0.byteRange.lowerBound > start && $0.isOpenParen }) else {
            throw source.diagnostic(at: relation, "could not read this index's key list")
        }
        var last = tokens.endIndex - 1
        while last > tokens.startIndex, tokens[last].isSemicolon || tokens[last].isComment { last -= 1 }
        return source.file.slice(open.byteRange.lowerBound..<tokens[last].byteRange.upperBound)
    }
}

extension Index {
    /// Plain column keys and INCLUDE columns (expression keys are checked by PostgreSQL).
    var columnNames: [String] {
        keys.compactMap { key -> String? in
            if case .column(let name) = key.target { return name } else { return nil }
        } + include
    }
}

extension IndexBuilder {
    /// PostgreSQL's `ChooseIndexColumnNames`: a name that repeats an earlier one gets the first free
    /// number appended (`a`, `a1`), cut to fit 63 bytes with the number.
    static func indexColumnNames(_ names: [String]) -> [String] {
        var result: [String] = []
        for name in names {
            var candidate = name
            var number = 1
            while result.contains(candidate) {
                let suffix = String(number)
                let kept = Array(name.utf8.prefix(ConstraintNaming.maxIdentifierBytes - suffix.utf8.count))
                candidate = ConstraintNaming.truncatedToCharacters(kept) + suffix
                number += 1
            }
            result.append(candidate)
        }
        return result
    }

    /// What PostgreSQL's `ChooseIndexColumnNames` uses: the column's name, else the name
    /// `FigureIndexColname` finds in the expression (a function's name, `case`, ...), else "expr".
    static func columnNameForNaming(_ element: Node) -> String {
        if let name = element.name?.string { return name }
        return element.expr.flatMap(figureName) ?? "expr"
    }

    /// PostgreSQL's `FigureColnameInternal`, for the node kinds that name something.
    static func figureName(_ node: Node) -> String? {
        guard let kind = node.kind, let body = node.body else { return nil }
        switch kind {
        case "ColumnRef": return body.fieldsField.nameList.last
        case "FuncCall": return body.funcname.nameList.last
        case "TypeCast":
            return body.arg.flatMap(figureName) ?? body.typeName?.names.nameList.last
        case "A_Indirection": return body.indirection.last?.stringValue
        case "CaseExpr": return "case"
        case "A_ArrayExpr": return "array"
        case "RowExpr": return "row"
        case "CoalesceExpr": return "coalesce"
        case "MinMaxExpr": return body.op == "IS_GREATEST" ? "greatest" : "least"
        case "NullIfExpr": return "nullif"
        default: return nil
        }
    }
}

extension String {
    var nonEmptyString: String? { isEmpty ? nil : self }
}
