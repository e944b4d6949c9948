import Foundation

/// psql's `\i` and `\ir` in schema files: the named file is read in place, once, with the search path
/// in force at the include line. `\i` paths start at the schema folder (psql's working directory is not
/// known to monolayer), `\ir` paths at the including file. A missing file or an include cycle is a
/// diagnostic at the include line. A file the loader was given is read as given (the schema folder's own
/// `.sql` files, or files prepared in memory); others are read from disk.
struct IncludeResolver {
    let root: URL?
    private var given: [String: SourceFile] = [:]

    init(root: URL?, files: [SourceFile] = []) {
        self.root = root
        for file in files { given[file.url.standardizedFileURL.path] = given[file.url.standardizedFileURL.path] ?? file }
    }

    private func file(at target: URL) -> SourceFile? {
        if let known = given[target.path] { return known }
        guard let text = try? String(contentsOf: target, encoding: .utf8) else { return nil }
        return SourceFile(url: target, displayPath: SchemaFiles.displayPath(target, base: nil), text: text)
    }

    func url(of include: SourceFile.Include, from file: SourceFile) -> URL {
        if include.path.hasPrefix("/") { return URL(fileURLWithPath: include.path).standardizedFileURL }
        let base = include.relative || root == nil ? file.url.deletingLastPathComponent() : root!
        return base.appendingPathComponent(include.path).standardizedFileURL
    }

    /// Paths of every file some file includes, directly or not.
    func includedFiles(of files: [SourceFile]) -> Set<String> {
        var found: Set<String> = []
        var queue = files
        while let file = queue.popLast() {
            for include in file.includes {
                let target = url(of: include, from: file)
                guard found.insert(target.path).inserted, let included = self.file(at: target) else { continue }
                queue.append(included)
            }
        }
        return found
    }

    func read(_ include: SourceFile.Include, from file: SourceFile, searchPath: [String], visited: Set<String>,
              loader: SchemaLoader, into reading: inout StatementReading) throws(Diagnostic) {
        let target = url(of: include, from: file)
        guard !visited.contains(target.path) else {
            throw file.diagnostic(atByte: include.byteOffset, "\(include.path) includes itself (directly or through other files)")
        }
        guard let included = self.file(at: target) else {
            throw file.diagnostic(atByte: include.byteOffset, "cannot read included file \(target.path)")
        }
        try loader.readStatements(included, searchPath: searchPath, includes: self, visited: visited, into: &reading)
    }
}
