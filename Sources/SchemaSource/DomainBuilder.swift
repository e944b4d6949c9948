import SchemaModel
import SQLTree

/// `CREATE DOMAIN` → `DomainType`. Introspection builds the server's rendering of each check
/// (`ALTER DOMAIN ... ADD CONSTRAINT ... CHECK (...)`) through `check(_:domain:)` here as well.
public struct DomainBuilder {
    public let source: StatementSource
    public let normalizer: ExpressionNormalizer

    public init(source: StatementSource, normalizer: ExpressionNormalizer) {
        self.source = source
        self.normalizer = normalizer
    }

    public func build(_ body: Node) throws(Diagnostic) -> DomainType {
        let name = normalizer.resolver.qualifyRelation(body.domainname.nameList)
        if body.collClause != nil { throw source.diagnostic(at: body.typeName, "domain collations are not supported yet") }
        var domain = DomainType(name: name, baseType: TypeNameRenderer.render(body.typeName ?? .null, resolver: normalizer.resolver))
        for constraint in body.constraints {
            let fields = constraint.body("Constraint") ?? constraint
            switch fields.contype ?? "" {
            case "CONSTR_NOTNULL": domain.notNull = true
            case "CONSTR_NULL": domain.notNull = false
            case "CONSTR_DEFAULT":
                let offset = fields.location?.int ?? source.byteRange.lowerBound
                guard let raw = fields.raw_expr,
                      let text = source.clauseText(keyword: "DEFAULT", from: offset, stopKeywords: ["CONSTRAINT", "NOT", "NULL_P", "CHECK", "COLLATE"])
                else { throw source.diagnostic(at: constraint, "could not read this DEFAULT expression") }
                domain.defaultValue = normalizer.expression(raw, text: text)
            case "CONSTR_CHECK":
                let check = try self.check(constraint, domain: name, taken: Set(domain.checks.keys))
                domain.checks[check.name] = check
            case let other:
                throw source.diagnostic(at: constraint, "domain constraint \(other) is not supported")
            }
        }
        return domain
    }

    /// A check constraint; unnamed ones are named `<domain>_check` as PostgreSQL names them.
    public func check(_ constraint: Node, domain: QualifiedName, taken: Set<String>) throws(Diagnostic) -> DomainCheck {
        let fields = constraint.body("Constraint") ?? constraint
        let offset = fields.location?.int ?? source.byteRange.lowerBound
        guard let raw = fields.raw_expr, let text = source.parenthesizedText(fromKeyword: "CHECK", offset: offset) else {
            throw source.diagnostic(at: constraint, "could not read this CHECK expression")
        }
        let name = fields.conname ?? ConstraintNaming.name(table: domain.name, columns: [], label: "check", taken: taken)
        return DomainCheck(name: name, expression: normalizer.expression(raw, parsedFrom: text), notValid: fields.skip_validation)
    }
}
