import Foundation
import PgQuery
import SchemaModel
import SQLTree

/// Schema files → `SchemaModel`. Declarations may come in any order, within and across files: every
/// statement is read first, then the model is built, so a table may use an enum declared later.
/// Everything wrong is collected and reported together, before any database is touched.
///
/// Data statements (`INSERT`, `UPDATE`, `DELETE`, `MERGE`, `COPY ... FROM` with its rows, `SELECT setval`)
/// are skipped, with one notice per file; `strict` makes them errors. A `DO` block whose main path only
/// declares is read as those declarations, with a notice (see `DoBlockReader`).
public struct SchemaLoader {
    /// Data statements are errors rather than skipped (`--strict`, `strict = true` in monolayer.toml).
    public var strict: Bool
    /// Plain table and index statements are left unparsed as their files are read and parsed one at a time
    /// by the model builder's pass that reads them (see PlainStatementRecognizer); false parses every
    /// statement up front. A read that finds anything wrong, or a statement that is not what its tokens
    /// showed, is done again without, so that what is reported is exactly what parsing everything reports.
    var deferringPlainStatements = true

    public init(strict: Bool = false) {
        self.strict = strict
    }

    public func load(path: URL, base: URL? = nil) throws(DiagnosticList) -> SchemaModel {
        try read(path: path, base: base).model
    }

    /// `includeRoot` is where `\i` paths start (the schema folder); `\ir` paths start at the including file.
    public func load(files: [SourceFile], includeRoot: URL? = nil) throws(DiagnosticList) -> SchemaModel {
        try read(files: files, includeRoot: includeRoot).model
    }

