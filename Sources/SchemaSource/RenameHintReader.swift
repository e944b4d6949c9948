import PgQuery
import SchemaModel

/// Reads rename intent: a comment line `-- monolayer: renamed from OLD` among the comment lines
/// directly above a declaration (a statement, a column's or a constraint's line in CREATE TABLE, or an
/// enum label). OLD is written as SQL names it: `accounts`, `public.accounts`, `"Old Name"` (folded to
/// lower case unless quoted); for an enum label, a string literal: `-- monolayer: renamed from 'old'`.
struct RenameHintReader {
    static let marker = "renamed from"
    let source: StatementSource

    /// The hint above the token at `offset` (the statement's first token when nil), as the raw OLD text.
    func hintText(before offset: Int?) -> (text: String, origin: SourceOrigin, byte: Int)? {
        let start = offset ?? source.tokens.first { !$0.isComment }?.byteRange.lowerBound ?? source.byteRange.lowerBound
        // The comments above the statement, then its own tokens, in file order; read in place (this runs
        // for every column of a table that has comments).
        let leading = source.leadingCommentTokens, own = source.tokens
        func tokenAt(_ index: Int) -> Token {
            index < leading.count ? leading[leading.startIndex + index] : own[own.startIndex + index - leading.count]
        }
        var low = 0, high = leading.count + own.count  // the first token at or after `start`, by bisection
        while low < high {
            let middle = (low + high) / 2
            if tokenAt(middle).byteRange.lowerBound >= start { high = middle } else { low = middle + 1 }
        }
        var index = low - 1
        var following = start
        while index >= 0, tokenAt(index).isComment {
            let token = tokenAt(index)
            // Directly above: no blank line between the comment and what follows it.
            let gap = source.file.slice(token.byteRange.upperBound..<following)
            guard gap.filter({ $0 == "\n" }).count <= 1 else { break }
            let text = source.file.slice(token.byteRange)
            if let argument = Self.argument(of: text) {
                let (line, column) = source.file.position(ofByte: token.byteRange.lowerBound)
                return (argument, SourceOrigin(file: source.file.displayPath, line: line, column: column,
                                               sourceLine: source.file.lineText(line)), token.byteRange.lowerBound)
            }
            following = token.byteRange.lowerBound
            index -= 1
        }
        return nil
    }

    /// Whether any of the tokens is a comment this reader reads a hint from (well formed or not): a statement
    /// without one has nothing for the rename pass. A comment that does not name monolayer is passed over
    /// without making a string of it (pg_dump writes a few above every statement).
    static func anyHint(in tokens: [Token], _ more: [Token], of file: SourceFile) -> Bool {
        func isHint(_ token: Token) -> Bool {
            guard token.isComment, file.bytes[token.byteRange].firstRange(of: monolayerBytes) != nil else { return false }
            return argument(of: file.slice(token.byteRange)) != nil
        }
        return tokens.contains(where: isHint) || more.contains(where: isHint)
    }

    private static let monolayerBytes = Array("monolayer:".utf8)

    /// `-- monolayer: renamed from x` → `x`.
    static func argument(of comment: String) -> String? {
        guard comment.hasPrefix("--") else { return nil }
        let body = trimmingSpaces(comment.dropFirst(2))
        guard body.hasPrefix("monolayer:") else { return nil }
        let directive = trimmingSpaces(body.dropFirst("monolayer:".count))
        guard directive.lowercased().hasPrefix(marker) else { return nil }
        return String(trimmingSpaces(directive.dropFirst(marker.count)))
    }

    /// Without leading and trailing spaces and tabs (Foundation's `.whitespaces`: tab and the Unicode
    /// space separators). Every comment above every column passes here, and Foundation's trimming
    /// converted each one to an NSString and back.
    private static func trimmingSpaces(_ text: Substring) -> Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return Substring(scalars)
    }

    /// The old name of an object in `schema` (tables, views, types, indexes): one identifier, or two
    /// when qualified, whose schema must be the object's own (a rename does not move an object).
    func qualifiedHint(before offset: Int?, schema: String, kind: String) throws(Diagnostic) -> RenameHint<QualifiedName>? {
        guard let found = hintText(before: offset) else { return nil }
        let parts = try identifiers(found)
        guard parts.count == 1 || parts.count == 2 else { throw problem(found, "expects a name or schema.name") }
        if parts.count == 2, parts[0] != schema {
            throw problem(found, "names schema \"\(parts[0])\", but the \(kind) is in schema \"\(schema)\"",
                          hint: "a rename keeps the schema; write the old name unqualified or in the \(kind)'s schema")
        }
        return RenameHint(old: QualifiedName(schema, parts.last!), origin: found.origin)
    }

    /// The old name of a schema, column or constraint: one identifier.
    func nameHint(before offset: Int?) throws(Diagnostic) -> RenameHint<String>? {
        guard let found = hintText(before: offset) else { return nil }
        let parts = try identifiers(found)
        guard parts.count == 1 else { throw problem(found, "expects one identifier") }
        return RenameHint(old: parts[0], origin: found.origin)
    }

    /// The old value of an enum label: a string literal.
    func labelHint(before offset: Int) throws(Diagnostic) -> RenameHint<String>? {
        guard let found = hintText(before: offset) else { return nil }
        let text = found.text
        guard text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") else {
            throw problem(found, "expects the old label as a string literal", hint: "-- monolayer: renamed from 'old'")
        }
        let inner = String(text.dropFirst().dropLast())
        guard !inner.replacingOccurrences(of: "''", with: "").contains("'") else { throw problem(found, "has a malformed string literal") }
        return RenameHint(old: inner.replacingOccurrences(of: "''", with: "'"), origin: found.origin)
    }

    private func problem(_ found: (text: String, origin: SourceOrigin, byte: Int), _ message: String, hint: String? = nil) -> Diagnostic {
        source.diagnostic(atByte: found.byte, "`-- monolayer: renamed from \(found.text)` \(message)", hint: hint)
    }

    /// `a.b`, `"A"."b c"`: identifiers as SQL reads them, unquoted ones folded to lower case.
    private func identifiers(_ found: (text: String, origin: SourceOrigin, byte: Int)) throws(Diagnostic) -> [String] {
        var parts: [String] = []
        let characters = Array(found.text)
        var index = 0
        while true {
            var part = ""
            if index < characters.count, characters[index] == "\"" {
                index += 1
                while index < characters.count {
                    if characters[index] == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" { part.append("\""); index += 2; continue }
                        break
                    }
                    part.append(characters[index])
                    index += 1
                }
                guard index < characters.count, !part.isEmpty else { throw problem(found, "has an unterminated or empty quoted name") }
                index += 1
            } else {
                while index < characters.count, characters[index].isLetter || characters[index].isNumber
                        || characters[index] == "_" || characters[index] == "$" {
                    part.append(characters[index])
                    index += 1
                }
                guard let first = part.first, first.isLetter || first == "_" else { throw problem(found, "expects a name") }
                part = part.lowercased()
            }
            parts.append(part)
            if index == characters.count { return parts }
            guard characters[index] == "." else { throw problem(found, "has unexpected text after the name") }
            index += 1
        }
    }
}
