@testable import MonolayerKit
import SchemaModel
import Testing

/// Drift names the attributes that differ, read by reflection, including those a model holds out of line.
@Suite struct AttributeDifferencesTests {
    static func partitioned(_ strategy: PartitionStrategy, on column: String) -> Table {
        var table = Table(name: QualifiedName("public", "events"))
        table.partitionKey = PartitionKey(strategy: strategy, keys: [IndexKey(target: .column(column))],
                                          text: "\(strategy.rawValue) (\(column))")
        return table
    }

    @Test func aDifferenceInAFieldHeldOutOfLineIsNamed() {
        let attributes = AttributeDifferences.between(Self.partitioned(.range, on: "at"), Self.partitioned(.list, on: "kind"))
        #expect(attributes.map(\.attribute) == ["partition key"])
    }

    @Test func equalFieldsHeldOutOfLineAreNotNamed() {
        #expect(AttributeDifferences.between(Self.partitioned(.range, on: "at"), Self.partitioned(.range, on: "at")).isEmpty)
        var bound = Table(name: QualifiedName("public", "events_2026"))
        bound.partitionOf = PartitionBound(parent: QualifiedName("public", "events"), values: .defaultPartition)
        #expect(AttributeDifferences.between(bound, bound).isEmpty)
        #expect(AttributeDifferences.between(Table(name: QualifiedName("public", "events")), bound).map(\.attribute) == ["partition of"])
    }

    @Test func plainAttributesStillShowTheirValues() {
        var unlogged = Table(name: QualifiedName("public", "events"))
        unlogged.unlogged = true
        let attributes = AttributeDifferences.between(Table(name: QualifiedName("public", "events")), unlogged)
        #expect(attributes.map(\.attribute) == ["unlogged"])
        #expect(attributes.first?.expected == "no" && attributes.first?.actual == "yes")
    }

    @Test func constraintsAreComparedAsPairsWhateverOrderTheyWereFoundIn() {
        let key = Constraint(name: "events_pkey", kind: .primaryKey(columns: ["id"]))
        let unique = Constraint(name: "events_code_key", kind: .unique(columns: ["code"], nullsNotDistinct: false))
        var declared = Table(name: QualifiedName("public", "events"))
        declared.constraints = [key.name: key, unique.name: unique]
        var found = Table(name: QualifiedName("public", "events"))
        found.constraints = [unique.name: unique, key.name: key]
        #expect(AttributeDifferences.between(declared, found).isEmpty)
        found.constraints.removeValue(forKey: unique.name)
        let attributes = AttributeDifferences.between(declared, found)
        #expect(attributes.map(\.attribute) == ["constraints"])
        #expect(attributes.first?.expected == nil, "a map is named, not printed")
    }
}
