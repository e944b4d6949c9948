import PgQuery
import SQLTree

/// A `DO` block in schema files. Installers wrap declarations in one to give them a fallback (an
/// `EXCEPTION` handler for hosts that refuse C functions) or to ignore "already exists". When the block's
/// main path holds only declarations, run as PL/pgSQL runs SQL statements or through `EXECUTE` of a
/// constant string, those declarations are read in its place: schema files say what the database holds
/// once the block has run without error. Its exception handlers are not read. Anything else on the main
/// path (IF, loops, PERFORM, assignments, variables with initial values, SQL built at run time, data
/// statements) makes the outcome depend on the database, and the block is refused where that stands.
///
/// The block is parsed with PL/pgSQL's own parser (libpg_query's `pg_query_parse_plpgsql`); the SQL it
/// runs is then parsed where it stands in the file, so its declarations point at their own lines.
struct DoBlockReader {
    let statement: StatementSource

    struct Outcome {
        /// The declarations of the main path, in order.
        var statements: [StatementSource] = []
        /// Whether a block on the main path has an EXCEPTION handler (not read).
        var hasHandlers = false
    }

    static let hint = "monolayer reads a DO block only when its main path declares and does nothing else (SQL statements, "
        + "or EXECUTE of a constant string; an EXCEPTION handler is allowed and not read): write the declarations as "
        + "plain statements, or move the block into a data migration (`monolayer migrations scaffold data --name NAME`)"

    /// PL/pgSQL statement node → what to call it when it is refused.
    static let constructNames: [String: String] = [
        "PLpgSQL_stmt_assign": "an assignment", "PLpgSQL_stmt_if": "IF", "PLpgSQL_stmt_case": "CASE",
        "PLpgSQL_stmt_loop": "LOOP", "PLpgSQL_stmt_while": "WHILE", "PLpgSQL_stmt_fori": "FOR",
        "PLpgSQL_stmt_fors": "FOR", "PLpgSQL_stmt_forc": "FOR", "PLpgSQL_stmt_foreach_a": "FOREACH",
        "PLpgSQL_stmt_dynfors": "FOR ... EXECUTE", "PLpgSQL_stmt_exit": "EXIT or CONTINUE",
        "PLpgSQL_stmt_return_next": "RETURN NEXT", "PLpgSQL_stmt_return_query": "RETURN QUERY",
        "PLpgSQL_stmt_perform": "PERFORM", "PLpgSQL_stmt_call": "CALL", "PLpgSQL_stmt_getdiag": "GET DIAGNOSTICS",
        "PLpgSQL_stmt_open": "OPEN", "PLpgSQL_stmt_fetch": "FETCH or MOVE", "PLpgSQL_stmt_close": "CLOSE",
        "PLpgSQL_stmt_assert": "ASSERT", "PLpgSQL_stmt_commit": "COMMIT", "PLpgSQL_stmt_rollback": "ROLLBACK",
    ]

    /// The body as a literal in the file: the view of the file that holds the body's text where it stands.
    private struct Body {
        var file: SourceFile
        /// Where the body's first byte is, in `file`.
        var start: Int
        var bytes: [UInt8]
    }

    func read() throws(Diagnostic) -> Outcome {
        let node = statement.node.body("DoStmt") ?? .null
        var source: String?
        for argument in node["args"]?.array ?? [] {
            let element = argument.body("DefElem") ?? argument
            switch element["defname"]?.string {
            case "as": source = element["arg"]?.stringValue
            case "language":
                let language = element["arg"]?.stringValue ?? ""
                guard language == "plpgsql" else {
                    throw refusal(atByte: startOffset, "DO block in language \(language) is not read")
                }
            default: break
            }
        }
        guard let source else { throw refusal(atByte: startOffset, "DO block without a body") }
        let body = try locateBody(source)
        let function: Node
        do {
            let functions = try PgQuery.parsePlpgsql(statement.text)
            guard functions.count == 1, let parsed = functions[0].body("PLpgSQL_function") else {
                throw refusal(atByte: startOffset, "DO block could not be read as PL/pgSQL")
            }
            function = parsed
        } catch let error as PgQueryError {
            throw refusal(atByte: error.plpgsqlLine.map { lineStart($0, in: body) } ?? startOffset, "DO block: \(error.message)")
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw refusal(atByte: startOffset, "DO block: \(error)")
        }
        for datum in function["datums"]?.array ?? [] {
            guard let variable = datum.body, variable["default_val"] != nil else { continue }
            throw refusal(atByte: lineStart(variable["lineno"]?.int ?? 1, in: body),
                          "DO block declares variable \(variable["refname"]?.string ?? "") with an initial value, not only declarations")
        }
        var outcome = Outcome()
        try walk(function["action"].map { [$0] } ?? [], body: body, into: &outcome)
        return outcome
    }

