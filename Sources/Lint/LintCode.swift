import Plan

/// Every code `monolayer lint` reports. Where a rule finds the risk a planner warning describes, it
/// reports that warning's code (the same name as in `WarningCode`, with the catalogue's text); patterns
/// the planner never writes, because it always writes their safe form, have codes of their own in the
/// same families, numbered from 101 (D destructive, B blocking, MF might fail), plus S for schema style
/// and L for the lint comments themselves. B102, B103 and B104 are both: the planner writes those forms
/// on partitioned tables only, where PostgreSQL has no online one, and warns with the same code.
public enum LintCode: String, CaseIterable, Codable, Comparable, Sendable {
    // The planner's codes, found in hand-written SQL.
    case D001, D002, D003, D004, D005, D006, D007, D009, D010, D013, D014, D016
    case B001, B002, B004
    case BI002, BI003, BI004, BI008, BI010
    case MF001, MF002, MF003, MF008
    // Patterns with an online form (the planner writes B102-B104 only where there is none).
    case D101
    case B101, B102, B103, B104, B105, B106, B107
    case MF101
    // Schema style, in the spirit of squawk's type rules.
    case S001, S002, S003
    // An allow comment that suppresses nothing.
    case L001

    /// The planner's code of the same name, when this is one.
    public var plannerCode: WarningCode? { WarningCode(rawValue: rawValue) }

    public var category: LintCategory {
        if let plannerCode { return LintCategory(plannerCode.category) }
        switch rawValue.prefix(1) {
        case "S": return .style
        case "L": return .suppression
        case "D": return .destructive
        default: return rawValue.hasPrefix("MF") ? .mightFail : .blocking
        }
    }

    /// The severity a code has unless `[lint]` in monolayer.toml says otherwise. The planner's codes are
    /// warnings: monolayer writes those changes itself, with the warning in the migration's header, so a
    /// generated migration passes. Patterns the planner never writes (a lock taken where an online form
    /// exists, a missing WHERE) are errors, also where the planner shares the code; a migration's header
    /// that lists one (the planner had no online form) makes it a warning there. Style rules are warnings or off.
    public var defaultSeverity: LintSeverity {
        if plannerCode != nil, !hasOnlineForm { return .warning }
        switch self {
        case .S001, .S002, .L001: return .warning
        case .S003: return .off
        default: return .error
        }
    }

    /// Codes numbered from 101 flag a pattern whose online form exists.
    private var hasOnlineForm: Bool { (Int(rawValue.drop { $0.isLetter }) ?? 0) >= 101 }

    /// Schema-style rules look at schema files; every other rule at migrations (schema files are
    /// declarations, which monolayer plans in their safe form).
    public var looksAt: LintSource.Kind.Family {
        if self == .B106 { return .config }
        return category == .style ? .schemaFile : .migration
    }

    public static func < (lhs: LintCode, rhs: LintCode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The planner's four categories, and two that only lint has.
public enum LintCategory: String, Codable, Sendable {
    case destructive
    case backwardsIncompatible = "backwards-incompatible"
    case blocking
    case mightFail = "might-fail"
    case style
    case suppression

    init(_ category: Warning.Category) {
        switch category {
        case .destructive: self = .destructive
        case .backwardsIncompatible: self = .backwardsIncompatible
        case .blocking: self = .blocking
        case .mightFail: self = .mightFail
        }
    }
}

/// How a finding counts: an error makes `lint` exit 1, a warning is shown, off is not reported.
public enum LintSeverity: String, CaseIterable, Codable, Comparable, Sendable {
    case off, warning, error

    public static func < (lhs: LintSeverity, rhs: LintSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
