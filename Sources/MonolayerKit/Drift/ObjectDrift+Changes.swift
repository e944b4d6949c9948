import Diff
import Plan
import SchemaModel

extension ObjectDrift {
    /// The objects that differ, from the differ's changes that turn `expected` (what the migrations or
    /// the schema files build) into `actual` (the database): what the differ would create is extra in
    /// the database, what it would drop is missing there. Parts of an object that is itself extra or
    /// missing (the constraints, grants and comments of a table created by hand) are not repeated.
    static func findings(_ changes: [SchemaChange], expected: SchemaModel, actual: SchemaModel) -> [ObjectDrift] {
        changes.flatMap { findings(for: $0, expected: expected, actual: actual) }
    }

    // One case per kind of change: a long switch, but each line says what the change means for a DBA.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func findings(for change: SchemaChange, expected: SchemaModel, actual: SchemaModel) -> [ObjectDrift] {
        switch change {
        case .rename(let rename): return [ObjectDrift(object: renamedObject(rename), difference: .changed,
                                                      attributes: [Attribute(attribute: "name", expected: nil, actual: nil)])]
        case .createSchema(let name): return [.init(object: .init(kind: "schema", schema: nil, name: name), difference: .extra)]
        case .dropSchema(let name): return [.init(object: .init(kind: "schema", schema: nil, name: name), difference: .missing)]
        case .createExtension(let ext): return [.init(object: extensionObject(ext), difference: .extra)]
        case .dropExtension(let ext): return [.init(object: extensionObject(ext), difference: .missing)]
        case .alterExtension(let from, let to): return [changed(extensionObject(to), from, to)]
        case .setComment(let target, let from, let to):
            // The comment of an object that is itself extra or missing goes with that object's finding.
            guard expected.contains(target), actual.contains(target) else { return [] }
            return [ObjectDrift(object: commentObject(target, in: actual), difference: .changed,
                                attributes: [Attribute(attribute: "comment", expected: from ?? "none", actual: to ?? "none")])]
        case .createDomain(let type): return [.init(object: .qualified("domain", type.name), difference: .extra)]
        case .dropDomain(let type): return [.init(object: .qualified("domain", type.name), difference: .missing)]
        case .alterDomain(let from, let to): return [changed(.qualified("domain", to.name), from, to)]
        case .createEnum(let type): return [.init(object: .qualified("enum type", type.name), difference: .extra)]
        case .dropEnum(let type): return [.init(object: .qualified("enum type", type.name), difference: .missing)]
        case .addEnumValues(let to, let from), .replaceEnum(let from, let to):
            return [ObjectDrift(object: .qualified("enum type", to.name), difference: .changed,
                                attributes: [Attribute(attribute: "labels", expected: from.labels.joined(separator: ", "),
                                                       actual: to.labels.joined(separator: ", "))])]
        case .createSequence(let sequence): return [.init(object: .qualified("sequence", sequence.name), difference: .extra)]
        case .dropSequence(let sequence, _): return [.init(object: .qualified("sequence", sequence.name), difference: .missing)]
        case .alterSequence(let from, let to): return [changed(.qualified("sequence", to.name), from, to)]
        case .setSequenceOwner(let sequence):
            guard expected.sequences[sequence.name] != nil else { return [] }
            return [ObjectDrift(object: .qualified("sequence", sequence.name), difference: .changed,
                                attributes: [Attribute(attribute: "owned by", expected: expected.sequences[sequence.name]?.ownedBy?.description ?? "none",
                                                       actual: sequence.ownedBy?.description ?? "none")])]
        case .createTable(let table): return [.init(object: relation(table.name, in: actual), difference: .extra)]
        case .dropTable(let table): return [.init(object: relation(table.name, in: expected), difference: .missing)]
        case .setLogged(let table, let unlogged):
            return [tableAttribute(table, in: actual, "persistence", expected: unlogged ? "logged" : "unlogged", actual: unlogged ? "unlogged" : "logged")]
        case .setPartition(let table, let from, let to):
            return [tableAttribute(table, in: actual, "partition of", expected: from?.sql ?? "none", actual: to?.sql ?? "none")]
        case .setInherits(let table, let from, let to):
            return [tableAttribute(table, in: actual, "inherits", expected: list(from.map(\.sql)), actual: list(to.map(\.sql)))]
        case .setStorageParameters(let table, let from, let to):
            return [tableAttribute(table, in: actual, "storage parameters", expected: parameters(from), actual: parameters(to))]
        case .setReplicaIdentity(let table, let from, let to, let tableIsNew):
            // Equal sides mean the index it names was rebuilt: that index's own finding says so.
            guard from != to, !tableIsNew else { return [] }
            return [tableAttribute(table, in: actual, "replica identity", expected: from.sql, actual: to.sql)]
        case .rebuildPartitionedTable(let from, let to):
            return [tableAttribute(to.name, in: actual, "partition key", expected: from.partitionKey?.sql ?? "none",
                                   actual: to.partitionKey?.sql ?? "none")]
        case .alterIndexSettings(let from, let to), .replaceIndex(let from, let to):
            return [changed(index(to), from, to, definitions: (DefinitionSQL.index(from), DefinitionSQL.index(to)))]
        case .addColumn(let table, let column):
            return [ObjectDrift(object: .member("column", of: table, column.name), difference: .extra,
                                definition: DefinitionSQL.column(column, table: table))]
        case .dropColumn(let table, let column):
            return [ObjectDrift(object: .member("column", of: table, column.name), difference: .missing,
                                definition: DefinitionSQL.column(column, table: table))]
        case .alterColumn(let table, let from, let to):
            return [ObjectDrift(object: .member("column", of: table, to.name), difference: .changed,
                                attributes: ColumnAttributes.differences(from, to))]
        case .addConstraint(let table, let constraint, let tableIsNew):
            guard !tableIsNew else { return [] }
            return [ObjectDrift(object: .member("constraint", of: table, constraint.name), difference: .extra,
                                definition: DefinitionSQL.constraint(constraint))]
        case .dropConstraint(let table, let constraint):
            guard actual.tables[table] != nil else { return [] }
            return [ObjectDrift(object: .member("constraint", of: table, constraint.name), difference: .missing,
                                definition: DefinitionSQL.constraint(constraint))]
        case .validateConstraint(let table, let constraint):
            return [ObjectDrift(object: .member("constraint", of: table, constraint.name), difference: .changed,
                                attributes: [Attribute(attribute: "validated", expected: "no (NOT VALID)", actual: "yes")])]
        case .replaceConstraint(let table, let from, let to):
            return [changed(.member("constraint", of: table, to.name), from, to,
                            definitions: (DefinitionSQL.constraint(from), DefinitionSQL.constraint(to)))]
        case .createIndex(let created, _): return [.init(object: index(created), difference: .extra, definition: DefinitionSQL.index(created))]
        case .dropIndex(let dropped):
            guard actual.tables[dropped.table] != nil || actual.views[dropped.table] != nil else { return [] }
            return [.init(object: index(dropped), difference: .missing, definition: DefinitionSQL.index(dropped))]
        case .createFunction(let function): return [.init(object: routine(function.identity), difference: .extra)]
        case .dropFunction(let function): return [.init(object: routine(function.identity), difference: .missing)]
        case .replaceFunction(let from, let to): return [changed(routine(to.identity), from, to)]
        case .createOperator(let op): return [.init(object: operatorObject(op.identity), difference: .extra)]
        case .dropOperator(let op): return [.init(object: operatorObject(op.identity), difference: .missing)]
        case .replaceOperator(let from, let to): return [changed(operatorObject(to.identity), from, to)]
        case .createTrigger(let trigger):
            guard expected.tables[trigger.identity.table] != nil || expected.views[trigger.identity.table] != nil else { return [] }
            return [.init(object: .member("trigger", of: trigger.identity.table, trigger.identity.name), difference: .extra)]
        case .dropTrigger(let trigger):
            guard actual.tables[trigger.identity.table] != nil || actual.views[trigger.identity.table] != nil else { return [] }
            return [.init(object: .member("trigger", of: trigger.identity.table, trigger.identity.name), difference: .missing)]
        case .replaceTrigger(let from, let to): return [changed(.member("trigger", of: to.identity.table, to.identity.name), from, to)]
        case .createViews(let views): return views.map { .init(object: view($0), difference: .extra) }
        case .dropViews(let views): return views.map { .init(object: view($0), difference: .missing) }
        case .replaceView(let from, let to): return [changed(view(to), from, to)]
        case .recreateViews(let from, let to):
            // The views that read a changed one are recreated with it; only those that differ are drift.
            let old = Dictionary(from.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            return to.compactMap { new in old[new.name].flatMap { $0 == new ? nil : changed(view(new), $0, new) } }
        case .createCollation(let collation): return [.init(object: .qualified("collation", collation.name), difference: .extra)]
        case .dropCollation(let collation): return [.init(object: .qualified("collation", collation.name), difference: .missing)]
        case .replaceCollation(let from, let to): return [changed(.qualified("collation", to.name), from, to)]
        case .createComposites(let types): return types.map { .init(object: .qualified("composite type", $0.name), difference: .extra) }
        case .dropComposites(let types): return types.map { .init(object: .qualified("composite type", $0.name), difference: .missing) }
        case .alterComposite(let from, let to): return [changed(.qualified("composite type", to.name), from, to)]
        case .createRange(let range): return [.init(object: .qualified("range type", range.name), difference: .extra)]
        case .dropRange(let range): return [.init(object: .qualified("range type", range.name), difference: .missing)]
        case .replaceRange(let from, let to): return [changed(.qualified("range type", to.name), from, to)]
        case .createAggregate(let aggregate): return [.init(object: aggregateObject(aggregate.identity), difference: .extra)]
        case .dropAggregate(let aggregate): return [.init(object: aggregateObject(aggregate.identity), difference: .missing)]
        case .replaceAggregate(let from, let to): return [changed(aggregateObject(to.identity), from, to)]
        case .createTextSearchConfiguration(let config):
            return [.init(object: .qualified("text search configuration", config.name), difference: .extra)]
        case .dropTextSearchConfiguration(let config):
            return [.init(object: .qualified("text search configuration", config.name), difference: .missing)]
        case .alterTextSearchConfiguration(let from, let to): return [changed(.qualified("text search configuration", to.name), from, to)]
        case .setPrivileges(let target, let from, let to, let objectIsNew):
            guard !objectIsNew, expected.contains(target), actual.contains(target) else { return [] }
            return [ObjectDrift(object: privilegeObject(target, in: actual), difference: .changed,
                                attributes: [Attribute(attribute: "privileges", expected: grants(from), actual: grants(to))])]
        case .setRowSecurity(let table, let from, let to, let tableIsNew):
            guard !tableIsNew else { return [] }
            return [changed(relation(table, in: actual), from, to)]
        case .createPolicy(let policy):
            guard expected.tables[policy.identity.table] != nil else { return [] }
            return [.init(object: .member("policy", of: policy.identity.table, policy.identity.name), difference: .extra)]
        case .dropPolicy(let policy):
            guard actual.tables[policy.identity.table] != nil else { return [] }
            return [.init(object: .member("policy", of: policy.identity.table, policy.identity.name), difference: .missing)]
        case .alterPolicy(let from, let to), .replacePolicy(let from, let to):
            return [changed(.member("policy", of: to.identity.table, to.identity.name), from, to)]
        case .setDefaultPrivileges(let key, let from, let to):
            return [ObjectDrift(object: DriftObject(kind: "default privileges", schema: nil, name: key.description), difference: .changed,
                                attributes: [Attribute(attribute: "privileges", expected: grants(from), actual: grants(to))])]
        }
    }

