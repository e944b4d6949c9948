import SchemaModel
import SQLTree

/// `CREATE [CONSTRAINT] TRIGGER` → `Trigger`. Introspection parses `pg_get_triggerdef` output with this
/// same builder. The SQL for migrations is written from the parse tree, with the table and function
/// qualified, so it means the same whatever search_path the schema file had.
public struct TriggerBuilder {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer
    /// Whether the model has a relation (table or view) of this name: `ON t` names an existing one,
    /// found through the search path. A question rather than a set, so that a schema of many triggers
    /// does not gather every relation name once per trigger.
    public let isRelation: (QualifiedName) -> Bool

    public init(source: StatementSource, normalizer: ExpressionNormalizer, isRelation: @escaping (QualifiedName) -> Bool) {
        self.source = source
        self.normalizer = normalizer
        self.isRelation = isRelation
    }

    public init(source: StatementSource, normalizer: ExpressionNormalizer, relations: Set<QualifiedName>) {
        self.init(source: source, normalizer: normalizer, isRelation: relations.contains)
    }

    // Bits of `timing` and `events` in the parse tree (PostgreSQL's TRIGGER_TYPE_* values).
    static let before = 2, instead = 64
    static let events: [(bit: Int, sql: String)] = [(4, "INSERT"), (8, "DELETE"), (16, "UPDATE"), (32, "TRUNCATE")]

    public func build(_ body: Node) throws(Diagnostic) -> Trigger {
        let resolver = normalizer.resolver
        let relation = body.relation ?? .null
        let table = existingRelation(relation)
        let name = body.trigname ?? ""
        let function = resolver.functionNameParts(body.funcname.nameList)
        var constraintTable: QualifiedName?
        if let other = body.constrrel {
            constraintTable = existingRelation(other)
        }
        var whenText: String?
        var fields = body.fields
        // OR REPLACE is how the statement is applied, not what the trigger is; the table is the identity.
        for key in ["replace", "relation", "constrrel", "funcname", "whenClause"] { fields[key] = nil }
        fields["function"] = .array(function.map { Node.string($0) })
        if let constraintTable { fields["constrrel"] = .string(constraintTable.sql) }
        if let condition = body.whenClause {
            guard let keyword = source.tokens.first(where: { $0.name == "WHEN" }),
                  let text = source.parenthesizedText(from: keyword.byteRange.lowerBound) else {
                throw source.diagnostic(at: condition, "could not read this trigger's WHEN condition")
            }
            whenText = text
            fields["whenClause"] = .string(normalizer.normalize(condition).canonicalText)
        }
        let canonical = Node.object(fields).withoutLocations.canonicalText
        let identity = TriggerIdentity(table: table, name: name)
        var trigger = Trigger(identity: identity, canonical: canonical,
                              sql: sql(body, identity: identity, function: function, constraintTable: constraintTable, when: whenText))
        if function.count >= 2 { trigger.function = QualifiedName(function[function.count - 2], function[function.count - 1]) }
        return trigger
    }

    /// A relation named in the statement: qualified as written, else the first search-path schema that has it.
    private func existingRelation(_ relation: Node) -> QualifiedName {
        let name = relation.relname ?? ""
        if let schema = relation.schemaname { return QualifiedName(schema, name) }
        let schema = normalizer.resolver.searchPath.first { isRelation(QualifiedName($0, name)) }
        return QualifiedName(schema ?? normalizer.resolver.searchPath.first ?? "public", name)
    }

    private func sql(_ body: Node, identity: TriggerIdentity, function: [String], constraintTable: QualifiedName?, when: String?) -> String {
        let timing = body.timing ?? 0
        let eventBits = body.events ?? 0
        var events = Self.events.filter { eventBits & $0.bit != 0 }.map(\.sql)
        let columns = body.columns.nameList
        if !columns.isEmpty, let update = events.firstIndex(of: "UPDATE") {
            events[update] += " OF " + columns.map(Identifier.quote).joined(separator: ", ")
        }
        var sql = body.isconstraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER "
        sql += Identifier.quote(identity.name) + " "
        sql += timing & Self.before != 0 ? "BEFORE " : timing & Self.instead != 0 ? "INSTEAD OF " : "AFTER "
        sql += events.joined(separator: " OR ") + " ON " + identity.table.sql
        if let constraintTable { sql += " FROM " + constraintTable.sql }
        if body.deferrable { sql += " DEFERRABLE" }
        if body.initdeferred { sql += " INITIALLY DEFERRED" }
        let transitions = body.transitionRels.compactMap { $0.body("TriggerTransition") }
        if !transitions.isEmpty {
            sql += " REFERENCING " + transitions.map { transition in
                "\(transition.isNew ? "NEW" : "OLD") TABLE AS \(Identifier.quote(transition.name?.string ?? ""))"
            }.joined(separator: " ")
        }
        sql += body.row ? " FOR EACH ROW" : " FOR EACH STATEMENT"
        if let when { sql += " WHEN (\(when))" }
        let arguments = body.args.map { SQLLiteral.quote($0.stringValue ?? "") }
        sql += " EXECUTE FUNCTION " + function.map(Identifier.quote).joined(separator: ".") + "(" + arguments.joined(separator: ", ") + ")"
        return sql
    }
}
