/// What each object of a model depends on: the objects that must exist before it is created and that
/// cannot be dropped while it exists. Built once per model from the facts both front ends record
/// (types of columns and arguments, functions and sequences that expressions call, relations a view or
/// an SQL-standard body reads, a trigger's function, a foreign key's referenced key).
///
/// A name that resolves to nothing in the model and is not built in (a type or function an extension
/// provides) depends on every extension of the model: they come first.
public struct ObjectDependencies: Sendable {
    public let model: SchemaModel
    /// Types and relations by the name types print as (`public.mood`): row types are relations.
    private let typesByName: [String: ObjectID]
    private let functionsByName: [QualifiedName: [ObjectID]]
    private let extensions: Set<ObjectID>
    /// The model's sequences, those of identity columns included (which no map of the model holds).
    private let sequenceNames: Set<QualifiedName>
    /// The indexes, triggers and policies of the relations given to `init` (those a plan drops), by relation.
    private let attachmentsByRelation: TableAttachments

    /// `relations`: those whose attachments will be asked for (`attachments(of:)`, `triggers(on:)`),
    /// grouped ahead (nil: every relation's); others are searched for in the whole model when asked.
    public init(_ model: SchemaModel, groupingAttachmentsOf relations: Set<QualifiedName>? = []) {
        self.model = model
        var types: [String: ObjectID] = [:]
        for name in Array(model.enums.keys) + Array(model.domains.keys) + Array(model.composites.keys) + Array(model.ranges.keys) {
            types[name.sql] = .type(name)
        }
        for range in model.ranges.values { types[range.multirangeName.sql] = .type(range.name) }
        for name in Array(model.tables.keys) + Array(model.views.keys) { types[name.sql] = .relation(name) }
        typesByName = types
        var functions: [QualifiedName: [ObjectID]] = [:]
        for identity in Array(model.functions.keys) + Array(model.aggregates.keys) {
            functions[identity.name, default: []].append(.function(identity))
        }
        functionsByName = functions
        extensions = Set(model.extensions.keys.map { ObjectID.extension($0) })
        sequenceNames = model.sequenceNames
        attachmentsByRelation = TableAttachments(model, of: relations)
    }

    /// Whether the model has the object: its own maps' objects, and the columns, constraints and identity
    /// sequences of its tables. Read from the maps rather than kept as a set of every object, which at
    /// 50,000 tables took 60 MB for each of a plan's two models.
    public func contains(_ id: ObjectID) -> Bool {
        switch id {
        case .schema(let name): return model.schemas[name] != nil
        case .extension(let name): return model.extensions[name] != nil
        case .collation(let name): return model.collations[name] != nil
        case .textSearchConfiguration(let name): return model.textSearchConfigurations[name] != nil
        case .type(let name):
            return model.enums[name] != nil || model.domains[name] != nil || model.composites[name] != nil || model.ranges[name] != nil
        case .relation(let name):
            return model.tables[name] != nil || model.views[name] != nil || sequenceNames.contains(name)
        case .column(let table, let column): return model.tables[table]?.column(named: column) != nil
        case .constraint(let table, let name): return model.tables[table]?.constraints[name] != nil
        case .index(let name): return model.indexes[name] != nil
        case .function(let identity): return model.functions[identity] != nil || model.aggregates[identity] != nil
        case .operator(let identity): return model.operators[identity] != nil
        case .trigger(let identity): return model.triggers[identity] != nil
        case .policy(let identity): return model.policies[identity] != nil
        case .replicaIdentity, .defaultPrivileges: return false
        }
    }

    /// Every object `contains` finds, each once.
    public func forEachObject(_ body: (ObjectID) -> Void) {
        model.schemas.keys.forEach { body(.schema($0)) }
        model.extensions.keys.forEach { body(.extension($0)) }
        model.collations.keys.forEach { body(.collation($0)) }
        model.textSearchConfigurations.keys.forEach { body(.textSearchConfiguration($0)) }
        var types: Set<QualifiedName> = []
        for name in Array(model.enums.keys) + Array(model.domains.keys) + Array(model.composites.keys) + Array(model.ranges.keys)
        where types.insert(name).inserted { body(.type(name)) }
        var relations: Set<QualifiedName> = []
        for name in Array(model.tables.keys) + Array(model.views.keys) + Array(sequenceNames)
        where relations.insert(name).inserted { body(.relation(name)) }
        for table in model.tables.values {
            table.columns.forEach { body(.column(table.name, $0.name)) }
            table.constraints.keys.forEach { body(.constraint(table.name, $0)) }
        }
        model.indexes.keys.forEach { body(.index($0)) }
        model.functions.keys.forEach { body(.function($0)) }
        model.aggregates.keys.filter { model.functions[$0] == nil }.forEach { body(.function($0)) }
        model.operators.keys.forEach { body(.operator($0)) }
        model.triggers.keys.forEach { body(.trigger($0)) }
        model.policies.keys.forEach { body(.policy($0)) }
    }

