/// A risk a planned change carries, with what to do about it (SPEC section 8).
public struct Warning: Equatable, Sendable, Codable {
    public enum Category: String, Sendable, Codable {
        case destructive
        case backwardsIncompatible = "backwards-incompatible"
        case blocking
        case mightFail = "might-fail"

        /// The headline of a warning box: "Migration might fail", "Destructive change", ...
        public var title: String {
            switch self {
            case .destructive: return "Destructive change"
            case .backwardsIncompatible: return "Backwards incompatible change"
            case .blocking: return "Blocking change"
            case .mightFail: return "Migration might fail"
            }
        }
    }

    /// A stable code such as `D003` or `MF001`; the catalogue in `WarningCatalogue` lists them all.
    public var code: String
    public var category: Category
    /// What changed, and on which object: "Dropped column (column: 'name' table: 'users' schema: 'public')".
    public var summary: String
    public var why: String
    public var mitigationTitle: String
    public var mitigation: [String]

    public init(code: String, category: Category, summary: String, why: String, mitigationTitle: String, mitigation: [String]) {
        self.code = code
        self.category = category
        self.summary = summary
        self.why = why
        self.mitigationTitle = mitigationTitle
        self.mitigation = mitigation
    }

    /// The boxed text form shown by `plan` and `sync`.
    public var boxedText: String {
        var lines = ["│", "▲ WARNING \(category.title) [\(code)]", "│", "│ - \(summary)", "│", "│ \(why)"]
        if !mitigation.isEmpty {
            lines += ["│", "│ \(mitigationTitle)"]
            lines += mitigation.enumerated().map { "│ \($0.offset + 1). \($0.element)" }
        }
        return lines.joined(separator: "\n")
    }

    /// One line for migration file headers.
    public var headerLine: String { "\(code) \(category.rawValue): \(summary)" }
}