    /// Where the DO statement's first token is.
    private var startOffset: Int {
        statement.tokens.first { !$0.isComment }?.byteRange.lowerBound ?? statement.byteRange.lowerBound
    }

    private func refusal(atByte offset: Int, _ message: String, in file: SourceFile? = nil) -> Diagnostic {
        (file ?? statement.file).diagnostic(atByte: offset, message, hint: Self.hint)
    }

    // MARK: - The main path

    private func walk(_ statements: [Node], body: Body, into outcome: inout Outcome) throws(Diagnostic) {
        for node in statements {
            guard let kind = node.kind, let fields = node.body else { continue }
            let line = fields["lineno"]?.int ?? 1
            switch kind {
            case "PLpgSQL_stmt_block":
                if fields["exceptions"] != nil { outcome.hasHandlers = true }
                try walk(fields["body"]?.array ?? [], body: body, into: &outcome)
            case "PLpgSQL_stmt_execsql":
                if fields["into"]?.bool == true || fields["target"] != nil {
                    throw refusal(atByte: lineStart(line, in: body), "DO block runs a statement with INTO, not only declarations")
                }
                let query = fields["sqlstmt"]?.body("PLpgSQL_expr")?["query"]?.string ?? ""
                guard let offset = find(query, in: body, fromLine: line) else {
                    throw refusal(atByte: lineStart(line, in: body), "DO block: cannot find where this statement stands in the file")
                }
                outcome.statements += try declarations(query, at: offset, in: body.file)
            case "PLpgSQL_stmt_dynexecute":
                if fields["into"]?.bool == true || fields["target"] != nil || fields["params"] != nil {
                    throw refusal(atByte: lineStart(line, in: body), "DO block runs EXECUTE with INTO or USING, not only declarations")
                }
                outcome.statements += try executed(fields["query"]?.body("PLpgSQL_expr")?["query"]?.string ?? "", line: line, body: body)
            case "PLpgSQL_stmt_return":
                if fields["expr"] != nil {
                    throw refusal(atByte: lineStart(line, in: body), "DO block returns a value, not only declarations")
                }
            case "PLpgSQL_stmt_raise" where (fields["elog_level"]?.int ?? 21) < 21:
                break  // a message below ERROR changes nothing
            case "PLpgSQL_stmt_raise":
                throw refusal(atByte: lineStart(line, in: body), "DO block raises an error on its main path, not only declarations")
            default:
                let name = Self.constructNames[kind] ?? kind.replacingOccurrences(of: "PLpgSQL_stmt_", with: "").uppercased()
                throw refusal(atByte: lineStart(line, in: body), "DO block runs \(name), not only declarations")
            }
        }
    }

    /// `EXECUTE 'CREATE ...'`: the string must be a constant; its statements are read where the string stands.
    private func executed(_ expression: String, line: Int, body: Body) throws(Diagnostic) -> [StatementSource] {
        guard let offset = find(expression, in: body, fromLine: line) else {
            throw refusal(atByte: lineStart(line, in: body), "DO block: cannot find where this EXECUTE stands in the file")
        }
        let value: String
        let literal: Token
        do {
            let parsed = try PgQuery.parseExpression(expression)
            let tokens = try PgQuery.scan(expression).filter { !$0.isComment }
            guard let constant = parsed.body("A_Const")?["sval"]?["sval"]?.string, tokens.count == 1, Self.isStringToken(tokens[0]) else {
                throw refusal(atByte: lineStart(line, in: body), "DO block runs EXECUTE of SQL built at run time, not only declarations",
                              in: body.file)
            }
            value = constant
            literal = tokens[0]
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw refusal(atByte: offset, "DO block runs EXECUTE of an expression that does not parse: \(error)", in: body.file)
        }
        let range = (offset + literal.byteRange.lowerBound)..<(offset + literal.byteRange.upperBound)
        let contentStart = range.lowerBound + Self.openingLength(of: body.file.slice(range))
        guard let view = body.file.replacing(literal: range, contentStart: contentStart, with: value) else {
            throw refusal(atByte: range.lowerBound, "DO block: cannot read the string EXECUTE runs", in: body.file)
        }
        return try declarations(value, at: contentStart, in: view)
    }

