import SchemaModel
import SQLTree

/// Collations, composite and range types, aggregates and text search configurations. Names of types
/// and collations, and whole collations and text search configurations (which refer to nothing the
/// files declare), come in pass 1; composite and range types once every type name is known;
/// aggregates with the functions they call.
extension ModelBuilder {
    /// Pass 1. Returns false for statement kinds that are not among these.
    mutating func declareKind(_ statement: StatementSource) throws(Diagnostic) -> Bool {
        guard let kind = statement.kind, let body = statement.node.body else { return false }
        let resolver = NameResolver(searchPath: statement.searchPath)
        switch (kind, body.kindField) {
        case ("DefineStmt", "OBJECT_COLLATION"):
            let collation = try CollationBuilder(source: statement, resolver: resolver, declared: model.collations).build(body)
            guard model.collations[collation.name] == nil || body.if_not_exists else {
                throw statement.diagnostic(atByte: nil, "collation \(collation.name) is declared twice")
            }
            model.collations[collation.name] = collation
        case ("DefineStmt", "OBJECT_AGGREGATE"):
            // Built with the functions (pass 3); known by name now, so that views' calls resolve to it.
            userFunctions.insert(resolver.qualifyRelation(body.defnames.nameList))
        case ("DefineStmt", "OBJECT_TSCONFIGURATION"):
            let configuration = try TextSearchConfigurationBuilder(source: statement, resolver: resolver)
                .create(body, declared: model.textSearchConfigurations)
            guard model.textSearchConfigurations[configuration.name] == nil else {
                throw statement.diagnostic(atByte: nil, "text search configuration \(configuration.name) is declared twice")
            }
            model.textSearchConfigurations[configuration.name] = configuration
        case ("DefineStmt", "OBJECT_OPERATOR"):
            return false  // see OperatorBuilder
        case ("DefineStmt", let defined):
            // Text search dictionaries, parsers and templates, base types: not modelled.
            let what = (defined ?? "").replacingOccurrences(of: "OBJECT_", with: "").replacingOccurrences(of: "TS", with: "TEXT SEARCH ")
            throw statement.diagnostic(atByte: statement.tokens.first { !$0.isComment }?.byteRange.lowerBound,
                                       "CREATE \(what) statement is not supported in schema files yet",
                                       hint: "monolayer refuses what it cannot model rather than skip it; remove the statement or wait for support")
        case ("AlterTSConfigurationStmt", _):
            try TextSearchConfigurationBuilder(source: statement, resolver: resolver, extensions: model.extensions)
                .alter(body, in: &model.textSearchConfigurations)
        case ("CompositeTypeStmt", _):
            userTypes.insert(resolver.qualifyRelation(rangeVar: body.typevar ?? .null))
        case ("CreateRangeStmt", _):
            let name = resolver.qualifyRelation(body.typeName?.nameList ?? [])
            let multirange = body.params.map(DefinitionOption.init).first { $0.name.lowercased() == "multirange_type_name" }
            userTypes.insert(name)
            userTypes.insert(multirange.map { resolver.qualifyRelation($0.names ?? []) } ?? RangeType.defaultMultirangeName(for: name))
        default:
            return false
        }
        return true
    }

    /// After domains: composite and range types, whose attribute and subtypes may be any declared type.
    mutating func addTypes() {
        for statement in statements where statement.kind == "CompositeTypeStmt" || statement.kind == "CreateRangeStmt" {
            do { try addType(statement) } catch { diagnostics.append(error) }
        }
    }

    private mutating func addType(_ statement: StatementSource) throws(Diagnostic) {
        let body = statement.node.body ?? .null
        let builder = CompositeTypeBuilder(source: statement, resolver: normalizer(for: statement).resolver,
                                           collations: Set(model.collations.keys))
        let name: QualifiedName
        if statement.kind == "CompositeTypeStmt" {
            let type = try builder.composite(body)
            name = type.name
            try checkTypeIsNew(name, statement)
            model.composites[name] = type
        } else {
            let type = try builder.range(body)
            name = type.name
            try checkTypeIsNew(name, statement)
            model.ranges[name] = type
        }
        try requireSchema(of: name, statement, atByte: Self.typeNameOffset(statement))
    }

