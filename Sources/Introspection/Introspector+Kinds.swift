import Foundation
import Postgres
import SchemaModel
import SchemaSource

/// Collations, composite and range types, aggregates and text search configurations, read field by
/// field from the catalog (PostgreSQL prints no definition for these); types pass through the same
/// renderer as the files', function names through the same resolver.
extension Introspector {
    func readKinds(into model: inout SchemaModel, reader: DefinitionReader) throws {
        let resolver = reader.normalizer.resolver
        for record in try run(.collations) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            guard let provider = Collation.Provider(catalogCode: record.string("provider")) else { continue }
            var collation = Collation(name: name, provider: provider, deterministic: record.bool("deterministic"), rules: record["rules"])
            if provider == .libc {
                collation.lcCollate = record["lc_collate"]
                collation.lcCtype = record["lc_ctype"]
            } else {
                collation.locale = record["locale"]
            }
            model.collations[name] = collation
        }
        for record in try run(.composites) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            if model.composites[name] == nil { model.composites[name] = CompositeType(name: name, attributes: []) }
            guard let attribute = record["attribute"] else { continue }
            model.composites[name]?.attributes.append(CompositeAttribute(
                name: attribute, type: try reader.type(record.string("type")), collation: Self.name(record, "collation")))
        }
        for record in try run(.ranges) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            var range = RangeType(
                name: name, subtype: try reader.type(record.string("subtype")), subtypeOpclass: Self.name(record, "opclass"),
                collation: Self.name(record, "collation"),
                subtypeDiff: Self.name(record, "diff").map { resolver.functionSQL([$0.schema, $0.name]) },
                multirangeName: Self.name(record, "multirange"))
            range.canonical = Self.name(record, "canonical").map { resolver.functionSQL([$0.schema, $0.name]) }
            model.ranges[name] = range
        }
        for record in try run(.aggregates) {
            let aggregate = try readAggregate(record, reader: reader)
            model.aggregates[aggregate.identity] = aggregate
        }
        for record in try run(.textSearchConfigurations) {
            let name = QualifiedName(record.string("schema"), record.string("name"))
            if model.textSearchConfigurations[name] == nil {
                let parser = record.string("parser_schema") == "pg_catalog" && record.string("parser") == "default"
                    ? BuiltinTextSearch.parser : QualifiedName(record.string("parser_schema"), record.string("parser")).sql
                model.textSearchConfigurations[name] = TextSearchConfiguration(name: name, parser: parser)
            }
            guard let token = record["token"] else { continue }
            let dictionaries = zip(record.textArray("dictionary_schemas"), record.textArray("dictionaries")).map { schema, dictionary in
                schema == "pg_catalog" ? Identifier.quote(dictionary) : QualifiedName(schema, dictionary).sql
            }
            model.textSearchConfigurations[name]?.mappings[token] = dictionaries
        }
    }

    private func readAggregate(_ record: Record, reader: DefinitionReader) throws -> Aggregate {
        let resolver = reader.normalizer.resolver
        let name = QualifiedName(record.string("schema"), record.string("name"))
        let types = try record.textArray("argument_types").map { try reader.type($0).sql }
        let names = record.textArray("argument_names")
        let modes = record.textArray("argument_modes")
        let arguments = types.enumerated().map { position, type in
            Aggregate.Argument(name: position < names.count && !names[position].isEmpty ? names[position] : nil, type: type,
                               variadic: position < modes.count && modes[position] == "v")
        }
        let kind: Aggregate.Kind = switch record.string("kind") {
        case "o": .orderedSet
        case "h": .hypothetical
        default: .normal
        }
        var options: [String: String] = [:]
        for key in ["sfunc", "finalfunc", "combinefunc", "serialfunc", "deserialfunc", "msfunc", "minvfunc", "mfinalfunc"] {
            let parts = record.textArray(key)
            if parts.count == 2 { options[key] = resolver.functionSQL(parts) }
        }
        options["stype"] = try reader.type(record.string("stype")).sql
        if let type = record["mstype"] { options["mstype"] = try reader.type(type).sql }
        options["sspace"] = record.string("sspace")
        options["msspace"] = record.string("msspace")
        if record.bool("finalfunc_extra") { options["finalfunc_extra"] = "true" }
        if record.bool("mfinalfunc_extra") { options["mfinalfunc_extra"] = "true" }
        let modify = ["r": "read_only", "s": "shareable", "w": "read_write"]
        // The modify flags mean something only with a final function; the catalog records a default regardless.
        if options["finalfunc"] != nil { options["finalfunc_modify"] = modify[record.string("finalfunc_modify")] }
        if options["mfinalfunc"] != nil { options["mfinalfunc_modify"] = modify[record.string("mfinalfunc_modify")] }
        options["initcond"] = record["initcond"]
        options["minitcond"] = record["minitcond"]
        let sortop = record.textArray("sortop")
        if sortop.count == 2 { options["sortop"] = AggregateBuilder.operatorSQL(sortop) }
        options["parallel"] = ["s": "safe", "r": "restricted", "u": "unsafe"][record.string("parallel")]
        return Aggregate(identity: FunctionIdentity(name: name, argumentTypes: types), kind: kind, arguments: arguments,
                         directArgumentCount: record.int("direct_count"), options: AggregateBuilder.withoutDefaults(options, kind: kind))
    }

    /// `<prefix>_schema` and `<prefix>` columns as a name, when set.
    private static func name(_ record: Record, _ prefix: String) -> QualifiedName? {
        guard let name = record[prefix], let schema = record[prefix + "_schema"] else { return nil }
        return QualifiedName(schema, name)
    }
}