    /// The model with what the user should be told about how the files were read.
    public func read(path: URL, base: URL? = nil) throws(DiagnosticList) -> LoadedSchema {
        let files: [SourceFile]
        do { files = try SchemaFiles.find(in: path, relativeTo: base) } catch { throw DiagnosticList([error]) }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory)
        let root = isDirectory.boolValue ? path : path.deletingLastPathComponent()
        return try read(files: files, includeRoot: root)
    }

    public func read(files: [SourceFile], includeRoot: URL? = nil) throws(DiagnosticList) -> LoadedSchema {
        if let loaded = try readOnce(files: files, includeRoot: includeRoot) { return loaded }
        guard let loaded = try parsingEveryStatement.readOnce(files: files, includeRoot: includeRoot) else {
            preconditionFailure("a read that parses every statement up front has nothing to fall back on")
        }
        return loaded
    }

    /// One read of the files; nil when it has to be done again parsing every statement up front (only when
    /// `deferringPlainStatements`): something is wrong with the files, to be reported exactly as that read
    /// reports it (a syntax error stops its file's reading there), or a statement left unparsed is not what
    /// its tokens showed or was never parsed.
    func readOnce(files: [SourceFile], includeRoot: URL? = nil) throws(DiagnosticList) -> LoadedSchema? {
        var reading = StatementReading()
        let includes = IncludeResolver(root: includeRoot, files: files)
        // A file another file includes is read where it is included (with that file's search path), not again.
        let included = includes.includedFiles(of: files)
        for file in files where !included.contains(file.url.standardizedFileURL.path) {
            do { try readStatements(file, includes: includes, visited: [], into: &reading) } catch { reading.problems.append(error) }
        }
        guard reading.problems.isEmpty else {
            if deferringPlainStatements { return nil }
            throw DiagnosticList(reading.problems)
        }
        var builder = ModelBuilder(statements: reading.statements)
        builder.build()
        // A statement no pass parsed (a declaration that a later DROP of the same name removed) may not parse.
        if builder.refusedPendingTree || reading.statements.contains(where: { $0.pending != nil }) { return nil }
        guard builder.diagnostics.isEmpty else { throw DiagnosticList(builder.diagnostics) }
        // Notices in the order of the files, and of the lines within each.
        let order = Dictionary(reading.files.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let notices = (reading.notices + reading.skippedNotices()).enumerated().sorted {
            (order[$0.element.file] ?? .max, $0.element.line, $0.offset) < (order[$1.element.file] ?? .max, $1.element.line, $1.offset)
        }.map(\.element)
        return LoadedSchema(model: builder.model, skipped: reading.skipped, notices: notices)
    }

    /// This loader, parsing every statement as its file is read.
    var parsingEveryStatement: SchemaLoader {
        var loader = self
        loader.deferringPlainStatements = false
        return loader
    }

    /// Parses one file; tracks `SET search_path` (and pg_dump's `set_config`) so each statement knows it.
    /// A problem with one statement is collected in `reading`; one that stops the file's reading is thrown.
    func readStatements(_ file: SourceFile, searchPath initial: [String] = ["public"], includes: IncludeResolver = IncludeResolver(root: nil),
                        visited: Set<String> = [], into reading: inout StatementReading) throws(Diagnostic) {
        reading.files.append(file.displayPath)
        let text = file.text
        // One scan of the file: its semicolons cut the file into pieces to parse, each statement reads in it
        // the comments in and above it (its tokens are scanned again when a reader asks), and plain table
        // and index statements are found, to be parsed one at a time by the pass that reads them.
        var recognizer = PlainStatementRecognizer(bytes: file.bytes)
        let outline: ScanOutline
        do { outline = try PgQuery.scanOutline(text) { recognizer.take($0) } } catch {
            // The parser's error where it has one, as for a file that scans.
            do { _ = try PgQuery.parse(text) } catch { throw file.diagnostic(atByte: error.byteOffset ?? 0, error.message) }
            throw file.diagnostic(atByte: error.byteOffset ?? 0, error.message)
        }
        var pending = deferringPlainStatements ? Self.withoutRenameHints(recognizer.found, outline, in: file) : []
        var parsed: [RawStatement] = []
        if !pending.isEmpty {
            // A statement left blank that the parse put inside another (text that parses only with it blank), or
            // text that does not parse, is read with every statement parsed.
            let blanked = try? PgQuery.parse(text, splitAt: outline.semicolons, blanking: pending.map(\.byteRange))
            if let blanked, Self.standApart(pending, blanked) { parsed = blanked } else { pending = [] }
        }
        if pending.isEmpty {
            do { parsed = try PgQuery.parse(text, splitAt: outline.semicolons) } catch {
                throw file.diagnostic(atByte: error.byteOffset ?? 0, error.message)
            }
        }
        var commentCursor = 0
        var searchPath = initial
        var pendingIncludes = file.includes[...]
        let visitedHere = visited.union([file.url.standardizedFileURL.path])
        for item in Self.inOrder(parsed, pending) {
            // Included files come in where their line stands, with the search path in force there.
            while let include = pendingIncludes.first, include.byteOffset < item.byteRange.upperBound,
                  include.byteOffset < statementStart(item.byteRange, in: file) {
                pendingIncludes.removeFirst()
                try includes.read(include, from: file, searchPath: searchPath, visited: visitedHere, loader: self, into: &reading)
            }
            let raw: RawStatement
            switch item {
            case .parsed(let statement): raw = statement
            case .pending(let found):
                reading.statements.append(StatementSource(file: file, pending: found.statement, byteRange: found.byteRange,
                                                          searchPath: searchPath))
                continue
            }
            if let path = SearchPathSetting.read(raw.node) {
                searchPath = path
                continue
            }
            if SearchPathSetting.isOtherSessionSetting(raw.node) { continue }
            let range = item.byteRange
            let comments = outline.comments(of: range, cursor: &commentCursor)
            let statement = StatementSource(file: file, node: raw.node, byteRange: range, searchPath: searchPath,
                                            leadingComments: comments.leading, innerComments: comments.inside)
            if let kind = StatementKinds.dataKind(raw.node) {
                reading.skip(statement, kind: kind, strict: strict)
            } else if raw.node.kind == "DoStmt" {
                do { try reading.readDoBlock(statement) } catch { reading.problems.append(error) }
            } else {
                reading.statements.append(statement)
            }
        }
        for include in pendingIncludes {
            try includes.read(include, from: file, searchPath: searchPath, visited: visitedHere, loader: self, into: &reading)
        }
    }

    /// The statements found with no rename hint in them or directly above (a hint is read from the tree in
    /// the last pass).
    private static func withoutRenameHints(_ found: [PlainStatementRecognizer.Found], _ outline: ScanOutline,
                                           in file: SourceFile) -> [PlainStatementRecognizer.Found] {
        var cursor = 0
        return found.filter { statement in
            let comments = outline.comments(of: statement.byteRange, cursor: &cursor)
            return !RenameHintReader.anyHint(in: comments.leading, comments.inside, of: file)
        }
    }

    /// Whether every statement left blank lies between the statements parsed, as it does in the text.
    private static func standApart(_ pending: [PlainStatementRecognizer.Found], _ parsed: [RawStatement]) -> Bool {
        var index = 0
        for blank in pending {
            while index < parsed.count, parsed[index].byteOffset + parsed[index].byteLength <= blank.byteRange.lowerBound { index += 1 }
            if index < parsed.count, parsed[index].byteOffset < blank.byteRange.upperBound { return false }
        }
        return true
    }

    /// A statement parsed with its file, or one left to the pass that reads it.
    private enum ReadItem {
        case parsed(RawStatement)
        case pending(PlainStatementRecognizer.Found)

        var byteRange: Range<Int> {
            switch self {
            case .parsed(let raw): raw.byteOffset..<(raw.byteOffset + raw.byteLength)
            case .pending(let found): found.byteRange
            }
        }
    }

    /// The parsed statements and the pending ones, merged in the order of the text.
    private static func inOrder(_ parsed: [RawStatement], _ pending: [PlainStatementRecognizer.Found]) -> [ReadItem] {
        var items: [ReadItem] = []
        items.reserveCapacity(parsed.count + pending.count)
        var waiting = pending[...]
        for raw in parsed {
            while let found = waiting.first, found.byteRange.lowerBound < raw.byteOffset {
                items.append(.pending(found))
                waiting.removeFirst()
            }
            items.append(.parsed(raw))
        }
        items += waiting.map { .pending($0) }
        return items
    }

    /// Where a statement's own text starts (its range begins after the previous `;`, comments and blank
    /// lines included, which may hold an include line).
    private func statementStart(_ range: Range<Int>, in file: SourceFile) -> Int {
        var offset = range.lowerBound
        let end = range.upperBound
        while offset < end, [0x20, 0x0A, 0x0D, 0x09].contains(file.bytes[offset]) { offset += 1 }
        return offset
    }
}

