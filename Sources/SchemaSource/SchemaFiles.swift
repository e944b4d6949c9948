import Foundation

/// Finds schema files: `**/*.sql` under a directory (or one file), in lexical path order.
public enum SchemaFiles {
    public static func find(in path: URL, relativeTo base: URL? = nil) throws(Diagnostic) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
            throw Diagnostic(file: path.path, line: 0, column: 0,
                             message: "schema path does not exist", sourceLine: "", hint: "pass --schema DIR or create schema/")
        }
        let urls: [URL]
        if isDirectory.boolValue {
            let enumerator = FileManager.default.enumerator(at: path, includingPropertiesForKeys: nil)
            var found: [URL] = []
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "sql" { found.append(url) }
            }
            // An empty folder would plan to drop everything: almost always the wrong folder, never silently.
            guard !found.isEmpty else {
                throw Diagnostic(file: path.path, line: 0, column: 0, message: "the schema folder holds no .sql file", sourceLine: "",
                                 hint: "pass --schema DIR; to drop everything on purpose, add an empty .sql file and pass --allow-drop-all")
            }
            urls = found.sorted { $0.path < $1.path }
        } else {
            urls = [path]
        }
        return try urls.map { (url) throws(Diagnostic) in try read(url, base: base) }
    }

    public static func read(_ url: URL, base: URL?) throws(Diagnostic) -> SourceFile {
        let display = displayPath(url, base: base)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Diagnostic(file: display, line: 0, column: 0, message: "cannot read file", sourceLine: "")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(file: display, line: 0, column: 0, message: "file is not UTF-8", sourceLine: "")
        }
        return SourceFile(url: url, displayPath: display, text: text)
    }

    /// Paths relative to the working directory read best in diagnostics.
    public static func displayPath(_ url: URL, base: URL?) -> String {
        let root = (base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
        return path
    }
}
