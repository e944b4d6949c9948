import Plan

/// What a finding says: the same shape as a planner warning (what, on which object; why; numbered
/// mitigation), so a code reads the same in `plan`, in a migration header and in `lint`.
public struct LintMessage: Equatable, Codable, Sendable {
    public var summary: String
    public var why: String
    public var mitigationTitle: String
    public var mitigation: [String]

    public init(summary: String, why: String, mitigationTitle: String, mitigation: [String]) {
        self.summary = summary
        self.why = why
        self.mitigationTitle = mitigationTitle
        self.mitigation = mitigation
    }

    /// The planner's text for one of its codes.
    init(_ warning: Warning) {
        self.init(summary: warning.summary, why: warning.why, mitigationTitle: warning.mitigationTitle, mitigation: warning.mitigation)
    }
}

/// One risk a rule found in a statement: the code, the text, and where (a byte offset into the file,
/// nil for the statement's start).
struct LintHit {
    var code: LintCode
    var message: LintMessage
    var byteOffset: Int?

    init(_ code: LintCode, _ message: LintMessage, at byteOffset: Int? = nil) {
        self.code = code
        self.message = message
        self.byteOffset = byteOffset
    }

    /// A planner warning found in hand-written SQL: reported under the warning's own code and text.
    init(_ warning: Warning, at byteOffset: Int? = nil) {
        self.init(LintCode(rawValue: warning.code.rawValue)!, LintMessage(warning), at: byteOffset)
    }
}
