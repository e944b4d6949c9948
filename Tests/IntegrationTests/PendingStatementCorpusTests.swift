import CorpusFixtures
import Foundation
@testable import SchemaSource
import Testing

/// Offline, over the shared corpus: a read that leaves plain table and index statements to the passes that
/// read them (PlainStatementRecognizer) builds the model, or reports the problems, exactly as a read that parses every
/// statement up front, and falls back on that read only where the files have something wrong.
@Suite struct PendingStatementCorpusTests {
    static let runs = CorpusSchema.isPresent

    @Test(.enabled(if: runs, "the shared corpus is not beside this clone (set MONOLAYER_CORPUS)"), arguments: CorpusSchema.all)
    func realSchemasReadAsWhenEverythingIsParsed(_ schema: CorpusSchema) throws {
        let files = try schema.files()
        let deferred = try #require(try SchemaLoader().readOnce(files: files, includeRoot: schema.folder), "read without falling back")
        let upFront = try #require(try SchemaLoader().parsingEveryStatement.readOnce(files: files, includeRoot: schema.folder))
        #expect(deferred.model == upFront.model)
        #expect(deferred.model.tables.count >= schema.minimumTables)
        var pending = 0
        for file in files where !file.displayPath.hasSuffix(CorpusSchema.installerName) {
            var reading = StatementReading()
            try? SchemaLoader().readStatements(file, into: &reading)
            pending += reading.statements.count { $0.pending != nil }
        }
        #expect(pending > 0, "some statements are left to the pass that reads them")
    }

    @Test(.enabled(if: SqldefPair.isPresent, "the shared corpus is not beside this clone (set MONOLAYER_CORPUS)"))
    func everyPairSideReadsAsWhenEverythingIsParsed() throws {
        var compared = 0
        for pair in try SqldefPair.all() {
            for (side, sql) in [("before", pair.before), ("after", pair.after)] {
                let file = SourceFile(url: URL(fileURLWithPath: "/corpus/\(pair)/\(side).sql"), displayPath: "\(pair)/\(side).sql", text: sql)
                let upFront = Result { () throws(DiagnosticList) in try SchemaLoader().parsingEveryStatement.readOnce(files: [file]) }
                switch upFront {
                case .success(let expected):
                    let once = try SchemaLoader().readOnce(files: [file])
                    #expect(once != nil, "\(pair) \(side): read without falling back")
                    #expect(once?.model == expected?.model, "\(pair) \(side)")
                case .failure(let expected):
                    let got = Result { () throws(DiagnosticList) in try SchemaLoader().read(files: [file]) }
                    guard case .failure(let reported) = got else { Issue.record("\(pair) \(side): read, but \(expected)"); continue }
                    #expect(reported.description == expected.description, "\(pair) \(side)")
                }
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }
}
