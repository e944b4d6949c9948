import PgQuery

/// psql's `COPY ... FROM stdin`: the lines after the statement, up to a line `\.` (or the end of the
/// file), are the rows, not SQL. pg_dump writes them so, and a file of seed rows may too. Like psql, the
/// text is read statement by statement with the SQL scanner: after a `COPY ... FROM stdin` statement's
/// `;`, the lines up to its terminator are data, and scanning goes on after them.
enum CopyData {
    /// The byte ranges of the data blocks (from the line after the statement through its `\.` line).
    /// `text` is what the scanner sees (psql meta lines blanked); `original` finds the `\.` lines.
    static func blocks(in text: String, original: String) -> [Range<Int>] {
        // Cheap test first: almost no schema file has inline data (the scanner reads keywords in ASCII case).
        let bytes = Array(text.utf8)
        guard containsStdin(bytes) else { return [] }
        let originalBytes = Array(original.utf8)
        guard bytes.count == originalBytes.count else { return [] }
        var blocks: [Range<Int>] = []
        var start = 0
        while start < bytes.count, let statementEnd = nextCopyFromStdin(in: bytes, from: start) {
            // The data starts on the line after the statement's `;`.
            guard let newline = bytes[statementEnd...].firstIndex(of: 0x0A) else { break }
            let dataStart = newline + 1
            var lineStart = dataStart
            var dataEnd = bytes.count
            while lineStart < bytes.count {
                let lineEnd = originalBytes[lineStart...].firstIndex(of: 0x0A) ?? originalBytes.count
                var line = originalBytes[lineStart..<lineEnd]
                if line.last == 0x0D { line = line.dropLast() }
                if line.elementsEqual([0x5C, 0x2E]) {  // `\.`
                    dataEnd = lineEnd
                    break
                }
                lineStart = lineEnd + 1
            }
            if dataStart < dataEnd { blocks.append(dataStart..<dataEnd) }
            start = dataEnd
        }
        return blocks
    }

    private static func containsStdin(_ bytes: [UInt8]) -> Bool {
        let word = Array("stdin".utf8)
        guard bytes.count >= word.count else { return false }
        return (0...(bytes.count - word.count)).contains { start in
            bytes[start] | 0x20 == word[0] && (1..<word.count).allSatisfy { bytes[start + $0] | 0x20 == word[$0] }
        }
    }

    /// Where the first `COPY ... FROM stdin` statement at or after `start` ends (just after its `;`).
    /// Scanning stops where the scanner does: data lines of a later block may not be SQL (an unmatched
    /// quote), but the tokens before them are, and the next COPY statement is among those.
    private static func nextCopyFromStdin(in bytes: [UInt8], from start: Int) -> Int? {
        var tokens: [Token]
        let rest = String(decoding: bytes[start...], as: UTF8.self)
        do { tokens = try PgQuery.scan(rest) } catch {
            guard let offset = error.byteOffset, offset > 0,
                  let prefix = try? PgQuery.scan(String(decoding: bytes[start..<(start + offset)], as: UTF8.self))
            else { return nil }
            tokens = prefix
        }
        var atStatementStart = true
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isComment { index += 1; continue }
            if token.isSemicolon { atStatementStart = true; index += 1; continue }
            guard atStatementStart, token.name == "COPY" else { atStatementStart = false; index += 1; continue }
            // The statement's tokens, up to its `;`: `FROM STDIN` at parenthesis depth 0.
            var depth = 0
            var previous: Token?
            var fromStdin = false
            var end = index + 1
            while end < tokens.count, !(tokens[end].isSemicolon && depth == 0) {
                let current = tokens[end]
                if current.isOpenParen { depth += 1 }
                if current.isCloseParen { depth -= 1 }
                if !current.isComment {
                    if depth == 0, current.name == "STDIN", previous?.name == "FROM" { fromStdin = true }
                    previous = current
                }
                end += 1
            }
            guard end < tokens.count else { return nil }
            if fromStdin { return start + tokens[end].byteRange.upperBound }
            index = end
        }
        return nil
    }
}
