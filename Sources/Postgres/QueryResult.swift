import CLibPQ

/// Rows of a query as text values (libpq's text format), copied out of the C result into one buffer.
///
/// Catalog results run to millions of values on large schemas; held as one string each they cost
/// several times their text, and every one is made whether it is read or not. Here a value is its bytes
/// and one offset, and becomes a `String` when it is read.
public struct QueryResult: Sendable {
    public let columns: [String]
    let cells: ResultCells
    /// The command tag, e.g. `CREATE TABLE` or `INSERT 0 1`.
    public let commandTag: String

    public var count: Int { cells.rowCount }

    /// Every value, row by row (for results small enough to want them all at once).
    public var rows: [[String?]] {
        (0..<cells.rowCount).map { row in (0..<cells.columnCount).map { cells.value(row: row, column: $0) } }
    }

    /// Rows as name-indexed records, for readable catalog code.
    public var records: [Record] {
        let index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return (0..<cells.rowCount).map { Record(cells: cells, row: $0, index: index) }
    }

    /// Takes ownership of a libpq result: copies it, clears it, and turns a failure into `PostgresError`.
    static func consume(_ result: OpaquePointer?, connection: OpaquePointer, statement: String)
        throws(PostgresError) -> QueryResult
    {
        guard let result else {
            throw PostgresError.server(ServerErrorFields(
                message: String(cString: PQerrorMessage(connection)), sqlState: nil), statement: statement)
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            break
        default:
            throw PostgresError.server(ServerErrorFields(result: result), statement: statement)
        }
        let columns = (0..<Int(PQnfields(result))).map { String(cString: PQfname(result, Int32($0))) }
        return QueryResult(columns: columns, cells: ResultCells(copying: result), commandTag: String(cString: PQcmdStatus(result)))
    }
}

/// A result's values: their bytes end to end, where each ends, and which are NULL.
final class ResultCells: Sendable {
    let rowCount: Int
    let columnCount: Int
    private let bytes: [UInt8]
    /// Where each value's bytes end, row by row; a value starts where the one before it ends.
    private let ends: [UInt32]
    /// One bit per value, set for NULL.
    private let nulls: [UInt64]

    init(copying result: OpaquePointer) {
        rowCount = Int(PQntuples(result))
        columnCount = Int(PQnfields(result))
        let cellCount = rowCount * columnCount
        var length = 0
        for row in 0..<Int32(rowCount) {
            for column in 0..<Int32(columnCount) { length += Int(PQgetlength(result, row, column)) }
        }
        precondition(length <= Int(UInt32.max), "a query result of more than 4 GB")
        var bytes = [UInt8]()
        bytes.reserveCapacity(length)
        var ends = [UInt32]()
        ends.reserveCapacity(cellCount)
        var nulls = [UInt64](repeating: 0, count: (cellCount + 63) / 64)
        for row in 0..<Int32(rowCount) {
            for column in 0..<Int32(columnCount) {
                if PQgetisnull(result, row, column) == 1 {
                    let cell = ends.count
                    nulls[cell / 64] |= 1 << UInt64(cell % 64)
                } else if let value = PQgetvalue(result, row, column) {
                    let count = Int(PQgetlength(result, row, column))
                    value.withMemoryRebound(to: UInt8.self, capacity: count) {
                        bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
                    }
                }
                ends.append(UInt32(bytes.count))
            }
        }
        self.bytes = bytes
        self.ends = ends
        self.nulls = nulls
    }

    func value(row: Int, column: Int) -> String? {
        let cell = row * columnCount + column
        guard nulls[cell / 64] & (1 << UInt64(cell % 64)) == 0 else { return nil }
        let start = cell == 0 ? 0 : Int(ends[cell - 1])
        return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<Int(ends[cell])], as: UTF8.self) }
    }
}

/// One row, read by column name.
public struct Record: Sendable {
    let cells: ResultCells
    let row: Int
    let index: [String: Int]

    public subscript(column: String) -> String? {
        guard let position = index[column] else { return nil }
        return cells.value(row: row, column: position)
    }

    public func string(_ column: String) -> String { self[column] ?? "" }
    public func int(_ column: String) -> Int { self[column].flatMap { Int($0) } ?? 0 }
    /// PostgreSQL's text form of booleans is `t`/`f`.
    public func bool(_ column: String) -> Bool { self[column] == "t" }
    /// A `text[]` value in PostgreSQL's array literal form, for simple element values.
    public func textArray(_ column: String) -> [String] { PostgresArray.parse(self[column] ?? "{}") }
}
