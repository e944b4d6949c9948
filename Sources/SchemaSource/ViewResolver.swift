import SchemaModel
import SQLTree

/// Builds views in dependency order, whichever order the statements come in: a view that reads
/// another view builds that one first (both front ends: schema files and the catalog).
public final class ViewResolver {
    private let statements: [QualifiedName: StatementSource]
    /// What the queries' other names stand for: tables, functions, composite types (see `ViewLookups`).
    private let lookups: ViewLookups
    private let normalizer: (StatementSource) -> ExpressionNormalizer
    /// Output columns of views the catalog lists, when introspecting (views that depend on views not
    /// yet built need only their names).
    private let knownViewColumns: [QualifiedName: [String]]
    private let printedByServer: Bool
    public private(set) var views: ObjectMap<QualifiedName, View> = [:]
    private var building: Set<QualifiedName> = []

    public init(statements: [QualifiedName: StatementSource], lookups: ViewLookups, knownViewColumns: [QualifiedName: [String]] = [:],
                printedByServer: Bool = false, normalizer: @escaping (StatementSource) -> ExpressionNormalizer) {
        self.statements = statements
        self.lookups = lookups
        self.knownViewColumns = knownViewColumns
        self.printedByServer = printedByServer
        self.normalizer = normalizer
    }

    /// Builds every view; a view that fails is reported once, and views that read it are not built.
    public func buildAll() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in statements.keys.sorted() where views[name] == nil {
            do { _ = try build(name) } catch { if !diagnostics.contains(where: { $0.description == error.description }) { diagnostics.append(error) } }
        }
        return diagnostics
    }

    private func build(_ name: QualifiedName) throws(Diagnostic) -> View {
        if let view = views[name] { return view }
        guard let statement = statements[name] else { throw Diagnostic(file: "schema files", line: 0, column: 0, message: "view \(name) is not declared", sourceLine: "") }
        guard building.insert(name).inserted else {
            throw statement.diagnostic(atByte: nil, "view \(name) reads itself through other views")
        }
        defer { building.remove(name) }
        var lookups = self.lookups
        let tables = self.lookups.columns
        lookups.columns = { [unowned self] relation throws(Diagnostic) in
            if let columns = try tables(relation) { return columns }
            if let columns = self.knownViewColumns[relation] { return columns }
            guard self.statements[relation] != nil else { return nil }
            return try self.build(relation).outputColumns
        }
        let types = self.lookups.columnTypes
        lookups.columnTypes = { [unowned self] relation in
            let declared = types(relation)
            guard declared.isEmpty, self.statements[relation] != nil else { return declared }
            return (try? self.build(relation))?.outputTypes ?? [:]
        }
        let view = try ViewBuilder(source: statement, normalizer: normalizer(statement), lookups: lookups, printedByServer: printedByServer).build()
        views[name] = view
        return view
    }
}