    /// The columns, constraints and identity sequences `CREATE TABLE` creates with the table.
    public static func parts(of table: Table) -> [ObjectID] {
        table.columns.map { .column(table.name, $0.name) } + table.constraints.keys.map { .constraint(table.name, $0) }
            + table.columns.compactMap { $0.identitySequence.map { .relation($0.name) } }
    }

    /// What goes away with a table besides its parts: its indexes, triggers and policies.
    public func attachments(of table: QualifiedName) -> [ObjectID] {
        guard attachmentsByRelation.covers(table) else {
            return model.indexes(on: table).map { .index($0.qualifiedName) } + model.triggers(on: table).map { .trigger($0.identity) }
                + model.policies.keys.filter { $0.table == table }.map { .policy($0) }
        }
        return attachmentsByRelation.indexes(on: table).map { .index($0.qualifiedName) }
            + attachmentsByRelation.triggers(on: table).map { .trigger($0.identity) }
            + attachmentsByRelation.policies(on: table).map { .policy($0.identity) }
    }

    /// The relation's triggers, sorted by identity.
    public func triggers(on relation: QualifiedName) -> [Trigger] {
        attachmentsByRelation.covers(relation) ? attachmentsByRelation.triggers(on: relation) : model.triggers(on: relation)
    }

    /// The objects of the model that `id` depends on (its owner included); nothing when the model lacks it.
    /// Objects outside the model (built-ins, system catalogs) are left out: they always exist.
    public func of(_ id: ObjectID) -> Set<ObjectID> {
        dependencies(of: id).filter(contains)
    }

    private func dependencies(of id: ObjectID) -> Set<ObjectID> {
        var result: Set<ObjectID> = []
        switch id {
        case .schema, .collation, .textSearchConfiguration, .defaultPrivileges, .replicaIdentity:
            break
        case .extension(let name):
            if let schema = model.extensions[name]?.schema { result.insert(.schema(schema)) }
        case .type(let name):
            if let domain = model.domains[name] {
                result.formUnion(type(domain.baseType))
                for check in domain.checks.values { result.formUnion(expression(check.expression)) }
                if let value = domain.defaultValue { result.formUnion(expression(value)) }
            } else if let composite = model.composites[name] {
                for attribute in composite.attributes {
                    result.formUnion(type(attribute.type))
                    if let collation = attribute.collation { result.formUnion(collationObject(collation)) }
                }
            } else if let range = model.ranges[name] {
                result.formUnion(type(range.subtype))
                for function in [range.subtypeDiff, range.canonical].compactMap({ $0 }) { result.formUnion(functions(named: function)) }
            }
        case .relation(let name):
            if let table = model.tables[name] {
                for column in table.columns { result.formUnion(dependencies(of: .column(name, column.name))) }
                for constraint in table.constraints.values where !constraint.isForeignKey {
                    result.formUnion(dependencies(of: .constraint(name, constraint.name)))
                }
                result = result.filter { $0.owner != id }
                result.formUnion(table.parentNames.map { .relation($0) })
            } else if let view = model.views[name] {
                result.formUnion(view.dependencies.filter { $0 != name }.map(relationObject))
                for function in view.calledFunctions { result.formUnion(functions(named: function)) }
            }
        case .column(let tableName, let columnName):
            guard let column = model.tables[tableName]?.column(named: columnName) else { break }
            result.formUnion(type(column.type))
            if let collation = column.collation { result.formUnion(collationObject(collation)) }
            if let value = column.defaultValue { result.formUnion(expression(value)) }
            if let generated = column.generated {
                result.formUnion(expression(generated.expression))
                result.formUnion(columns(of: generated.expression, in: tableName).filter { $0 != id })
            }
        case .constraint(let tableName, let name):
            guard let constraint = model.tables[tableName]?.constraints[name] else { break }
            result.formUnion(constraint.columns.map { .column(tableName, $0) })
            switch constraint.kind {
            case .check(let condition, _):
                result.formUnion(expression(condition))
                result.formUnion(columns(of: condition, in: tableName))
            case .foreignKey(let key):
                result.insert(.relation(key.referencedTable))
                result.formUnion(key.referencedColumns.map { .column(key.referencedTable, $0) })
                if let target = referencedKey(key) { result.insert(target) }
            case .exclusion(let exclusion):
                for element in exclusion.elements { result.formUnion(indexKey(element.key, table: tableName)) }
                if let predicate = exclusion.predicate { result.formUnion(expression(predicate)) }
            case .primaryKey, .unique:
                break
            }
        case .index(let name):
            guard let index = model.indexes[name] else { break }
            result.insert(.relation(index.table))
            for key in index.keys { result.formUnion(indexKey(key, table: index.table)) }
            result.formUnion(index.include.map { .column(index.table, $0) })
            if let predicate = index.predicate {
                result.formUnion(expression(predicate))
                result.formUnion(columns(of: predicate, in: index.table))
            }
        case .function(let identity):
            if let function = model.functions[identity] {
                for name in identity.argumentTypes + [function.resultType].compactMap({ $0 }) { result.formUnion(typeNamed(name)) }
                result.formUnion(function.readsAtCreation.map(relationObject))
                for called in function.calledAtCreation { result.formUnion(functions(named: called)) }
                result.remove(id)
            } else if let aggregate = model.aggregates[identity] {
                for name in identity.argumentTypes { result.formUnion(typeNamed(name)) }
                for key in ["sfunc", "finalfunc", "combinefunc", "serialfunc", "deserialfunc", "msfunc", "minvfunc", "mfinalfunc"] {
                    if let function = aggregate.options[key] { result.formUnion(functions(named: function)) }
                }
                for key in ["stype", "mstype"] { if let name = aggregate.options[key] { result.formUnion(typeNamed(name)) } }
            }
        case .operator(let identity):
            guard let definition = model.operators[identity] else { break }
            result.formUnion(functions(named: definition.function))
            for name in [identity.left, identity.right].compactMap({ $0 }) { result.formUnion(typeNamed(name)) }
        case .trigger(let identity):
            guard let trigger = model.triggers[identity] else { break }
            result.insert(.relation(identity.table))
            if let function = trigger.function { result.formUnion(functions(named: function)) }
        case .policy(let identity):
            guard let policy = model.policies[identity] else { break }
            result.insert(.relation(identity.table))
            for condition in [policy.using, policy.withCheck].compactMap({ $0 }) { result.formUnion(expression(condition)) }
        }
        if let owner = id.owner { result.insert(owner) }
        result.remove(id)
        return result
    }

