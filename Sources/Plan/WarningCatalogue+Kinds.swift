import SchemaModel

/// Warnings of collations, aggregates and text search configurations (types use D004).
extension WarningCatalogue {
    public static func droppedCollation(_ name: QualifiedName, recreated: Bool) -> Warning {
        Warning(code: .D014,
                summary: "\(recreated ? "Dropped and recreated" : "Dropped") collation \(ObjectDescription.collation(name))",
                why: recreated
                    ? "PostgreSQL cannot change a collation in place; the drop fails while a column, index or type uses it."
                    : "Columns, indexes and queries that name the collation fail once it is gone.",
                mitigationTitle: preventFailure,
                mitigation: ["Make sure no column, index, type or query uses the collation."])
    }

    public static func droppedAggregate(_ identity: FunctionIdentity, recreated: Bool) -> Warning {
        Warning(code: .D015,
                summary: "\(recreated ? "Dropped and recreated" : "Dropped") aggregate \(ObjectDescription.function(identity))",
                why: recreated
                    ? "PostgreSQL cannot change an aggregate's state type in place; the drop fails while a view uses the aggregate."
                    : "Queries and views that use the aggregate fail once it is gone.",
                mitigationTitle: "How to avoid breaking callers:",
                mitigation: ["Make sure no running application or view uses the aggregate."])
    }

    public static func droppedTextSearchConfiguration(_ name: QualifiedName) -> Warning {
        Warning(code: .D016,
                summary: "Dropped text search configuration \(ObjectDescription.textSearchConfiguration(name))",
                why: "Queries, indexes and columns that name the configuration (`'name'::regconfig`) fail once it is gone.",
                mitigationTitle: preventFailure,
                mitigation: ["Make sure no index, generated column or query uses the configuration."])
    }
}

extension ObjectDescription {
    static func collation(_ name: QualifiedName) -> String { "(collation: '\(name.name)' schema: '\(name.schema)')" }
    static func textSearchConfiguration(_ name: QualifiedName) -> String {
        "(text search configuration: '\(name.name)' schema: '\(name.schema)')"
    }
}
