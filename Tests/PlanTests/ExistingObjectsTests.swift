@testable import Plan
import SchemaModel
import Testing

/// The simulation's set of existing objects: a drop takes what the object holds, through objects that
/// no longer exist too; a rename moves a relation's parts.
@Suite struct ExistingObjectsTests {
    private let table = QualifiedName("app", "t")
    private let index = QualifiedName("app", "t_code")

    private func objects(_ ids: [ObjectID]) -> ExistingObjects {
        let table = self.table, index = self.index
        return ExistingObjects(Set(ids)) { id in id == .index(index) ? .relation(table) : id.owner }
    }

    @Test func droppingATableTakesItsPartsAndIndexesAndNothingElse() {
        let other = QualifiedName("app", "u")
        var existing = objects([.schema("app"), .relation(table), .column(table, "code"), .constraint(table, "t_pkey"),
                                .index(index), .relation(other), .column(other, "code")])
        let gone = existing.removeWithMembers(.relation(table))
        #expect(Set(gone) == [.relation(table), .column(table, "code"), .constraint(table, "t_pkey"), .index(index)])
        #expect(existing.all == [.schema("app"), .relation(other), .column(other, "code")])
    }

    @Test func droppingASchemaTakesWhatItsRelationsHoldEvenWhereARelationIsGone() {
        var existing = objects([.schema("app"), .relation(table), .column(table, "code"), .index(index)])
        existing.remove(.relation(table))
        #expect(Set(existing.removeWithMembers(.schema("app"))) == [.schema("app"), .column(table, "code"), .index(index)])
        #expect(existing.all.isEmpty)
        existing.insert(.column(table, "code"))
        #expect(existing.members(of: .relation(table)) == [.column(table, "code")])
    }

    @Test func renamingATableMovesItsPartsButNotItsIndexes() {
        let renamed = QualifiedName("app", "t2")
        var existing = objects([.relation(table), .column(table, "code"), .index(index)])
        existing.rename(.relation(table)) { $0.renamed(relation: table, to: renamed) }
        #expect(existing.all == [.relation(renamed), .column(renamed, "code"), .index(index)])
        #expect(existing.members(of: .relation(renamed)) == [.column(renamed, "code")])
    }
}
