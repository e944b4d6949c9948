import Foundation
import Lint
import Plan
import SchemaSource
import Testing
import TestSupport

/// The planner and lint judge the same risks: the migrations monolayer writes for every case folder,
/// linted together as one run deploys them, raise no finding of severity error with the default
/// severities (what the planner warns about is in each header, and counts as a warning).
@Suite struct GeneratedMigrationLintTests {
    @Test(arguments: CaseLibrary.all)
    func generatedMigrationsLintWithoutErrors(_ schemaCase: SchemaCase) throws {
        let plan = try CasePlanning.plan(schemaCase)
        let files = CasePlanning.files(for: plan)
        // One file per planned migration, in order; its header lists its statements' warnings.
        #expect(files.count == plan.migrations.count)
        let sources = zip(files, plan.migrations).map { file, migration in
            LintSource(file: SourceFile(url: URL(fileURLWithPath: "/\(file.key).sql"), displayPath: "\(file.key).sql", text: file.up),
                       kind: .migration(transactional: file.transactional,
                                        acknowledged: Set(migration.statements.flatMap(\.warnings).map(\.code.rawValue))))
        }
        let errors = try Linter().lint(sources).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(schemaCase): \(errors.map { "\($0.code) at \($0.file):\($0.line): \($0.message)" })")
    }
}
