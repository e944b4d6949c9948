import SchemaModel
import SQLTree

/// `CREATE TYPE t AS (...)` → `CompositeType` and `CREATE TYPE r AS RANGE (...)` → `RangeType`.
struct CompositeTypeBuilder {
    let source: StatementSource
    let resolver: NameResolver
    /// User collations, so that `COLLATE x` resolves to a declared collation or a built-in one.
    let collations: Set<QualifiedName>

    func composite(_ body: Node) throws(Diagnostic) -> CompositeType {
        let name = resolver.qualifyRelation(rangeVar: body.typevar ?? .null)
        var attributes: [CompositeAttribute] = []
        for element in body.coldeflist {
            let definition = element.body("ColumnDef") ?? element
            let attributeName = definition.colname ?? ""
            guard !attributes.contains(where: { $0.name == attributeName }) else {
                throw source.diagnostic(at: element, "attribute \"\(attributeName)\" of type \(name) is declared twice")
            }
            attributes.append(try attribute(element))
        }
        return CompositeType(name: name, attributes: attributes)
    }

    /// One `name type [COLLATE c]` (a `ColumnDef`); `name` overrides it for `ALTER ATTRIBUTE name TYPE ...`.
    func attribute(_ element: Node, named name: String? = nil) throws(Diagnostic) -> CompositeAttribute {
        let definition = element.body("ColumnDef") ?? element
        if !definition.constraints.isEmpty {
            throw source.diagnostic(at: element, "attributes of a composite type cannot have constraints")
        }
        return CompositeAttribute(
            name: name ?? definition.colname ?? "", type: TypeNameRenderer.render(definition.typeName ?? .null, resolver: resolver),
            collation: collation(definition.collClause))
    }

    func range(_ body: Node) throws(Diagnostic) -> RangeType {
        let name = resolver.qualifyRelation(body.typeName?.nameList ?? [])
        var subtype: TypeReference?
        var range = RangeType(name: name, subtype: TypeReference(sql: "", baseName: ""))
        for element in body.params {
            let option = DefinitionOption(element)
            switch option.name.lowercased() {
            case "subtype":
                // PostgreSQL keeps no typmod for a range's subtype.
                subtype = TypeNameRenderer.render((option.argument?.body("TypeName") ?? .null).setting("typmods", nil), resolver: resolver)
            case "subtype_opclass":
                let names = option.names ?? []
                range.subtypeOpclass = names.count >= 2 ? QualifiedName(names[names.count - 2], names[names.count - 1])
                    : QualifiedName("pg_catalog", names.first ?? "")
            case "collation":
                range.collation = collation(names: option.names ?? [])
            case "subtype_diff":
                range.subtypeDiff = resolver.functionSQL(option.names ?? [])
            case "multirange_type_name":
                range.multirangeName = resolver.qualifyRelation(option.names ?? [])
            case "canonical":
                throw source.diagnostic(at: element, "CANONICAL functions of range types are not supported yet",
                                        hint: "a canonical function needs a shell type (`CREATE TYPE name;`), which monolayer does not model")
            default:
                throw source.diagnostic(at: element, "range type option \(option.name) is not supported")
            }
        }
        guard let subtype else { throw source.diagnostic(atByte: nil, "range type \(name) needs a SUBTYPE") }
        range.subtype = subtype
        // The default operator class of a built-in subtype is what the catalog reports as no choice.
        if let opclass = range.subtypeOpclass, opclass.schema == "pg_catalog",
           OperatorClasses.defaultName(method: "btree", type: subtype) == opclass.name {
            range.subtypeOpclass = nil
        }
        return range
    }

    private func collation(_ clause: Node?) -> QualifiedName? {
        CollationName.resolve(clause, resolver: resolver, declared: collations)
    }

    func collation(names: [String]) -> QualifiedName? {
        CollationName.resolve(names: names, resolver: resolver, declared: collations)
    }
}
