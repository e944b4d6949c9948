import Foundation
import PackagePlugin

/// Compiles a target's `Queries/*.sql` files into the program (`CatalogQuery.texts`), so that the SQL
/// stays in files of its own (readable, runnable with psql) while the binary needs nothing beside it.
@main
struct EmbedCatalogQueries: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let files = target.sourceModule?.sourceFiles(withSuffix: "sql") else { return [] }
        let queries: [URL] = files.map(\.url).sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "CatalogQueryTexts.swift")
        return [.buildCommand(
            displayName: "Embedding \(queries.count) catalog queries",
            executable: try context.tool(named: "embed-catalog-queries").url,
            arguments: [output.path] + queries.map(\.path),
            inputFiles: queries, outputFiles: [output])]
    }
}