    /// A changed object with the attributes that differ (see `AttributeDifferences`) and, when given,
    /// the definition on each side.
    private static func changed<T>(_ object: DriftObject, _ from: T, _ to: T, definitions: (String, String)? = nil) -> ObjectDrift {
        var attributes = AttributeDifferences.between(from, to)
        if let (old, new) = definitions, old != new { attributes.append(Attribute(attribute: "definition", expected: old, actual: new)) }
        return ObjectDrift(object: object, difference: .changed, attributes: attributes)
    }

    private static func tableAttribute(_ table: QualifiedName, in model: SchemaModel, _ name: String, expected: String, actual: String) -> ObjectDrift {
        ObjectDrift(object: relation(table, in: model), difference: .changed, attributes: [Attribute(attribute: name, expected: expected, actual: actual)])
    }

    static func relation(_ name: QualifiedName, in model: SchemaModel) -> DriftObject {
        if let view = model.views[name] { return self.view(view) }
        if model.sequences[name] != nil { return .qualified("sequence", name) }
        return .qualified(model.tables[name]?.partitionKey == nil ? "table" : "partitioned table", name)
    }

    private static func view(_ view: View) -> DriftObject { .qualified(view.materialized ? "materialized view" : "view", view.name) }
    private static func index(_ index: Index) -> DriftObject { .member("index", of: index.table, index.name) }
    private static func extensionObject(_ ext: ExtensionDefinition) -> DriftObject { DriftObject(kind: "extension", schema: nil, name: ext.name) }

