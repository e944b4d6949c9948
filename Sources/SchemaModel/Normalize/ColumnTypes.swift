/// The types of a table's columns, by name, for the normalizer.
///
/// A normalizer is made for every constraint, index and `ALTER TABLE` of a schema, and most never ask
/// for a column's type (a foreign key has no expression): the columns are kept as they are and
/// searched when asked, rather than put in a dictionary up front. Tables have tens of columns.
public struct ColumnTypes: Sendable {
    private let columns: [Column]

    public init(_ columns: [Column]) { self.columns = columns }

    /// The first column of that name's type (a table has one; the first wins if a list repeats it).
    public subscript(name: String) -> TypeReference? {
        columns.first { $0.name == name }?.type
    }
}
