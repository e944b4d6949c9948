import Foundation
import Plan

/// `pull`: schema files from a live database, so a team can adopt monolayer on an existing schema.
public struct PullOperation {
    public let project: Project
    public let console: Console
    public var output: URL

    public init(project: Project, console: Console, output: URL) {
        self.project = project
        self.console = console
        self.output = output
    }

    public func run() throws -> Int32 {
        let target = try project.database(console: console)
        let connection = try target.connect()
        console.progress("Database: \(target.displayName)")
        let model = try Operations.introspect(connection)
        let files = SchemaFileWriter.files(for: model, source: target.displayName)
        let manager = FileManager.default
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        let existing = (try? manager.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".sql") }) ?? []
        let overwrite = try existing.isEmpty
            || console.confirm("\(output.path) already holds \(existing.count) .sql file(s); overwrite the ones pull writes?")
        guard overwrite else {
            console.print("Nothing written.")
            return 3
        }
        for file in files {
            let url = output.appendingPathComponent(file.name)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
            console.print("wrote \(Operations.displayPath(url, project: project))")
        }
        if files.isEmpty { console.print("The database holds no schema objects of its own.") }
        return 0
    }
}