    private static func routine(_ identity: FunctionIdentity) -> DriftObject {
        DriftObject(kind: "function", schema: identity.name.schema, name: "\(identity.name.name)(\(identity.argumentTypes.joined(separator: ", ")))")
    }

    private static func aggregateObject(_ identity: FunctionIdentity) -> DriftObject {
        var object = routine(identity)
        object.kind = "aggregate"
        return object
    }

    private static func operatorObject(_ identity: OperatorIdentity) -> DriftObject {
        DriftObject(kind: "operator", schema: identity.name.schema, name: "\(identity.name.name)(\(identity.left ?? "NONE"), \(identity.right))")
    }

    private static func renamedObject(_ rename: Rename) -> DriftObject {
        switch rename {
        case .schema(_, let to): return DriftObject(kind: "schema", schema: nil, name: to)
        case .table(let from, let to): return .qualified("table", QualifiedName(from.schema, to))
        case .view(let from, let to, let materialized): return .qualified(materialized ? "materialized view" : "view", QualifiedName(from.schema, to))
        case .type(let from, let to, _): return .qualified("type", QualifiedName(from.schema, to))
        case .column(let table, _, let to): return .member("column", of: table, to)
        case .constraint(let table, _, let to): return .member("constraint", of: table, to)
        case .index(let table, _, let to): return .member("index", of: table, to)
        case .enumValue(let type, _, let to): return .member("enum value", of: type, to)
        }
    }