    /// The statements of `sql`, which stands at `offset` of `file`, each of them a declaration.
    private func declarations(_ sql: String, at offset: Int, in file: SourceFile) throws(Diagnostic) -> [StatementSource] {
        // Parsed where it stands, so the tree's locations are offsets into the file like everywhere else.
        let padded = String(repeating: " ", count: offset) + sql
        let parsed: [RawStatement]
        do { parsed = try PgQuery.parse(padded) } catch {
            throw file.diagnostic(atByte: error.byteOffset ?? offset, error.message)
        }
        var result: [StatementSource] = []
        for raw in parsed {
            let range = max(raw.byteOffset, offset)..<(raw.byteOffset + raw.byteLength)
            let inner: StatementSource
            do { inner = try StatementSource(file: file, node: raw.node, byteRange: range, searchPath: statement.searchPath) } catch {
                throw file.diagnostic(atByte: range.lowerBound + (error.byteOffset ?? 0), error.message)
            }
            let kind = raw.node.kind ?? ""
            if let name = StatementKinds.notSchema[kind] ?? (StatementKinds.ignored.contains(kind) || kind == "VariableSetStmt" ? "a session statement" : nil) {
                throw refusal(atByte: inner.startOffset, "DO block runs \(name), not only declarations", in: file)
            }
            result.append(inner)
        }
        return result
    }

    // MARK: - Positions

    /// The body's literal in the file, and the view of the file that holds its value where it stands.
    private func locateBody(_ source: String) throws(Diagnostic) -> Body {
        var previous: Token?
        for token in statement.tokens where !token.isComment {
            defer { previous = token }
            guard Self.isStringToken(token), previous?.name != "LANGUAGE" else { continue }
            let contentStart = token.byteRange.lowerBound + Self.openingLength(of: statement.file.slice(token.byteRange))
            if let view = statement.file.replacing(literal: token.byteRange, contentStart: contentStart, with: source) {
                return Body(file: view, start: contentStart, bytes: Array(source.utf8))
            }
        }
        throw refusal(atByte: startOffset, "DO block: cannot find its body in the file")
    }

    static func isStringToken(_ token: Token) -> Bool { token.name == "SCONST" || token.name == "USCONST" }

    /// The length of a string literal's opening: `'`, `E'`, `U&'` or `$tag$`.
    static func openingLength(of literal: String) -> Int {
        let bytes = Array(literal.utf8)
        guard let first = bytes.first else { return 0 }
        switch first {
        case UInt8(ascii: "$"): return (bytes.dropFirst().firstIndex(of: UInt8(ascii: "$")) ?? 0) + 1
        case UInt8(ascii: "E"), UInt8(ascii: "e"): return 2
        case UInt8(ascii: "U"), UInt8(ascii: "u"): return 3
        default: return 1
        }
    }

    /// The offset of the body's line `line` (PL/pgSQL counts lines in the body, from 1), at its first
    /// character that is not blank.
    private func lineStart(_ line: Int, in body: Body) -> Int {
        var offset = 0
        var remaining = line - 1
        while remaining > 0, let newline = body.bytes[offset...].firstIndex(of: 0x0A) {
            offset = newline + 1
            remaining -= 1
        }
        while offset < body.bytes.count, [0x20, 0x09, 0x0D].contains(body.bytes[offset]) { offset += 1 }
        return body.start + offset
    }

    /// Where PL/pgSQL's copy of a statement's text stands in the file: searched from its line on.
    private func find(_ text: String, in body: Body, fromLine line: Int) -> Int? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return nil }
        var start = lineStart(line, in: body) - body.start
        // The line's first blank characters were skipped; the text starts at or after them.
        while start + needle.count <= body.bytes.count {
            if body.bytes[start] == needle[0], body.bytes[start..<(start + needle.count)].elementsEqual(needle) { return body.start + start }
            start += 1
        }
        return nil
    }
}
