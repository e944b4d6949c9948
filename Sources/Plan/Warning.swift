/// A risk a planned change carries, with what to do about it (SPEC section 8).
public struct Warning: Equatable, Sendable, Codable {
    public enum Category: String, CaseIterable, Sendable, Codable {
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

    /// A stable code such as `D003` or `MF001`; `WarningCode` lists them all.
    public var code: WarningCode
    public var category: Category { code.category }
    /// What changed, and on which object: "Dropped column (column: 'name' table: 'users' schema: 'public')".
    public var summary: String
    public var why: String
    public var mitigationTitle: String
    public var mitigation: [String]

    public init(code: WarningCode, summary: String, why: String, mitigationTitle: String, mitigation: [String]) {
        self.code = code
        self.summary = summary
        self.why = why
        self.mitigationTitle = mitigationTitle
        self.mitigation = mitigation
    }

    /// The boxed text form shown by `plan` and `sync`.
    public var boxedText: String {
        var lines = ["│", "▲ WARNING \(category.title) [\(code.rawValue)]", "│", "│ - \(summary)", "│", "│ \(why)"]
        if !mitigation.isEmpty {
            lines += ["│", "│ \(mitigationTitle)"]
            lines += mitigation.enumerated().map { "│ \($0.offset + 1). \($0.element)" }
        }
        return lines.joined(separator: "\n")
    }

    enum CodingKeys: String, CodingKey { case code, category, summary, why, mitigationTitle, mitigation }

    /// The category is written out for readers of the JSON plan; reading takes it from the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(category, forKey: .category)
        try container.encode(summary, forKey: .summary)
        try container.encode(why, forKey: .why)
        try container.encode(mitigationTitle, forKey: .mitigationTitle)
        try container.encode(mitigation, forKey: .mitigation)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(code: try container.decode(WarningCode.self, forKey: .code), summary: try container.decode(String.self, forKey: .summary),
                  why: try container.decode(String.self, forKey: .why),
                  mitigationTitle: try container.decode(String.self, forKey: .mitigationTitle),
                  mitigation: try container.decode([String].self, forKey: .mitigation))
    }

    /// One line for migration file headers.
    public var headerLine: String { "\(code.rawValue) \(category.rawValue): \(summary)" }
}
