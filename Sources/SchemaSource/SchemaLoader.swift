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
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory)
        let root = isDirectory.boolValue ? path : path.deletingLastPathComponent()
        return try load(files: files, includeRoot: root)
    }

    /// `includeRoot` is where `\i` paths start (the schema folder); `\ir` paths start at the including file.
    public func load(files: [SourceFile], includeRoot: URL? = nil) throws(DiagnosticList) -> SchemaModel {
        var diagnostics: [Diagnostic] = []
        var statements: [StatementSource] = []
        let includes = IncludeResolver(root: includeRoot)
        // A file another file includes is read where it is included (with that file's search path), not again.
        let included = includes.includedFiles(of: files)
        for file in files where !included.contains(file.url.standardizedFileURL.path) {
            do { statements += try readStatements(file, includes: includes, visited: []) } catch { diagnostics.append(error) }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        var builder = ModelBuilder(statements: statements)
        builder.build()
        guard builder.diagnostics.isEmpty else { throw DiagnosticList(builder.diagnostics) }
        return builder.model
    }

    /// Parses one file; tracks `SET search_path` (and pg_dump's `set_config`) so each statement knows it.
    func readStatements(_ file: SourceFile, searchPath initial: [String] = ["public"], includes: IncludeResolver = IncludeResolver(root: nil),
                        visited: Set<String> = []) throws(Diagnostic) -> [StatementSource] {
        let parsed: [RawStatement]
        do { parsed = try PgQuery.parse(file.text) } catch {
            throw file.diagnostic(atByte: error.byteOffset ?? 0, error.message)
        }
        // One scan of the file; each statement takes its own tokens from it.
        let fileTokens: [Token]
        do { fileTokens = try PgQuery.scan(file.text) } catch {
            throw file.diagnostic(atByte: error.byteOffset ?? 0, error.message)
        }
        var tokenCursor = 0
        var searchPath = initial
        var result: [StatementSource] = []
        var pendingIncludes = file.includes[...]
        let visitedHere = visited.union([file.url.standardizedFileURL.path])
        for raw in parsed {
            // Included files come in where their line stands, with the search path in force there.
            while let include = pendingIncludes.first, include.byteOffset < raw.byteOffset + raw.byteLength,
                  include.byteOffset < statementStart(raw, in: file) {
                pendingIncludes.removeFirst()
                result += try includes.read(include, from: file, searchPath: searchPath, visited: visitedHere, loader: self)
            }
            if let path = SearchPathSetting.read(raw.node) {
                searchPath = path
                continue
            }
            if SearchPathSetting.isOtherSessionSetting(raw.node) { continue }
            let range = raw.byteOffset..<(raw.byteOffset + raw.byteLength)
            while tokenCursor < fileTokens.count, fileTokens[tokenCursor].byteRange.lowerBound < range.lowerBound { tokenCursor += 1 }
            let first = tokenCursor
            // The comment lines above the statement, which its range may not include (rename hints).
            var leading = first
            while leading > 0, fileTokens[leading - 1].isComment { leading -= 1 }
            while tokenCursor < fileTokens.count, fileTokens[tokenCursor].byteRange.lowerBound < range.upperBound { tokenCursor += 1 }
            var statement = StatementSource(file: file, node: raw.node, byteRange: range, searchPath: searchPath,
                                            tokens: Array(fileTokens[first..<tokenCursor]))
            statement.leadingCommentTokens = Array(fileTokens[leading..<first])
            result.append(statement)
        }
        for include in pendingIncludes {
            result += try includes.read(include, from: file, searchPath: searchPath, visited: visitedHere, loader: self)
        }
        return result
    }

    /// Where a statement's own text starts (its range begins after the previous `;`, comments and blank
    /// lines included, which may hold an include line).
    private func statementStart(_ raw: RawStatement, in file: SourceFile) -> Int {
        var offset = raw.byteOffset
        let end = raw.byteOffset + raw.byteLength
        while offset < end, [0x20, 0x0A, 0x0D, 0x09].contains(file.bytes[offset]) { offset += 1 }
        return offset
    }
}
