@testable import Plan
import SchemaModel
import Testing

/// The simulation's objects: a base set with changes laid over it. A drop takes what the object holds,
/// through objects that no longer exist too; a rename moves a relation's parts.
@Suite struct ExistingObjectsTests {
    private let table = QualifiedName("app", "t")
    private let index = QualifiedName("app", "t_code")

    /// `base` as the model: each object held by its owner, the index by its table.
    private func objects(_ base: [ObjectID]) -> ExistingObjects {
        let table = self.table, index = self.index
        let holder = { (id: ObjectID) in id == .index(index) ? .relation(table) : id.owner }
        return ExistingObjects(inBase: Set(base).contains, baseMembers: { id in base.filter { holder($0) == id } }, holder: holder)
    }

    private func existing(_ objects: ExistingObjects, among candidates: [ObjectID]) -> Set<ObjectID> {
        Set(candidates.filter(objects.contains))
    }

    @Test func droppingATableTakesItsPartsAndIndexesAndNothingElse() {
        let other = QualifiedName("app", "u")
        let all: [ObjectID] = [.schema("app"), .relation(table), .column(table, "code"), .constraint(table, "t_pkey"),
                               .index(index), .relation(other), .column(other, "code")]
        var objects = objects(all)
        let gone = objects.removeWithMembers(.relation(table))
        #expect(Set(gone) == [.relation(table), .column(table, "code"), .constraint(table, "t_pkey"), .index(index)])
        #expect(existing(objects, among: all) == [.schema("app"), .relation(other), .column(other, "code")])
    }

    @Test func droppingASchemaTakesWhatItsRelationsHoldEvenWhereARelationIsGone() {
        let added = QualifiedName("app", "v")
        let all: [ObjectID] = [.schema("app"), .relation(table), .column(table, "code"), .index(index), .relation(added), .column(added, "x")]
        var objects = objects(Array(all.prefix(4)))
        objects.insert(contentsOf: [.column(added, "x")])  // added while its table does not exist
        objects.remove(.relation(table))
        #expect(Set(objects.removeWithMembers(.schema("app"))) == [.schema("app"), .column(table, "code"), .index(index), .column(added, "x")])
        #expect(existing(objects, among: all).isEmpty)
        // Added again, a base object is back in the base.
        objects.insert(.column(table, "code"))
        #expect(objects.members(of: .relation(table)) == [.column(table, "code")])
        #expect(objects.added.isEmpty && !objects.removed.contains(.column(table, "code")))
    }

    @Test func renamingATableMovesItsPartsButNotItsIndexes() {
        let renamed = QualifiedName("app", "t2")
        let all: [ObjectID] = [.relation(table), .column(table, "code"), .index(index)]
        var objects = objects(all)
        objects.rename(.relation(table)) { $0.renamed(relation: table, to: renamed) }
        #expect(existing(objects, among: all + [.relation(renamed), .column(renamed, "code")])
            == [.relation(renamed), .column(renamed, "code"), .index(index)])
        #expect(objects.members(of: .relation(renamed)) == [.column(renamed, "code")])
    }
}
