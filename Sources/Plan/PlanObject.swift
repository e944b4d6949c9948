import SchemaModel

/// A statement's object as a reviewer names it: its kind, schema and name, with the table of a column,
/// constraint, index, trigger or policy and the argument types of a routine or operator.
public struct PlanObject: Equatable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case schema, `extension`, collation
        case textSearchConfiguration = "text search configuration"
        case `enum`, domain
        case compositeType = "composite type"
        case rangeType = "range type"
        case table
        case partitionedTable = "partitioned table"
        case view
        case materializedView = "materialized view"
        case sequence, column, constraint, index, function, procedure, aggregate, `operator`, trigger, policy
        case replicaIdentity = "replica identity"
        case defaultPrivileges = "default privileges"
    }

    public var kind: Kind
    /// Nil for schemas and extensions (and default privileges that apply in every schema).
    public var schema: String?
    /// The role, for default privileges.
    public var name: String
    public var table: String?
    public var arguments: [String]?

    public init(kind: Kind, schema: String?, name: String, table: String? = nil, arguments: [String]? = nil) {
        self.kind = kind
        self.schema = schema
        self.name = name
        self.table = table
        self.arguments = arguments
    }
}

/// What object identities leave out and a reviewer needs: which kind of relation, type or routine a
/// name is, and which table an index is on. Built by the planner from the two models (and the indexes its
/// statements build under names neither model has), so that renderers need no model.
public struct ObjectCatalog: Equatable, Sendable {
    var relations: [QualifiedName: PlanObject.Kind] = [:]
    var types: [QualifiedName: PlanObject.Kind] = [:]
    var routines: [FunctionIdentity: PlanObject.Kind] = [:]
    var indexTables: [QualifiedName: QualifiedName] = [:]

    public init() {}

    /// The entries of the objects in `described` (the statements' objects): the kinds of relations, types
    /// and routines and the tables of indexes, looked up in the two models. The later model wins where
    /// both name an object: it is what the plan leaves. Only what is asked is held: an entry for every
    /// object of a large schema took 27 MB at 50,000 tables, for plans that touch a few.
    init(current: SchemaModel, desired: SchemaModel, describing described: Set<ObjectID>) {
        var relationNames: [QualifiedName] = [], typeNames: [QualifiedName] = [], routineIdentities: [FunctionIdentity] = []
        var indexNames: [QualifiedName] = []
        for id in described {
            switch id {
            case .relation(let name): relationNames.append(name)
            case .type(let name): typeNames.append(name)
            case .function(let identity): routineIdentities.append(identity)
            case .index(let name): indexNames.append(name)
            default: continue
            }
        }
        for model in [current, desired] {
            var identitySequences: Set<QualifiedName> = []
            for name in relationNames {
                if let table = model.tables[name] { relations[name] = table.partitionKey == nil ? .table : .partitionedTable }
                else if let view = model.views[name] { relations[name] = view.materialized ? .materializedView : .view }
                else if model.sequences[name] != nil { relations[name] = .sequence }
                else { identitySequences.insert(name) }
            }
            if !identitySequences.isEmpty {
                for table in model.tables.values {
                    for sequence in table.columns.compactMap(\.identitySequence) where identitySequences.contains(sequence.name) {
                        relations[sequence.name] = .sequence
                    }
                }
            }
            for name in typeNames {
                if model.enums[name] != nil { types[name] = .enum }
                else if model.domains[name] != nil { types[name] = .domain }
                else if model.composites[name] != nil { types[name] = .compositeType }
                else if model.ranges[name] != nil { types[name] = .rangeType }
            }
            for identity in routineIdentities {
                if let function = model.functions[identity] { routines[identity] = function.kind == .procedure ? .procedure : .function }
                else if model.aggregates[identity] != nil { routines[identity] = .aggregate }
            }
            var constraintIndexes: Set<QualifiedName> = []
            for name in indexNames {
                if let index = model.indexes[name] { indexTables[name] = index.table } else { constraintIndexes.insert(name) }
            }
            if !constraintIndexes.isEmpty {
                for table in model.tables.values {
                    for constraint in table.constraints.values where constraint.hasIndex {
                        let name = QualifiedName(table.name.schema, constraint.name)
                        if constraintIndexes.contains(name) { indexTables[name] = table.name }
                    }
                }
            }
        }
    }

    /// Indexes built under names neither model has (a replacement's temporary name, a partition's index)
    /// are on the table their statement locks.
    mutating func recordIndexTables(of statements: [PlannedStatement]) {
        for statement in statements {
            guard case .index(let name) = statement.action.object, indexTables[name] == nil, statement.action.verb != "rename",
                  let table = statement.lock?.relations.first(where: { $0 != name }) else { continue }
            indexTables[name] = table
        }
    }

    /// Nil only for an object neither model nor statement describes (which a test over every case folder refuses).
    public func object(_ id: ObjectID) -> PlanObject? {
        switch id {
        case .schema(let name): return PlanObject(kind: .schema, schema: nil, name: name)
        case .extension(let name): return PlanObject(kind: .extension, schema: nil, name: name)
        case .collation(let name): return PlanObject(kind: .collation, schema: name.schema, name: name.name)
        case .textSearchConfiguration(let name): return PlanObject(kind: .textSearchConfiguration, schema: name.schema, name: name.name)
        case .type(let name): return types[name].map { PlanObject(kind: $0, schema: name.schema, name: name.name) }
        case .relation(let name): return relations[name].map { PlanObject(kind: $0, schema: name.schema, name: name.name) }
        case .column(let table, let column): return PlanObject(kind: .column, schema: table.schema, name: column, table: table.name)
        case .constraint(let table, let name): return PlanObject(kind: .constraint, schema: table.schema, name: name, table: table.name)
        case .index(let name):
            return indexTables[name].map { PlanObject(kind: .index, schema: name.schema, name: name.name, table: $0.name) }
        case .function(let identity):
            return routines[identity].map {
                PlanObject(kind: $0, schema: identity.name.schema, name: identity.name.name, arguments: identity.argumentTypes)
            }
        case .operator(let identity):
            return PlanObject(kind: .operator, schema: identity.name.schema, name: identity.name.name,
                              arguments: [identity.left ?? "NONE", identity.right])
        case .trigger(let identity):
            return PlanObject(kind: .trigger, schema: identity.table.schema, name: identity.name, table: identity.table.name)
        case .policy(let identity):
            return PlanObject(kind: .policy, schema: identity.table.schema, name: identity.name, table: identity.table.name)
        case .replicaIdentity(let table):
            return PlanObject(kind: .replicaIdentity, schema: table.schema, name: table.name, table: table.name)
        case .defaultPrivileges(let role, let schema):
            return PlanObject(kind: .defaultPrivileges, schema: schema, name: role == DefaultPrivilegeKey.currentRole ? "CURRENT_USER" : role)
        }
    }
}

extension ObjectID {
    /// The name that tells the object apart among its schema's (or table's) objects of its kind.
    var nameInItsNamespace: String? {
        switch self {
        case .schema(let name), .extension(let name): return name
        case .collation(let name), .textSearchConfiguration(let name), .type(let name), .relation(let name), .index(let name),
             .replicaIdentity(let name):
            return name.name
        case .column(_, let name), .constraint(_, let name): return name
        case .function(let identity): return identity.name.name
        case .operator(let identity): return identity.name.name
        case .trigger(let identity): return identity.name
        case .policy(let identity): return identity.name
        case .defaultPrivileges: return nil
        }
    }
}