    /// Enums are named in pass 1, before every schema is known; their schema is checked once it is.
    mutating func checkEnumSchemas() {
        for statement in statements where statement.kind == "CreateEnumStmt" {
            let name = NameResolver(searchPath: statement.searchPath).qualifyRelation(statement.node.body?.typeName?.nameList ?? [])
            do { try requireSchema(of: name, statement, atByte: Self.typeNameOffset(statement)) } catch { diagnostics.append(error) }
        }
    }

    /// Objects in a schema the files never declare are refused, all in the same words, at their name.
    func requireSchema(of name: QualifiedName, _ statement: StatementSource, atByte offset: Int?) throws(Diagnostic) {
        guard model.schemas[name.schema] == nil else { return }
        throw statement.diagnostic(atByte: offset, "schema \"\(name.schema)\" is not declared",
                                   hint: "add `CREATE SCHEMA \(Identifier.quote(name.schema));` to a schema file")
    }

    /// Where a type's name starts: the token after `TYPE` or `DOMAIN` (the parse tree gives names of
    /// types as plain lists, without a location).
    static func typeNameOffset(_ statement: StatementSource) -> Int? {
        let tokens = statement.tokens.filter { !$0.isComment }
        guard let keyword = tokens.firstIndex(where: { $0.name == "TYPE_P" || $0.name == "DOMAIN_P" }), keyword + 1 < tokens.count else {
            return nil
        }
        return tokens[keyword + 1].byteRange.lowerBound
    }

    private func checkTypeIsNew(_ name: QualifiedName, _ statement: StatementSource) throws(Diagnostic) {
        if model.enums[name] != nil || model.domains[name] != nil || model.composites[name] != nil || model.ranges[name] != nil {
            throw statement.diagnostic(atByte: nil, "type \(name) is declared twice")
        }
    }

    /// Pass 3, with the functions.
    mutating func addAggregate(_ statement: StatementSource, _ body: Node) throws(Diagnostic) {
        let aggregate = try AggregateBuilder(source: statement, resolver: normalizer(for: statement).resolver).build(body)
        guard model.schemas[aggregate.identity.name.schema] != nil else {
            throw statement.diagnostic(atByte: nil, "schema \"\(aggregate.identity.name.schema)\" of \(aggregate.identity) is not declared")
        }
        guard model.aggregates[aggregate.identity] == nil || body.replace, model.functions[aggregate.identity] == nil else {
            throw statement.diagnostic(atByte: nil, "aggregate \(aggregate.identity) is declared twice")
        }
        model.aggregates[aggregate.identity] = aggregate
    }
}

extension ModelBuilder {
    /// `ALTER TYPE t ADD|DROP|ALTER ATTRIBUTE ...` on a composite type of the files (pass 3).
    mutating func alterComposite(_ statement: StatementSource, _ body: Node) throws(Diagnostic) {
        let builder = CompositeTypeBuilder(source: statement, resolver: normalizer(for: statement).resolver,
                                           collations: Set(model.collations.keys))
        let name = builder.resolver.qualifyRelation(rangeVar: body.relation ?? .null)
        guard var type = model.composites[name] else {
            throw statement.diagnostic(at: body.relation, "ALTER TYPE names \(name), which is not a declared composite type")
        }
        for command in body.cmds {
            let fields = command.body("AlterTableCmd") ?? command
            switch fields.subtype ?? "" {
            case "AT_AddColumn":
                let attribute = try builder.attribute(fields.def ?? .null)
                guard type.attribute(named: attribute.name) == nil else {
                    throw statement.diagnostic(at: command, "attribute \"\(attribute.name)\" of type \(name) already exists")
                }
                type.attributes.append(attribute)
            case "AT_DropColumn":
                let attribute = fields.name?.string ?? ""
                guard type.attribute(named: attribute) != nil || fields.missing_ok else {
                    throw statement.diagnostic(at: command, "attribute \"\(attribute)\" of type \(name) does not exist")
                }
                type.attributes.removeAll { $0.name == attribute }
            case "AT_AlterColumnType":
                let attribute = fields.name?.string ?? ""
                guard let position = type.attributes.firstIndex(where: { $0.name == attribute }) else {
                    throw statement.diagnostic(at: command, "attribute \"\(attribute)\" of type \(name) does not exist")
                }
                let changed = try builder.attribute(fields.def ?? .null, named: attribute)
                type.attributes[position] = changed
            case let other:
                throw statement.diagnostic(at: command, "ALTER TYPE \(other.replacingOccurrences(of: "AT_", with: "")) is not supported in schema files")
            }
        }
        model.composites[name] = type
    }
}
