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
        let relation = body["relation"] ?? .null
        let table = normalizer.resolver.qualifyRelation(
            [relation["schemaname"]?.string, relation["relname"]?.string].compactMap { $0 })
        let keys = try (body["indexParams"]?.array ?? []).map { (element) throws(Diagnostic) -> IndexKey in
            try key(element.body("IndexElem") ?? element)
        }
        let include = (body["indexIncludingParams"]?.array ?? []).compactMap { $0.body("IndexElem")?["name"]?.string }
        var predicate: Expression?
        if let whereClause = body["whereClause"] {
            guard let text = source.trailingText(afterKeyword: "WHERE", from: relation["location"]?.int ?? 0) else {
                throw source.diagnostic(at: whereClause, "could not read this index predicate")
            }
            predicate = normalizer.expression(whereClause, text: text)
        }
        if body["options"] != nil || body["tableSpace"] != nil {
            throw source.diagnostic(at: relation, "index storage parameters and tablespaces are not supported yet")
        }
        let name = body["idxname"]?.string ?? ConstraintNaming.name(
            table: table.name, columns: keys.map(\.nameForNaming), label: "idx", taken: existingNames)
        return Index(
            name: name, table: table, unique: body["unique"]?.bool ?? false,
            method: body["accessMethod"]?.string ?? "btree", keys: keys, include: include, predicate: predicate,
            nullsNotDistinct: body["nulls_not_distinct"]?.bool ?? false,
            definitionText: try definitionText(relation: relation))
    }

    private func key(_ element: Node) throws(Diagnostic) -> IndexKey {
        let target: IndexKey.Target
        if let column = element["name"]?.string {
            target = .column(column)
        } else if let expression = element["expr"] {
            target = .expression(normalizer.expression(expression, text: ""))
        } else {
            throw source.diagnostic(at: element, "index element without a column or expression")
        }
        let descending = element["ordering"]?.string == "SORTBY_DESC"
        var nullsFirst: Bool?
        switch element["nulls_ordering"]?.string {
        case "SORTBY_NULLS_FIRST": nullsFirst = true
        case "SORTBY_NULLS_LAST": nullsFirst = false
        default: nullsFirst = nil
        }
        // The default is NULLS LAST ascending and NULLS FIRST descending; spelled-out defaults are dropped.
        if nullsFirst == descending { nullsFirst = nil }
        let opclass = element["opclass"]?.nameList.filter { $0 != "pg_catalog" }.joined(separator: ".")
        let collation = element["collation"]?.nameList.filter { $0 != "pg_catalog" }.joined(separator: ".")
        return IndexKey(target: target, collation: collation?.nonEmptyString, opclass: opclass?.nonEmptyString,
                        descending: descending, nullsFirst: nullsFirst)
    }

    /// Everything from the key list's `(` to the end: keys, INCLUDE, WHERE, exactly as written.
    private func definitionText(relation: Node) throws(Diagnostic) -> String {
        let start = relation["location"]?.int ?? source.byteRange.lowerBound
        guard let open = source.tokens.first(where: { $0.byteRange.lowerBound > start && $0.isOpenParen }) else {
            throw source.diagnostic(at: relation, "could not read this index's key list")
        }
        var last = source.tokens.count - 1
        while last > 0, source.tokens[last].isSemicolon || source.tokens[last].isComment { last -= 1 }
        return source.file.slice(open.byteRange.lowerBound..<source.tokens[last].byteRange.upperBound)
    }
}

extension IndexKey {
    /// What PostgreSQL's `ChooseIndexColumnNames` uses: the column name, or "expr".
    var nameForNaming: String {
        if case .column(let name) = target { return name }
        return "expr"
    }
}

extension String {
    var nonEmptyString: String? { isEmpty ? nil : self }
}