/// Schema files as read: the model, the data statements left out, and the notices about both.
public struct LoadedSchema: Sendable {
    public var model: SchemaModel
    /// Data statements skipped, in the order they were read.
    public var skipped: [SkippedStatement]
    /// One per DO block read as its declarations, and one per file with skipped data statements.
    public var notices: [Diagnostic]
}

/// What reading the files has found so far.
struct StatementReading {
    /// The files in the order they were read (display paths), to order notices by.
    var files: [String] = []
    var statements: [StatementSource] = []
    var skipped: [SkippedStatement] = []
    /// Per file (display path), where its first skipped statement stands: its notice points there.
    private var firstSkipped: [String: Diagnostic] = [:]
    var notices: [Diagnostic] = []
    var problems: [Diagnostic] = []

    mutating func skip(_ statement: StatementSource, kind: String, strict: Bool) {
        if strict {
            problems.append(statement.diagnostic(atByte: statement.startOffset, "\(kind) is a data statement, not a schema statement",
                                                 hint: StatementKinds.strictDataHint))
            return
        }
        var place = statement.diagnostic(atByte: statement.startOffset, "", hint: StatementKinds.skippedDataHint)
        place.severity = .notice
        skipped.append(SkippedStatement(file: place.file, line: place.line, column: place.column, kind: kind))
        if firstSkipped[place.file] == nil { firstSkipped[place.file] = place }
    }

    /// A DO block that only declares: its declarations, and a notice.
    mutating func readDoBlock(_ statement: StatementSource) throws(Diagnostic) {
        let outcome = try DoBlockReader(statement: statement).read()
        statements += outcome.statements
        var kinds: [String] = []
        for inner in outcome.statements {
            let name = ModelBuilder.describe(inner.node.kind ?? "").replacingOccurrences(of: " statement", with: "")
            if !kinds.contains(name) { kinds.append(name) }
        }
        let count = outcome.statements.count
        let what = count == 0 ? "declares nothing" : "read as the \(count == 1 ? "declaration" : "\(count) declarations") of its main path (\(kinds.joined(separator: ", ")))"
        var notice = statement.diagnostic(
            atByte: statement.startOffset, "DO block \(what)" + (outcome.hasHandlers ? "; its EXCEPTION handler is not read" : ""),
            hint: "monolayer does not run the block: what its main path declares is planned like any other declaration; "
                + "write the declarations as plain statements to leave this notice out")
        notice.severity = .notice
        notices.append(notice)
    }

    /// One notice per file: how many data statements were skipped, of which kinds, pointing at the first.
    func skippedNotices() -> [Diagnostic] {
        var files: [String] = []
        for statement in skipped where !files.contains(statement.file) { files.append(statement.file) }
        return files.compactMap { file in
            let statements = skipped.filter { $0.file == file }
            var kinds: [String] = []
            for statement in statements where !kinds.contains(statement.kind) { kinds.append(statement.kind) }
            guard var notice = firstSkipped[file] else { return nil }
            let count = statements.count
            notice.message = "\(count) data statement\(count == 1 ? "" : "s") skipped (\(kinds.joined(separator: ", ")))"
                + (count == 1 ? "" : ", the first here")
            return notice
        }
    }
}
