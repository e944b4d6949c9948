@testable import Plan
import SchemaModel
import Testing
import TestSupport

/// An object written again with its comments and grants takes those the old search of every comment and
/// grant of the model took: `AttachedObjects` only narrows where the planner looks.
@Suite struct ReappliedAttachmentsTests {
    /// The old search: every comment and grant of the model, tested, sorted.
    private static func scanned(_ model: SchemaModel, comments: (CommentTarget) -> Bool, privileges: (PrivilegeTarget) -> Bool)
        -> [String] {
        var statements: [String] = []
        for target in model.comments.keys.filter(comments).sorted() {
            statements.append("COMMENT ON \(target.sql) IS \(SQLLiteral.quote(model.comments[target]!))")
        }
        for target in model.privileges.keys.filter(privileges).sorted() {
            statements += PrivilegeSQL.statements(on: target, from: target.defaultGrants, to: model.grants(on: target))
        }
        return statements
    }

    private static func expected(_ model: SchemaModel, comments: (CommentTarget) -> Bool, privileges: (PrivilegeTarget) -> Bool) -> String {
        (["CREATE"] + scanned(model, comments: comments, privileges: privileges)).joined(separator: ";\n")
    }

    private func check(_ planner: Planner, _ side: PlanSide, _ label: String) {
        let model = planner.model(side)
        var relations = Set(model.tables.keys).union(model.views.keys).union(model.sequences.keys)
        relations.formUnion(model.comments.keys.compactMap { AttachedObjects.owner(of: $0, in: model) }.compactMap {
            if case .relation(let name) = $0 { return name } else { return nil }
        })
        for name in relations {
            let old = Self.expected(model, comments: { target in
                switch target {
                case .view(let view), .materializedView(let view), .table(let view), .column(let view, _): return view == name
                case .index(let index): return model.indexes[index]?.table == name
                default: return false
                }
            }, privileges: { target in
                switch target {
                case .relation(let relation), .column(let relation, _): return relation == name
                default: return false
                }
            })
            #expect(planner.reapplied("CREATE", relation: name, in: side) == old, "\(label): relation \(name)")
            let triggers = model.triggers(on: name)
            #expect(planner.attached.objects(of: side).triggers(on: name).map(\.identity) == triggers.map(\.identity), "\(label): triggers on \(name)")
        }
        let types = Set(model.enums.keys).union(model.domains.keys).union(model.composites.keys).union(model.ranges.keys)
        for name in types {
            let old = Self.expected(model, comments: { target in
                switch target {
                case .type(let type), .domainConstraint(let type, _): return type == name
                default: return false
                }
            }, privileges: { $0 == .type(name) })
            #expect(planner.reapplied("CREATE", type: name, in: side) == old, "\(label): type \(name)")
        }
        for identity in model.functions.keys {
            let old = Self.expected(model, comments: { $0 == .routine(identity) }, privileges: { $0 == .routine(identity) })
            #expect(planner.reapplied("CREATE", routine: identity, in: side) == old, "\(label): routine \(identity)")
        }
        for identity in model.triggers.keys {
            #expect(planner.reapplied("CREATE", trigger: identity, in: side)
                    == Self.expected(model, comments: { $0 == .trigger(identity) }, privileges: { _ in false }), "\(label): trigger \(identity)")
        }
        for identity in model.policies.keys {
            #expect(planner.reapplied("CREATE", policy: identity, in: side)
                    == Self.expected(model, comments: { $0 == .policy(identity) }, privileges: { _ in false }), "\(label): policy \(identity)")
        }
        for target in model.comments.keys {
            guard case .domainConstraint = target else { continue }
            #expect(planner.reapplied("CREATE", domainCheck: target, in: side)
                    == Self.expected(model, comments: { $0 == target }, privileges: { _ in false }), "\(label): \(target)")
        }
    }

    @Test(arguments: CaseLibrary.all)
    func everyObjectOfEveryCaseTakesWhatTheSearchTook(_ schemaCase: SchemaCase) throws {
        let (current, desired) = try CasePlanning.models(schemaCase)
        let planner = Planner(current: current, desired: desired)
        check(planner, .current, "\(schemaCase)")
        check(planner, .desired, "\(schemaCase)")
    }

    /// Comments and grants on a view, its columns, a materialized view's index, a type and a domain's check,
    /// beside others that must not come along.
    @Test func aModelWithEveryKindOfAttachment() throws {
        let model = try CasePlanning.model("""
            CREATE TABLE item (id bigint PRIMARY KEY, name text);
            CREATE VIEW named AS SELECT id, name FROM item;
            CREATE MATERIALIZED VIEW counted AS SELECT count(*) AS n FROM item;
            CREATE INDEX counted_n_idx ON counted (n);
            CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
            CREATE TYPE mood AS ENUM ('ok');
            COMMENT ON VIEW named IS 'named';
            COMMENT ON COLUMN named.name IS 'the name';
            COMMENT ON TABLE item IS 'items';
            COMMENT ON INDEX counted_n_idx IS 'by n';
            COMMENT ON CONSTRAINT positive_check ON DOMAIN positive IS 'positive';
            COMMENT ON TYPE mood IS 'mood';
            GRANT SELECT ON named TO PUBLIC;
            GRANT SELECT (name) ON named TO PUBLIC;
            REVOKE USAGE ON TYPE mood FROM PUBLIC;
            """)
        let planner = Planner(current: model, desired: model)
        check(planner, .current, "every kind")
        let named = planner.reapplied("CREATE", relation: QualifiedName("public", "named"), in: .desired)
        #expect(named.contains("COMMENT ON VIEW public.named IS 'named'") && named.contains("'the name'") && !named.contains("items"))
        #expect(named.contains("GRANT SELECT ON TABLE public.named TO PUBLIC"))
        #expect(planner.reapplied("CREATE", relation: QualifiedName("public", "counted"), in: .desired).contains("'by n'"))
        #expect(planner.reapplied("CREATE", type: QualifiedName("public", "positive"), in: .current).contains("'positive'"))
        #expect(planner.reapplied("CREATE", type: QualifiedName("public", "mood"), in: .current).contains("REVOKE USAGE ON TYPE public.mood FROM PUBLIC"))
    }
}
