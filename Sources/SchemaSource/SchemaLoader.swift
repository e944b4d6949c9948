import Foundation
import PgQuery
import SchemaModel
import SQLTree

/// Schema files → `SchemaModel`. Declarations may come in any order, within and across files: every
/// statement is read first, then the model is built, so a table may use an enum declared later.
/// Everything wrong is collected and reported together, before any database is touched.
public struct SchemaLoader {
    public init() {}

    public func load(path: URL, base: URL? = nil) throws(DiagnosticList) -> SchemaModel {
        let files: [SourceFile]
        do { files = try SchemaFiles.find(in: path, relativeTo: base) } catch { throw DiagnosticList([error]) }
        return try load(files: files)
    }

    public func load(files: [SourceFile]) throws(DiagnosticList) -> SchemaModel {
        var diagnostics: [Diagnostic] = []
        var statements: [StatementSource] = []
        for file in files {
            do { statements += try readStatements(file) } catch { diagnostics.append(error) }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        var builder = ModelBuilder(statements: statements)
        builder.build()
        guard builder.diagnostics.isEmpty else { throw DiagnosticList(builder.diagnostics) }
        return builder.model
    }

    /// Parses one file; tracks `SET search_path` (and pg_dump's `set_config`) so each statement knows it.
    func readStatements(_ file: SourceFile) throws(Diagnostic) -> [StatementSource] {
        let parsed: [RawStatement]
        do { parsed = try PgQuery.parse(file.text) } catch {
            throw file.diagnostic(atByte: error.byteOffset ?? 0, error.message)
        }
        var searchPath = ["public"]
        var result: [StatementSource] = []
        for raw in parsed {
            if let path = SearchPathSetting.read(raw.node) {
                searchPath = path
                continue
            }
            if SearchPathSetting.isOtherSessionSetting(raw.node) { continue }
            let range = raw.byteOffset..<(raw.byteOffset + raw.byteLength)
            do {
                result.append(try StatementSource(file: file, node: raw.node, byteRange: range, searchPath: searchPath))
            } catch {
                throw file.diagnostic(atByte: raw.byteOffset + (error.byteOffset ?? 0), error.message)
            }
        }
        return result
    }
}
