@testable import Plan
import SchemaModel
import Testing
import TestSupport

/// The simulation's drops take what the set of every object took: a relation's or schema's drop removed
/// every object that belonged to it, following owners up (an index by its table, found in either model).
@Suite struct PlanSimulationDropTests {
    /// Every object the old set held: the model's, with its tables' columns, constraints and identity
    /// sequences, and the built-in schemas.
    static func everyObject(of model: SchemaModel) -> Set<ObjectID> {
        var ids: Set<ObjectID> = Set(SchemaModel.builtinSchemas.map { .schema($0) })
        ids.formUnion(model.schemas.keys.map { .schema($0) })
        ids.formUnion(model.extensions.keys.map { .extension($0) })
        ids.formUnion(model.collations.keys.map { .collation($0) })
        ids.formUnion(model.textSearchConfigurations.keys.map { .textSearchConfiguration($0) })
        for name in Array(model.enums.keys) + Array(model.domains.keys) + Array(model.composites.keys) + Array(model.ranges.keys) {
            ids.insert(.type(name))
        }
        for name in Array(model.tables.keys) + Array(model.views.keys) + Array(model.sequences.keys) { ids.insert(.relation(name)) }
        for table in model.tables.values { ids.formUnion(ObjectDependencies.parts(of: table)) }
        ids.formUnion(model.indexes.values.map { .index($0.qualifiedName) })
        ids.formUnion(model.functions.keys.map { .function($0) })
        ids.formUnion(model.aggregates.keys.map { .function($0) })
        ids.formUnion(model.operators.keys.map { .operator($0) })
        ids.formUnion(model.triggers.keys.map { .trigger($0) })
        ids.formUnion(model.policies.keys.map { .policy($0) })
        return ids
    }

    /// Whether the old simulation dropped `object` with `owner`.
    private func belongs(_ object: ObjectID, to owner: ObjectID, current: SchemaModel, desired: SchemaModel) -> Bool {
        if object.owner == owner { return true }
        if case .index(let name) = object, case .relation(let table) = owner {
            return (current.indexes[name] ?? desired.indexes[name])?.table == table
        }
        if case .schema = owner, let parent = object.owner, parent != object { return belongs(parent, to: owner, current: current, desired: desired) }
        return false
    }

    private func checkDrops(current: SchemaModel, desired: SchemaModel, _ label: String) {
        let simulation = PlanSimulation(current: ObjectDependencies(current), desired: ObjectDependencies(desired),
                                        graph: StatementGraph(current: ObjectDependencies(current), desired: ObjectDependencies(desired)))
        let all = Self.everyObject(of: current)
        #expect(all.allSatisfy(simulation.currentObjects().contains), "\(label): the old set's objects exist")
        let holders = all.filter { if case .relation = $0 { return true }; if case .schema = $0 { return true }; return false }
        for holder in holders {
            var existing = simulation.currentObjects()
            let gone = Set(existing.removeWithMembers(holder))
            let expected = all.filter { $0 == holder || belongs($0, to: holder, current: current, desired: desired) }
            #expect(gone == expected, "\(label): dropping \(holder)")
            #expect(all.filter(existing.contains) == all.subtracting(expected), "\(label): after dropping \(holder)")
        }
    }

    @Test(arguments: CaseLibrary.all)
    func everyRelationAndSchemaOfEveryCase(_ schemaCase: SchemaCase) throws {
        let (current, desired) = try CasePlanning.models(schemaCase)
        checkDrops(current: current, desired: desired, "\(schemaCase)")
        checkDrops(current: desired, desired: current, "\(schemaCase), reversed")
    }

    @Test func aSchemaTakesAPolicyOnATableTheModelLacks() throws {
        // A policy on a table an extension owns: the model has the policy, not the table.
        var current = try CasePlanning.model("""
            CREATE SCHEMA ext;
            CREATE TABLE ext.t (id integer);
            ALTER TABLE ext.t ENABLE ROW LEVEL SECURITY;
            CREATE POLICY p ON ext.t USING (true);
            """)
        let table = QualifiedName("ext", "t")
        current.tables[table] = nil
        current.rowSecurity[table] = nil
        #expect(current.policies.keys.contains { $0.table == table })
        checkDrops(current: current, desired: SchemaModel(), "policy without its table")
    }
}