    private static func commentObject(_ target: CommentTarget, in model: SchemaModel) -> DriftObject {
        switch target {
        case .schema(let name): return DriftObject(kind: "schema", schema: nil, name: name)
        case .extension(let name): return DriftObject(kind: "extension", schema: nil, name: name)
        case .table(let name), .view(let name), .materializedView(let name), .sequence(let name): return relation(name, in: model)
        case .column(let owner, let column): return .member("column", of: owner, column)
        case .type(let name): return .qualified("type", name)
        case .index(let name):
            let table = model.indexes[name]?.table
            return DriftObject(kind: "index", schema: name.schema, parent: table?.name, name: name.name)
        case .constraint(let table, let name): return .member("constraint", of: table, name)
        case .collation(let name): return .qualified("collation", name)
        case .aggregate(let identity): return aggregateObject(identity)
        case .routine(let identity): return routine(identity)
        case .textSearchConfiguration(let name): return .qualified("text search configuration", name)
        case .trigger(let identity): return .member("trigger", of: identity.table, identity.name)
        case .policy(let identity): return .member("policy", of: identity.table, identity.name)
        case .domainConstraint(let domain, let name): return .member("domain constraint", of: domain, name)
        }
    }

    private static func privilegeObject(_ target: PrivilegeTarget, in model: SchemaModel) -> DriftObject {
        switch target {
        case .relation(let name): return relation(name, in: model)
        case .column(let table, let column): return .member("column", of: table, column)
        case .sequence(let name): return .qualified("sequence", name)
        case .routine(let identity): return routine(identity)
        case .schema(let name): return DriftObject(kind: "schema", schema: nil, name: name)
        case .type(let name): return .qualified("type", name)
        }
    }

    private static func grants(_ grants: [PrivilegeGrant]) -> String {
        guard !grants.isEmpty else { return "none" }
        return grants.sorted().map { "\($0.privilege.rawValue) to \($0.grantee)\($0.grantable ? " with grant option" : "")" }
            .joined(separator: ", ")
    }

    private static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }

    private static func parameters(_ values: [String: String]) -> String {
        values.isEmpty ? "none" : values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }
}
