import Foundation
import PgQuery
import SchemaModel
@testable import SchemaSource
import Testing

/// The resolver's two sources of views: parsed statements, whose trees it releases once a view is built when
/// told to, and definitions (as the catalog prints them), each parsed only when its view is built.
@Suite struct ViewResolverSourcesTests {
    static let item = QualifiedName("public", "item")
    static let definitions: [QualifiedName: String] = [
        QualifiedName("public", "a"): "CREATE VIEW public.a AS SELECT id FROM public.b",
        QualifiedName("public", "b"): "CREATE VIEW public.b AS SELECT id FROM public.c",
        QualifiedName("public", "c"): "CREATE VIEW public.c AS SELECT id, name FROM public.item",
    ]

    static func lookups() -> ViewLookups {
        ViewLookups(columns: { (name: QualifiedName) throws(Diagnostic) -> [String]? in name == item ? ["id", "name"] : nil })
    }

    static func statement(_ sql: String) throws -> StatementSource {
        try StatementSource.standalone(sql, node: try #require(try PgQuery.parse(sql).first?.node), searchPath: ["public"])
    }

    static func normalizer(_: StatementSource) -> ExpressionNormalizer {
        ExpressionNormalizer(resolver: NameResolver(searchPath: ["public"]))
    }

    /// The resolver, for the parse closure given to its own initializer.
    final class ResolverBox { var resolver: ViewResolver? }

    @Test func eachDefinitionIsParsedOnceWhenItsViewIsBuilt() {
        var definitions = Self.definitions
        definitions[QualifiedName("public", "d")] = "CREATE VIEW public.d AS SELECT name FROM public.item"
        var parsed: [(name: QualifiedName, viewsBuilt: Int)] = []
        let box = ResolverBox()
        let resolver = ViewResolver(definitions: definitions, parse: { name, sql throws(Diagnostic) in
            parsed.append((name, box.resolver?.views.count ?? -1))
            do { return try Self.statement(sql) } catch { throw Diagnostic(file: "t", line: 0, column: 0, message: "\(error)", sourceLine: sql) }
        }, lookups: Self.lookups(), knownViewColumns: [:], printedByServer: true, normalizer: Self.normalizer)
        box.resolver = resolver
        #expect(resolver.buildAll().isEmpty)
        // a reads b, which reads c: the three are parsed before any is built; d only once they are.
        #expect(parsed.map(\.name.name) == ["a", "b", "c", "d"])
        #expect(parsed.map(\.viewsBuilt) == [0, 0, 0, 3])
        #expect(resolver.views[QualifiedName("public", "a")]?.dependencies == [QualifiedName("public", "b")])
        #expect(resolver.views[QualifiedName("public", "b")]?.outputColumns == ["id"])
    }

    @Test func aDefinitionThatDoesNotParseIsReportedAndItsReadersAreNotBuilt() {
        var definitions = Self.definitions
        definitions[QualifiedName("public", "c")] = "CREATE VIEW public.c AS SELEC id"
        var parsed: [String] = []
        let resolver = ViewResolver(definitions: definitions, parse: { name, sql throws(Diagnostic) in
            parsed.append(name.name)
            do { return try Self.statement(sql) } catch { throw Diagnostic(file: "t", line: 0, column: 0, message: "\(name) unreadable", sourceLine: sql) }
        }, lookups: Self.lookups(), knownViewColumns: [:], printedByServer: true, normalizer: Self.normalizer)
        #expect(resolver.buildAll().map(\.message) == ["public.c unreadable"])
        #expect(resolver.views.isEmpty)
        #expect(parsed.filter { $0 == "c" }.count == 1, "the refused definition is not parsed again for each view that reads it")
    }

    @Test func treesAreReleasedAsTheirViewsAreBuiltOnlyWhenTold() throws {
        let statements = try Self.definitions.mapValues(Self.statement)
        let keeping = ViewResolver(statements: statements, lookups: Self.lookups(), normalizer: Self.normalizer)
        #expect(keeping.buildAll().isEmpty)
        let allHeld = statements.values.allSatisfy { $0.holdsTree }
        #expect(allHeld)
        let released = QualifiedName("public", "c")
        let releasing = ViewResolver(statements: statements, lookups: Self.lookups(), normalizer: Self.normalizer,
                                     releasingTreeWhen: { $0.identity == statements[released]?.identity })
        #expect(releasing.buildAll().isEmpty)
        #expect(statements.filter { !$0.value.holdsTree }.map(\.key) == [released])
        #expect(releasing.views.count == 3 && releasing.views[QualifiedName("public", "a")] == keeping.views[QualifiedName("public", "a")])
    }
}
