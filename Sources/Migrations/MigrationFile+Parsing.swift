import Foundation
import PgQuery
import Plan

extension MigrationFile {
    /// Reads a file written by `rendered` (or edited by hand, as data migrations are). The sections are
    /// split only at marker comments the SQL scanner sees, so a marker-like line inside a string,
    /// a quoted name or a `/* */` comment is text, not a marker. The up section must parse, so a
    /// broken migration is found before anything is applied rather than when the runner reaches it.
    public static func parse(_ text: String, id: String, phase: Phase, url: URL?) throws -> MigrationFile {
        let reader = Reader(text: text, id: id, phase: phase, path: url?.path ?? id)
        let (upMarker, downMarker) = try reader.markers()
        let header = try reader.header(before: upMarker.lineStart)
        let upRange = upMarker.nextLine..<(downMarker?.lineStart ?? reader.bytes.count)
        let upText = reader.text(upRange)
        do { _ = try PgQuery.parse(upText) } catch {
            throw reader.problem("the up section does not parse: \(error.message)",
                                 at: error.byteOffset.map { upRange.lowerBound + $0 } ?? upRange.lowerBound)
        }
        var file = MigrationFile(
            id: id, phase: phase, transactional: header.transactional, warnings: header.warnings,
            up: upText.trimmingCharacters(in: .whitespacesAndNewlines),
            down: downMarker.map { reader.text($0.nextLine..<reader.bytes.count) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
            url: url)
        file.checksum = MigrationChecksum.of(text)
        return file
    }

    /// Where the up section lies in the file's text (byte offsets), for tools that point into the file
    /// (`lint` reports `file:line:col`).
    public static func upSection(of text: String, id: String, phase: Phase, url: URL?) throws -> Range<Int> {
        let reader = Reader(text: text, id: id, phase: phase, path: url?.path ?? id)
        let (upMarker, downMarker) = try reader.markers()
        return upMarker.nextLine..<(downMarker?.lineStart ?? reader.bytes.count)
    }

    /// A marker comment's line: where it starts and where the line after it starts (byte offsets).
    struct MarkerLine {
        var lineStart: Int
        var nextLine: Int
    }

    /// One file being read, with what its problems are reported against.
    struct Reader {
        let bytes: [UInt8]
        let id: String
        let phase: Phase
        let path: String

        init(text: String, id: String, phase: Phase, path: String) {
            bytes = Array(text.utf8)
            self.id = id
            self.phase = phase
            self.path = path
        }

        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        func problem(_ reason: String, at offset: Int? = nil) -> MigrationError {
            let position = offset.map { TextPosition.of(byteOffset: $0, in: bytes) }
            return .malformed(MigrationProblem(path: path, line: position?.line, column: position?.column, reason: reason,
                                               phase: phase, id: id))
        }

        /// The markers among the scanner's tokens of the whole file.
        func markers() throws -> (up: MarkerLine, down: MarkerLine?) {
            let tokens: [Token]
            do { tokens = try PgQuery.scan(text(0..<bytes.count)) } catch {
                throw problem("the SQL does not scan: \(error.message)", at: error.byteOffset)
            }
            return try markers(in: tokens)
        }

        /// The up marker and the down marker (optional): `--` comments that are exactly the marker and
        /// begin their line. Any second marker is refused rather than guessed at.
        func markers(in tokens: [Token]) throws -> (up: MarkerLine, down: MarkerLine?) {
            var ups: [MarkerLine] = []
            var downs: [MarkerLine] = []
            for token in tokens where token.name == "SQL_COMMENT" {
                let comment = text(token.byteRange).trimmingCharacters(in: .whitespaces)
                guard comment == MigrationFile.upMarker || comment == MigrationFile.downMarker,
                      let line = markerLine(token.byteRange) else { continue }
                if comment == MigrationFile.upMarker { ups.append(line) } else { downs.append(line) }
            }
            guard let up = ups.first else { throw problem("no `\(MigrationFile.upMarker)` line") }
            if ups.count > 1 { throw problem("a second `\(MigrationFile.upMarker)` line", at: ups[1].lineStart) }
            if downs.count > 1 { throw problem("a second `\(MigrationFile.downMarker)` line", at: downs[1].lineStart) }
            if let down = downs.first, down.lineStart < up.lineStart {
                throw problem("`\(MigrationFile.downMarker)` comes before `\(MigrationFile.upMarker)`", at: down.lineStart)
            }
            return (up, downs.first)
        }

        /// The comment's line, when only whitespace comes before the comment on it.
        private func markerLine(_ range: Range<Int>) -> MarkerLine? {
            var start = range.lowerBound
            while start > 0, bytes[start - 1] != UInt8(ascii: "\n") {
                guard bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") else { return nil }
                start -= 1
            }
            var next = range.upperBound
            while next < bytes.count, bytes[next] != UInt8(ascii: "\n") { next += 1 }
            return MarkerLine(lineStart: start, nextLine: min(next + 1, bytes.count))
        }

        /// The header: comment lines before the up marker, checked against the file's folder and name.
        func header(before end: Int) throws -> (transactional: Bool, warnings: [String]) {
            var transactional = true
            var warnings: [String] = []
            var offset = 0
            for line in text(0..<end).components(separatedBy: "\n") {
                defer { offset += line.utf8.count + 1 }
                if line.hasPrefix("-- transaction:") { transactional = value(line, after: "-- transaction:").hasPrefix("yes") }
                if line.hasPrefix("--   ") { warnings.append(String(line.dropFirst(5))) }
                if line.hasPrefix("-- phase:"), value(line, after: "-- phase:") != phase.rawValue {
                    throw problem("its header names the phase \(value(line, after: "-- phase:")) but it is in the "
                        + "\(phase.rawValue) folder: move the file to the folder of its phase", at: offset)
                }
                if line.hasPrefix("-- id:"), value(line, after: "-- id:") != id {
                    throw problem("its header names the id \(value(line, after: "-- id:")) but the file is named \(id).sql: "
                        + "the header and the file name must agree (was the file copied or renamed?): correct one of them", at: offset)
                }
            }
            return (transactional, warnings)
        }

        private func value(_ line: String, after prefix: String) -> String {
            line.dropFirst(prefix.count).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
