import Foundation

/// The expressions and column types of one model build, and the texts and name sets in them, each
/// distinct one held once.
///
/// A schema repeats its expressions and types: the same defaults (`now()`, `0`, `''`), checks, index
/// expressions and column types on table after table. Each expression carries its canonical form (a
/// serialized tree, usually longer than the text) and the sets of names it uses; equal ones made separately
/// each held a copy. Expressions and types never change in place, and strings and sets are values, so
/// sharing one copy changes nothing but memory. A model's builder owns one table (both front ends), which
/// goes when the build is done.
public final class ExpressionParts: @unchecked Sendable {
    private let lock = NSLock()
    private var strings: Set<String> = []
    private var nameSets: Set<Set<QualifiedName>> = []
    private var columnSets: Set<Set<String>> = []
    private var types: Set<TypeReference> = []
    private var expressions: Set<Identical> = []

    public init() {}

    /// The identical expression held here (one storage for both), or `expression` with its strings and sets
    /// replaced by the equal ones held here, now held itself.
    func shared(_ expression: Expression) -> Expression {
        lock.lock()
        defer { lock.unlock() }
        if let index = expressions.firstIndex(of: Identical(expression: expression)) { return expressions[index].expression }
        let shared = Expression(text: Self.held(expression.text, in: &strings), canonical: Self.held(expression.canonical, in: &strings),
                                isVolatile: expression.isVolatile, calledFunctions: Self.held(expression.calledFunctions, in: &nameSets),
                                namedRelations: Self.held(expression.namedRelations, in: &nameSets),
                                namedConfigurations: Self.held(expression.namedConfigurations, in: &nameSets),
                                columns: Self.held(expression.columns, in: &columnSets))
        expressions.insert(Identical(expression: shared))
        return shared
    }

    /// Expressions normalized from a text, with what else their normalizing read (see
    /// `ExpressionNormalizer.expression(_:parsedFrom:wrapped:)`).
    private var normalizedTexts: [TextKey: [(context: Context, expression: Expression)]] = [:]

    private struct TextKey: Hashable {
        let text: String
        let wrapped: String
    }

    /// What a normalizer reads besides an expression's tree: its resolver, and the type of each column the
    /// expression names (nil for one the table lacks), or nil when it knows no columns.
    struct Context: Equatable {
        let resolver: NameResolver
        let columnTypes: [TypeReference?]?
    }

    /// The expression normalized from this text in this context, when there was one.
    func normalized(_ text: String, wrapped: String, in context: Context) -> Expression? {
        lock.lock()
        defer { lock.unlock() }
        return normalizedTexts[TextKey(text: text, wrapped: wrapped)]?.first { $0.context == context }?.expression
    }

    func remember(_ expression: Expression, text: String, wrapped: String, in context: Context) {
        lock.lock()
        defer { lock.unlock() }
        normalizedTexts[TextKey(text: text, wrapped: wrapped), default: []].append((context, expression))
    }

    /// An expression found only by an identical one (equal expressions may differ in spelling).
    private struct Identical: Hashable {
        let expression: Expression
        static func == (lhs: Identical, rhs: Identical) -> Bool { lhs.expression.isIdentical(to: rhs.expression) }
        func hash(into hasher: inout Hasher) {
            hasher.combine(expression.text)
            hasher.combine(expression.canonical)
        }
    }

    /// The equal type held here (its storage shared), or `type`, now held.
    func shared(_ type: TypeReference) -> TypeReference {
        lock.lock()
        defer { lock.unlock() }
        return types.insert(type).memberAfterInsert
    }

    /// Strings of 15 bytes or less are held inside the value and gain nothing from sharing.
    private static func held(_ value: String, in table: inout Set<String>) -> String {
        guard value.utf8.count > 15 else { return value }
        return table.insert(value).memberAfterInsert
    }

    /// Empty sets take no storage.
    private static func held<Element>(_ value: Set<Element>, in table: inout Set<Set<Element>>) -> Set<Element> {
        guard !value.isEmpty else { return value }
        return table.insert(value).memberAfterInsert
    }
}
