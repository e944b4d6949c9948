import Diff
import Plan
import SchemaModel
import SchemaSource

/// Rename hints are checked against the database before anything is planned: a hint whose old and
/// new names both exist is an input error (exit 2), reported at the hint's comment.
enum RenameHintCheck {
    static func check(_ problems: [RenameProblem]) throws {
        guard !problems.isEmpty else { return }
        let diagnostics = problems.map { problem in
            Diagnostic(file: problem.origin.file, line: problem.origin.line, column: problem.origin.column,
                       message: problem.message, sourceLine: problem.origin.sourceLine, hint: problem.hint)
        }
        throw MonolayerError.diagnostics(DiagnosticList(diagnostics).description)
    }
}
