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
