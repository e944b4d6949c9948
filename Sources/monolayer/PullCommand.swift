import ArgumentParser
import Foundation
import MonolayerKit

struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Write schema files from a live database (one file per object kind); planning them back reports no changes.")

    @OptionGroup var project: ProjectOptionGroup
    @Option(help: ArgumentHelp("Folder to write to (default: the schema folder).", valueName: "dir")) var out: String?

    func run() throws {
        try Frontend.run {
            let project = try project.project()
            let output = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? project.schemaURL
            return try PullOperation(project: project, console: self.project.console, output: output).run()
        }
    }
}
