import SchemaModel

/// The normalizer for a table's expressions (checks, index expressions), which knows its columns' types.
/// Building one makes a dictionary of the columns; catalog rows come table by table, so the last one is
/// kept and made again only when the table changes.
struct TableNormalizers {
    private let base: ExpressionNormalizer
    private var last: (table: QualifiedName, normalizer: ExpressionNormalizer)?

    init(_ base: ExpressionNormalizer) { self.base = base }

    mutating func normalizer(for table: QualifiedName, columns: [Column]) -> ExpressionNormalizer {
        if let last, last.table == table { return last.normalizer }
        let normalizer = base.with(columns: columns)
        last = (table, normalizer)
        return normalizer
    }
}
