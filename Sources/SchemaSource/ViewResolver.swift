import SchemaModel
import SQLTree

/// Builds views in dependency order, whichever order the statements come in: a view that reads
/// another view builds that one first (both front ends: schema files and the catalog).
///
/// A view's tree is needed only while the view is built, and trees take many times their text: the
/// catalog's definitions are parsed one at a time as their views are built, and a schema file's tree is
/// released once its view is built when no later reader needs it.
public final class ViewResolver {
    /// A view's statement, parsed, or the definition the catalog printed for it, parsed when it is built.
    private enum Source {
        case statement(StatementSource)
        case definition(String)
    }

    private let sources: [QualifiedName: Source]
    private let parse: (QualifiedName, String) throws(Diagnostic) -> StatementSource
    /// Whether a statement's tree may go once its view is built.
    private let treeIsDone: (StatementSource) -> Bool
    /// What the queries' other names stand for: tables, functions, composite types (see `ViewLookups`).
    private let lookups: ViewLookups
    private let normalizer: (StatementSource) -> ExpressionNormalizer
    /// Output columns of views the catalog lists, when introspecting (views that depend on views not
    /// yet built need only their names).
    private let knownViewColumns: [QualifiedName: [String]]
    private let printedByServer: Bool
    public private(set) var views: ObjectMap<QualifiedName, View> = [:]
    private var building: Set<QualifiedName> = []
    /// Definitions the parser refused, so that the views reading one do not parse it again.
    private var unparsable: [QualifiedName: Diagnostic] = [:]

    /// Views from parsed statements; `treeIsDone` says whose trees to release once their views are built.
    public convenience init(statements: [QualifiedName: StatementSource], lookups: ViewLookups,
                            normalizer: @escaping (StatementSource) -> ExpressionNormalizer,
                            releasingTreeWhen treeIsDone: @escaping (StatementSource) -> Bool = { _ in false }) {
        self.init(sources: statements.mapValues(Source.statement), parse: { name, _ throws(Diagnostic) in
            preconditionFailure("view \(name) has a statement: there is no definition to parse")
        }, lookups: lookups, knownViewColumns: [:], printedByServer: false, normalizer: normalizer, treeIsDone: treeIsDone)
    }

    /// Views from the definitions the catalog printed, each parsed by `parse` when its view is built.
    public convenience init(definitions: [QualifiedName: String], parse: @escaping (QualifiedName, String) throws(Diagnostic) -> StatementSource,
                            lookups: ViewLookups, knownViewColumns: [QualifiedName: [String]], printedByServer: Bool,
                            normalizer: @escaping (StatementSource) -> ExpressionNormalizer) {
        self.init(sources: definitions.mapValues(Source.definition), parse: parse, lookups: lookups, knownViewColumns: knownViewColumns,
                  printedByServer: printedByServer, normalizer: normalizer, treeIsDone: { _ in false })
    }

    private init(sources: [QualifiedName: Source], parse: @escaping (QualifiedName, String) throws(Diagnostic) -> StatementSource,
                 lookups: ViewLookups, knownViewColumns: [QualifiedName: [String]], printedByServer: Bool,
                 normalizer: @escaping (StatementSource) -> ExpressionNormalizer, treeIsDone: @escaping (StatementSource) -> Bool) {
        self.sources = sources
        self.parse = parse
        self.lookups = lookups
        self.knownViewColumns = knownViewColumns
        self.printedByServer = printedByServer
        self.normalizer = normalizer
        self.treeIsDone = treeIsDone
    }

    /// Builds every view; a view that fails is reported once, and views that read it are not built.
    public func buildAll() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in sources.keys.sorted() where views[name] == nil {
            do { _ = try build(name) } catch { if !diagnostics.contains(where: { $0.description == error.description }) { diagnostics.append(error) } }
        }
        return diagnostics
    }

    private func build(_ name: QualifiedName) throws(Diagnostic) -> View {
        if let view = views[name] { return view }
        guard let source = sources[name] else { throw Diagnostic(file: "schema files", line: 0, column: 0, message: "view \(name) is not declared", sourceLine: "") }
        let statement: StatementSource
        switch source {
        case .statement(let parsed): statement = parsed
        case .definition(let text):
            if let refused = unparsable[name] { throw refused }
            do { statement = try parse(name, text) } catch { unparsable[name] = error; throw error }
        }
        guard building.insert(name).inserted else {
            throw statement.diagnostic(atByte: nil, "view \(name) reads itself through other views")
        }
        defer { building.remove(name) }
        var lookups = self.lookups
        let tables = self.lookups.columns
        lookups.columns = { [unowned self] relation throws(Diagnostic) in
            if let columns = try tables(relation) { return columns }
            if let columns = self.knownViewColumns[relation] { return columns }
            guard self.sources[relation] != nil else { return nil }
            return try self.build(relation).outputColumns
        }
        let types = self.lookups.columnTypes
        lookups.columnTypes = { [unowned self] relation in
            let declared = types(relation)
            guard declared.isEmpty, self.sources[relation] != nil else { return declared }
            return (try? self.build(relation))?.outputTypes ?? [:]
        }
        let view = try ViewBuilder(source: statement, normalizer: normalizer(statement), lookups: lookups, printedByServer: printedByServer).build()
        views[name] = view
        if treeIsDone(statement) { statement.releaseTree() }
        return view
    }
}
