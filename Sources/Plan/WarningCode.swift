/// Every warning code monolayer gives. The category follows from the code (D destructive, B blocking,
/// BI backwards incompatible, MF might fail). Each code names a case folder whose plan must carry it and
/// a close one whose plan must not, as SwiftLint's rules carry their examples; one test checks both.
public enum WarningCode: String, CaseIterable, Codable, Sendable {
    case D001, D002, D003, D004, D005, D006, D007, D008, D009, D010, D011, D012, D013, D014, D015, D016, D017, D018
    case B001, B002, B003, B004, B005, B006, B102, B103, B104
    case BI001, BI002, BI003, BI004, BI005, BI006, BI007, BI008, BI009, BI010
    case MF001, MF002, MF003, MF004, MF005, MF006, MF007, MF008, MF009

    public var category: Warning.Category {
        let code = rawValue
        if code.hasPrefix("BI") { return .backwardsIncompatible }
        if code.hasPrefix("MF") { return .mightFail }
        return code.hasPrefix("D") ? .destructive : .blocking
    }

    /// Case folders under Tests/Cases: one whose plan raises this code, and a close one whose plan must not.
    public var examples: (triggering: String, notTriggering: String) {
        switch self {
        case .D001: return ("schemas/drop-schema", "schemas/create-schema-with-table")
        case .D002: return ("tables/drop-table", "tables/create-table")
        case .D003: return ("columns/drop-column", "columns/add-nullable-column")
        case .D004: return ("domains/drop-domain", "domains/change-domain")
        case .D005: return ("indexes/drop-index", "indexes/change-index")
        case .D006: return ("constraints/drop-constraint", "constraints/change-check")
        case .D007: return ("sequences/drop-sequence", "sequences/alter-sequence-options")
        case .D008: return ("functions/drop-function", "functions/change-body")
        case .D009: return ("triggers/drop-trigger", "triggers/change-trigger")
        case .D010: return ("extensions/drop-extension", "extensions/create-extension-and-use-its-type")
        case .D011: return ("views/change-column-type", "views/append-column")
        case .D012: return ("partitions/change-partition-key", "partitions/change-bound")
        case .D013: return ("partitions/detach-partition", "partitions/attach-partition")
        case .D014: return ("collations/drop-collation", "collations/create-collations")
        case .D015: return ("aggregates/drop-aggregate", "aggregates/replace-aggregate")
        case .D016: return ("text-search/drop-configuration", "text-search/alter-configuration")
        case .D017: return ("operators/drop-operator", "operators/create-operator")
        case .D018: return ("policies/drop-policy", "policies/create-policies")
        case .B001: return ("columns/change-type", "columns/widen-type-without-rewrite")
        case .B002: return ("columns/add-column-with-volatile-default", "columns/add-column-with-default")
        case .B003: return ("enums/remove-enum-value", "enums/add-enum-values")
        case .B004: return ("tables/set-logged", "tables/unlogged-table")
        case .B005: return ("columns/change-type-to-checked-domain", "columns/change-type-to-plain-domain")
        case .B006: return ("collations/change-column-collation", "collations/column-collations")
        case .B102: return ("partitions/change-partitioned-index", "indexes/drop-index")
        case .B103: return ("partitions/add-keys-to-partitioned", "constraints/add-foreign-key")
        case .B104: return ("partitions/add-keys-to-partitioned", "constraints/add-unique")
        case .BI001: return ("privileges/change-grants", "privileges/grant-on-new-objects")
        case .BI002: return ("policies/alter-policies", "policies/create-policies")
        case .BI003: return ("renames/table-and-its-key", "renames/table-without-hint-is-drop-and-add")
        case .BI004: return ("renames/column-with-type-change", "renames/no-change-column-hint-applied")
        case .BI005: return ("renames/view", "renames/no-change-table-hint-applied")
        case .BI006: return ("renames/enum-type", "renames/enum-value")
        case .BI007: return ("renames/enum-value", "renames/enum-type")
        case .BI008: return ("renames/schema-with-table", "renames/no-change-schema-hint-applied")
        case .BI009: return ("renames/index", "renames/column-used-by-new-index")
        case .BI010: return ("renames/constraint-check", "renames/column-in-foreign-key")
        case .MF001: return ("columns/set-not-null", "columns/drop-not-null")
        case .MF002: return ("constraints/add-unique", "constraints/foreign-key-on-unique-index")
        case .MF003: return ("columns/add-not-null-column-without-default", "columns/add-column-with-default")
        case .MF004: return ("constraints/add-check", "constraints/validate-not-valid-check")
        case .MF005: return ("constraints/add-foreign-key", "constraints/foreign-key-options")
        case .MF006: return ("domains/change-domain", "domains/create-domains")
        case .MF007: return ("domains/change-domain", "domains/drop-domain")
        case .MF008: return ("constraints/exclusion-constraints", "constraints/add-check")
        case .MF009: return ("functions/drop-function", "functions/drop-standard-body-function")
        }
    }
}
