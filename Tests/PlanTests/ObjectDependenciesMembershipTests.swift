import Plan
import SchemaModel
import Testing
import TestSupport

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