    /// The key constraint or unique index a foreign key's referenced columns match.
    private func referencedKey(_ key: ForeignKey) -> ObjectID? {
        let columns = Set(key.referencedColumns)
        if let constraint = model.tables[key.referencedTable]?.keyConstraints(on: columns).first {
            return .constraint(key.referencedTable, constraint.name)
        }
        return model.uniqueIndexes(on: key.referencedTable, columns: columns).first.map { .index($0.qualifiedName) }
    }

    private func indexKey(_ key: IndexKey, table: QualifiedName) -> Set<ObjectID> {
        switch key.target {
        case .column(let name): return [.column(table, name)]
        case .expression(let value): return expression(value).union(columns(of: value, in: table))
        }
    }

    /// The table's columns an expression over it names.
    private func columns(of value: Expression, in table: QualifiedName) -> Set<ObjectID> {
        guard let columns = model.tables[table]?.columns else { return [] }
        return Set(columns.filter { value.columns.contains($0.name) }.map { .column(table, $0.name) })
    }

    private func expression(_ value: Expression) -> Set<ObjectID> {
        var result: Set<ObjectID> = []
        for name in value.calledFunctions { result.formUnion(functions(named: name)) }
        result.formUnion(value.namedRelations.map { .relation($0) })
        result.formUnion(value.namedConfigurations.map { .textSearchConfiguration($0) })
        return result
    }

    private func functions(named name: QualifiedName) -> Set<ObjectID> {
        if let found = functionsByName[name] { return Set(found) }
        return extensions
    }

    /// A function named in an option as its SQL prints (`public.add`, or bare for built-ins).
    private func functions(named text: String) -> Set<ObjectID> {
        let parts = RelationNameParser.split(text)
        guard parts.count >= 2 else { return [] }
        return functions(named: QualifiedName(parts[parts.count - 2], parts[parts.count - 1]))
    }

    private func type(_ reference: TypeReference) -> Set<ObjectID> {
        guard let name = reference.userType else { return [] }
        if let found = typesByName[name.sql] { return [found] }
        return extensions
    }

    /// A type as argument lists print it (`public.mood[]`, `integer`).
    private func typeNamed(_ text: String) -> Set<ObjectID> {
        var name = text.hasPrefix("SETOF ") ? String(text.dropFirst(6)) : text
        while name.hasSuffix("[]") { name.removeLast(2) }
        if let found = typesByName[name] { return [found] }
        return name.contains(".") ? extensions : []
    }

    private func relationObject(_ name: QualifiedName) -> ObjectID { .relation(name) }

    private func collationObject(_ name: QualifiedName) -> Set<ObjectID> {
        model.collations[name] != nil ? [.collation(name)] : []
    }
}
