import Foundation
import Lint
import MonolayerKit
import SchemaSource
import Testing

/// Every lint code has SQL that must raise it and close SQL that must not (the SwiftLint rule-example
/// idea), linted offline; the codes that share a planner code's name are that code.
@Suite struct LintExampleTests {
    static func codes(_ example: LintExample) throws -> [LintCode] {
        switch example {
        case .migration(let sql, let transactional):
            return try lint(sql, kind: .migration(transactional: transactional, acknowledged: []))
        case .schemaFile(let sql):
            return try lint(sql, kind: .schemaFile)
        case .environment(let toml):
            return try lintConfig("[environments.production]\nurl = \"postgresql://localhost/app\"\n\(toml)\n")
        }
    }

    static func lint(_ sql: String, kind: LintSource.Kind, severities: [LintCode: LintSeverity] = [:]) throws -> [LintCode] {
        try findings(sql, kind: kind, severities: severities).map(\.code)
    }

    static func findings(_ sql: String, kind: LintSource.Kind, severities: [LintCode: LintSeverity] = [:]) throws -> [LintFinding] {
        let file = SourceFile(url: URL(fileURLWithPath: "/example.sql"), displayPath: "example.sql", text: sql)
        // Every code is turned on, so that default-off rules are checked too.
        let allOn = Dictionary(uniqueKeysWithValues: LintCode.allCases.map { ($0, LintSeverity.warning) })
        return try Linter(severities: allOn.merging(severities) { _, configured in configured }).lint([LintSource(file: file, kind: kind)])
    }

    static func lintConfig(_ toml: String) throws -> [LintCode] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try toml.write(to: root.appendingPathComponent("monolayer.toml"), atomically: true, encoding: .utf8)
        let project = try Project(options: ProjectOptions(), environment: [:], workingDirectory: root)
        return try LintOperation(project: project, console: Console(assumeYes: true), environment: [:]).report().findings.map(\.code)
    }

    @Test(arguments: LintCode.allCases)
    func raisedByItsExampleAndNotByTheCloseOne(code: LintCode) throws {
        let (triggering, notTriggering) = code.examples
        let raised = try Self.codes(triggering)
        #expect(raised.contains(code), "the triggering example of \(code.rawValue) raised \(raised)")
        let quiet = try Self.codes(notTriggering)
        #expect(!quiet.contains(code), "the close example of \(code.rawValue) raised \(quiet)")
    }

    @Test(arguments: LintCode.allCases)
    func aCodesNumberSaysWhoseItIs(code: LintCode) {
        let number = Int(code.rawValue.drop { $0.isLetter }) ?? 0
        // Below 101 (S and L codes aside), the planner's codes; from 101, patterns with an online form, errors by
        // default even where the planner shares the code (it writes them only where there is none).
        if number < 100, code.category != .style, code.category != .suppression { #expect(code.plannerCode != nil, "\(code.rawValue)") }
        if number >= 101 { #expect(code.defaultSeverity == .error, "\(code.rawValue)") }
        if let planner = code.plannerCode { #expect(code.category.rawValue == planner.category.rawValue) }
    }
}
