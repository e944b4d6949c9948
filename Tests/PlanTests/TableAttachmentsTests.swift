import Plan
import SchemaModel
import Testing
import TestSupport

/// The grouping by relation must give what searching the whole model gives, for every relation of
/// every case's models.
@Suite struct TableAttachmentsTests {
    @Test(arguments: CaseLibrary.all)
    func groupsWhatTheModelsLookupsFind(_ schemaCase: SchemaCase) throws {
        let (current, desired) = try CasePlanning.models(schemaCase)
        for model in [current, desired] {
            let all = TableAttachments(model)
            let relations = Set(model.tables.keys).union(model.views.keys)
            let some = TableAttachments(model, of: Set(relations.sorted().prefix(1)))
            for relation in relations {
                #expect(all.indexes(on: relation) == model.indexes(on: relation), "\(schemaCase) \(relation)")
                #expect(all.triggers(on: relation) == model.triggers(on: relation), "\(schemaCase) \(relation)")
                #expect(all.policies(on: relation) == model.policies.values.filter { $0.identity.table == relation }.sorted { $0.identity < $1.identity })
                #expect(all.privileges(on: relation) == model.privileges.keys.filter { target in
                    switch target {
                    case .relation(relation), .column(relation, _): return true
                    default: return false
                    }
                }.sorted())
                #expect(all.ownedSequences(of: relation).map(\.name) == model.sequences.values.filter { $0.ownedBy?.table == relation }.map(\.name).sorted())
                #expect(all.comments(on: relation) == model.comments.keys.filter { target in
                    switch target {
                    case .table(relation), .view(relation), .materializedView(relation), .column(relation, _), .constraint(relation, _): return true
                    case .index(let index): return model.indexes[index]?.table == relation
                    case .trigger(let identity): return identity.table == relation
                    case .policy(let identity): return identity.table == relation
                    default: return false
                    }
                }.sorted(), "\(schemaCase) \(relation)")
                // Restricted to some relations, it holds theirs alone.
                let kept = relations.sorted().first == relation
                #expect(some.indexes(on: relation) == (kept ? all.indexes(on: relation) : []))
                #expect(some.comments(on: relation) == (kept ? all.comments(on: relation) : []))
            }
        }
    }
}

/// `ObjectDependencies.contains` answers from the model's maps what the set of every object answered
/// (`PlanSimulationDropTests.everyObject`, the set as it was built): `forEachObject` lists that set, each
/// object once, and `contains` finds it and nothing else, tried with every object of the other model of
/// the case (the near misses: renamed, dropped, added) and ids no model holds.
@Suite struct ObjectDependenciesMembershipTests {
    @Test(arguments: CaseLibrary.all)
    func containsWhatItListsAndNothingElse(_ schemaCase: SchemaCase) throws {
        let (current, desired) = try CasePlanning.models(schemaCase)
        let models = [ObjectDependencies(current), ObjectDependencies(desired)]
        var listed: [[ObjectID]] = [[], []]
        for (position, dependencies) in models.enumerated() { dependencies.forEachObject { listed[position].append($0) } }
        for (position, dependencies) in models.enumerated() {
            let own = Set(listed[position])
            #expect(own.count == listed[position].count, "\(schemaCase): an object listed twice")
            let reference = PlanSimulationDropTests.everyObject(of: position == 0 ? current : desired)
            let builtins = Set(SchemaModel.builtinSchemas.map { ObjectID.schema($0) })
            #expect(own.subtracting(builtins) == reference.subtracting(builtins),
                    "\(schemaCase): listed \(own.symmetricDifference(reference).subtracting(builtins))")
            var candidates = own.union(listed[1 - position])
            for name in Array(current.tables.keys) + Array(desired.tables.keys) + Array(current.views.keys) {
                candidates.formUnion([.replicaIdentity(name), .column(name, "no_such_column"), .constraint(name, "no_such_constraint"),
                                      .relation(QualifiedName(name.schema, name.name + "_missing"))])
            }
            for id in candidates {
                #expect(dependencies.contains(id) == own.contains(id), "\(schemaCase): \(id)")
            }
        }
    }
}
